import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
  /**
   * The first unread message is loaded (or the whole history is): false while it lies in older
   * pages than were loaded on opening, and `firstUnreadID` is only the oldest loaded one.
   */
  firstUnreadLoaded: boolean;
  /** Loads older pages, past the limit of opening, until the first unread message is in. */
  loadFirstUnread: () => void;
}

const NONE: Omit<UnreadDivider, 'loadFirstUnread'> = { firstUnreadID: null, unreadCount: 0, firstUnreadLoaded: true };
/** Older pages loaded on opening to reach the first unread message; past them it waits for the user (`loadFirstUnread`). */
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
 * until the first unread message is in; past that limit the jump to it loads the rest
 * (`loadFirstUnread`). A failed page ends the chase: the view's banner offers the retry.
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
  // The conversation whose first unread the user asked to reach (its jump was pressed).
  const [chasing, setChasing] = useState<ConversationID | null>(null);
  useEffect(() => {
    pagesLoaded.current = 0;
  }, [conversationID]);
  const moreStatus = useStore(store, (state) => state.conversations.get(conversationID)?.moreStatus);
  const hasMore = useStore(store, (state) => state.conversations.get(conversationID)?.hasMore ?? false);
  const chase = chasing === conversationID;
  // Set while the user's own retry of a refused page has not started loading yet.
  const retrying = useRef(false);
  useEffect(() => {
    if (moreStatus === 'loading') retrying.current = false;
    if (!position || position.found || !hasMore || moreStatus === 'loading') return;
    // A refused page is not asked for again and again: the banner's Retry is the user's.
    if (moreStatus === 'error') {
      if (chase && !retrying.current) setChasing(null);
      return;
    }
    if (!chase && pagesLoaded.current >= UNREAD_PAGE_LIMIT) return;
    pagesLoaded.current += 1;
    void store.actions.loadMore(conversationID);
  }, [position, hasMore, moreStatus, chase, store, conversationID]);
  const loadFirstUnread = useCallback(() => {
    setChasing(conversationID);
    // Pressing the jump again after a refused page is the user's retry.
    if (store.getState().conversations.get(conversationID)?.moreStatus !== 'error') return;
    retrying.current = true;
    void store.actions.loadMore(conversationID);
  }, [store, conversationID]);

  const divider = current && position ? { firstUnreadID: position.messageID, unreadCount: current.count, firstUnreadLoaded: position.found || !hasMore } : NONE;
  return { ...divider, loadFirstUnread };
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
