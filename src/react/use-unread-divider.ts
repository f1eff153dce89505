import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { conversationMessagesSelector, selectSession } from '../core/store';
import type { ConversationID, MessageID } from '../core/types';
import { locateFirstUnread, type FirstUnread } from '../core/unread-divider';
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
  /** The first unread message once it was loaded. */
  located?: FirstUnread;
}

/**
 * The unread divider of a conversation, and the reading that opening it means. The count is
 * taken once, when the first page and the count are both in; then the conversation is marked
 * read (`readConversation`), and again whenever its count rises while it is open and the page
 * is visible. When more are unread than are loaded, older pages are loaded (up to a limit)
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
      if (!live) return;
      const messages = conversationMessagesSelector(conversationID)(store.getState());
      setOpened({ conversationID, count: count ?? 0, anchorID: messages[messages.length - 1]?.messageID ?? null });
    });
    return () => {
      live = false;
    };
  }, [ready, store, conversationID]);

  const current = opened?.conversationID === conversationID ? opened : null;
  useReadWhileOpen(conversationID, current !== null);
  const selectMessages = useMemo(() => conversationMessagesSelector(conversationID), [conversationID]);
  const messages = useStore(store, selectMessages);
  const me = useStore(store, (state) => state.userID);
  const position = useMemo(
    () => (current && current.count > 0 ? (current.located ?? locateFirstUnread(messages, me, current.count, current.anchorID)) : null),
    [messages, me, current],
  );
  // Once found, the first unread never moves: it is kept, so later messages cost no walk back to it.
  if (current && position?.found && !current.located) setOpened({ ...current, located: position });
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

/** Once the divider has its count: the conversation's unread count goes to 0, and stays there while it is seen. */
function useReadWhileOpen(conversationID: ConversationID, counted: boolean): void {
  const { store } = useChatContext('useUnreadDivider');
  const unread = useStore(store, (state) => state.conversationList.rows.get(conversationID)?.unreadCount ?? 0);
  const [visible, setVisible] = useState(() => typeof document === 'undefined' || document.visibilityState !== 'hidden');
  useEffect(() => {
    if (typeof document === 'undefined') return;
    const update = () => setVisible(document.visibilityState !== 'hidden');
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);
  const readOnce = useRef<ConversationID | null>(null);
  useEffect(() => {
    if (!counted || !visible) return;
    // Read on opening even when the list has no row for it (an app without the list).
    if (unread === 0 && readOnce.current === conversationID) return;
    readOnce.current = conversationID;
    void store.actions.readConversation(conversationID);
  }, [counted, visible, unread, store, conversationID]);
}
