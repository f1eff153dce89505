import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { conversationMessagesSelector, selectSession } from '../core/store';
import type { ConversationID, MessageID } from '../core/types';
import { locateFirstUnread } from '../core/unread-divider';
import { useChatContext } from './chat-context';

/** Where the unread divider of a conversation goes, fixed when it was opened. */
export interface UnreadDivider {
  /** The oldest unread message loaded; null when nothing is unread (or not known yet). */
  firstUnreadID: MessageID | null;
  /** Unread messages when the conversation was opened. */
  unreadCount: number;
}

const NONE: UnreadDivider = { firstUnreadID: null, unreadCount: 0 };
/** Older pages loaded on opening to reach the first unread message; past them it waits for the user to scroll. */
const UNREAD_PAGE_LIMIT = 5;

interface Opened {
  conversationID: ConversationID;
  count: number;
  /** The newest message at opening: counting starts there, so later arrivals do not move the divider. */
  anchorID: MessageID | null;
}

/**
 * The unread divider of a conversation: its count taken once, when the first page and the count
 * are both in. When more are unread than are loaded, older pages are loaded (up to a limit)
 * until the first unread message is in; the divider sits above the oldest loaded one meanwhile.
 */
export function useUnreadDivider(conversationID: ConversationID): UnreadDivider {
  const { store } = useChatContext('useUnreadDivider');
  const ready = useStore(store, selectSession) === 'ready';
  const [opened, setOpened] = useState<Opened | null>(null);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    void Promise.all([store.actions.unreadCountOf(conversationID), store.actions.openConversation(conversationID)]).then(([count]) => {
      if (!live || count === undefined || count === 0) return;
      const messages = conversationMessagesSelector(conversationID)(store.getState());
      setOpened({ conversationID, count, anchorID: messages[messages.length - 1]?.messageID ?? null });
    });
    return () => {
      live = false;
    };
  }, [ready, store, conversationID]);

  const current = opened?.conversationID === conversationID ? opened : null;
  const selectMessages = useMemo(() => conversationMessagesSelector(conversationID), [conversationID]);
  const messages = useStore(store, selectMessages);
  const me = useStore(store, (state) => state.userID);
  const position = useMemo(
    () => (current ? locateFirstUnread(messages, me, current.count, current.anchorID) : null),
    [messages, me, current],
  );
  const pagesLoaded = useRef(0);
  useEffect(() => {
    pagesLoaded.current = 0;
  }, [conversationID]);
  const moreStatus = useStore(store, (state) => state.conversations.get(conversationID)?.moreStatus);
  const hasMore = useStore(store, (state) => state.conversations.get(conversationID)?.hasMore ?? false);
  useEffect(() => {
    if (!position || position.found || !hasMore || moreStatus === 'loading' || pagesLoaded.current >= UNREAD_PAGE_LIMIT) return;
    pagesLoaded.current += 1;
    void store.actions.loadMore(conversationID);
  }, [position, hasMore, moreStatus, store, conversationID]);

  return current && position ? { firstUnreadID: position.messageID, unreadCount: current.count } : NONE;
}
