import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { receiptStatus, type ReceiptStatus } from '../core/receipt-status';
import { selectConversationList, selectSession, selectTotalUnread, selectUserID, type ChatState, type ConversationListState } from '../core/store';
import type { ConversationID, ConversationSummary, UserID } from '../core/types';
import { useChatContext } from './chat-context';

/** What `useConversationList` returns. */
export interface UseConversationListResult {
  /** Newest activity first. */
  conversations: readonly ConversationSummary[];
  list: ConversationListState;
  /** Receipts of the user's own last messages, by conversation. */
  receipts: ReadonlyMap<ConversationID, ReceiptStatus>;
  currentUserID: UserID | null;
}

/**
 * The receipt glyph of an own last message: 1:1 from the peer's read time (the list says it),
 * a group from the store's receipt of that message where the message is known.
 */
function lastReceipt(row: ConversationSummary, state: Pick<ChatState, 'receipts' | 'messages'>): ReceiptStatus | undefined {
  const last = row.lastMessage;
  if (last === undefined) return undefined;
  if (row.type === 'c2c') return row.peerReadTime !== undefined && row.peerReadTime >= last.time ? 'read' : 'sent';
  if (last.needReadReceipt !== true || last.messageID === undefined) return undefined;
  const message = state.messages.get(last.messageID);
  return receiptStatus(message ?? { status: 'sent' }, state.receipts.get(last.messageID));
}

/** The conversation list of the provider's store; loads its first page once logged in. */
export function useConversationList(): UseConversationListResult {
  const { store } = useChatContext('useConversationList');
  const list = useStore(store, selectConversationList);
  const currentUserID = useStore(store, selectUserID);
  const receiptMap = useStore(store, (state) => state.receipts);
  const messages = useStore(store, (state) => state.messages);
  const ready = useStore(store, selectSession) === 'ready';
  useEffect(() => {
    if (ready) void store.actions.loadConversations();
  }, [ready, store]);
  const conversations = useMemo(() => list.ids.flatMap((id) => list.rows.get(id) ?? []), [list]);
  const receipts = useMemo(() => {
    const map = new Map<ConversationID, ReceiptStatus>();
    for (const row of conversations) {
      if (row.lastMessage?.senderID !== currentUserID) continue;
      const receipt = lastReceipt(row, { receipts: receiptMap, messages });
      if (receipt !== undefined) map.set(row.conversationID, receipt);
    }
    return map;
  }, [conversations, currentUserID, receiptMap, messages]);
  return { conversations, list, receipts, currentUserID };
}

/** Unread messages over all conversations, muted ones left out, kept live; null until known. For a badge. */
export function useTotalUnreadCount(): number | null {
  const { store } = useChatContext('useTotalUnreadCount');
  const total = useStore(store, selectTotalUnread);
  const ready = useStore(store, selectSession) === 'ready';
  useEffect(() => {
    if (ready) void store.actions.loadTotalUnread();
  }, [ready, store]);
  return total;
}
