import { useEffect, useState } from 'react';
import { conversationMessagesSelector, selectSession } from '../core/store';
import { useStore } from 'zustand';
import type { ConversationID, Message, MessageID, UserID } from '../core/types';
import { useChatContext } from './chat-context';

/** Where the unread divider of a conversation goes, fixed when it was opened. */
export interface UnreadDivider {
  /** The oldest unread message loaded; null when nothing is unread (or not known yet). */
  firstUnreadID: MessageID | null;
  /** Unread messages when the conversation was opened. */
  unreadCount: number;
}

const NONE: UnreadDivider = { firstUnreadID: null, unreadCount: 0 };

/**
 * The first unread message is the `count`-th newest message from others (the contract's rule);
 * when fewer are loaded, the oldest loaded one from others.
 */
export function firstUnreadMessage(messages: readonly Message[], me: UserID | null, count: number): MessageID | null {
  if (count <= 0) return null;
  let seen = 0;
  let oldest: MessageID | null = null;
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const message = messages[i] as Message;
    if (message.senderID === me) continue;
    seen += 1;
    oldest = message.messageID;
    if (seen === count) break;
  }
  return oldest;
}

/**
 * The unread divider of a conversation: its count and first unread message, taken once when
 * the first page and the count are both in, so it stays put while the user reads on and new
 * messages arrive.
 */
export function useUnreadDivider(conversationID: ConversationID): UnreadDivider {
  const { store } = useChatContext('useUnreadDivider');
  const ready = useStore(store, selectSession) === 'ready';
  const [divider, setDivider] = useState<UnreadDivider & { conversationID: ConversationID | null }>({ ...NONE, conversationID: null });
  useEffect(() => {
    if (!ready) return;
    let live = true;
    void Promise.all([store.actions.unreadCountOf(conversationID), store.actions.openConversation(conversationID)]).then(([count]) => {
      if (!live || count === undefined || count === 0) return;
      const state = store.getState();
      const messages = conversationMessagesSelector(conversationID)(state);
      setDivider({ conversationID, unreadCount: count, firstUnreadID: firstUnreadMessage(messages, state.userID, count) });
    });
    return () => {
      live = false;
    };
  }, [ready, store, conversationID]);
  return divider.conversationID === conversationID ? { firstUnreadID: divider.firstUnreadID, unreadCount: divider.unreadCount } : NONE;
}
