import { ChunkedMap } from './chunked-map';
import type { ConnectionState, ConversationID, Message, MessageID, MessageReceipt, Reminder, UserID } from '../types';
import { messageCount, orderedMessages, orderOf, type MessageOrder } from './conversation-state';
import type { ChatState, ConversationState, ErrorEntry, ReminderSend } from './types';

/** Plain selectors: pass them to `useChatStore` or call them on `store.getState()`. */

export const selectUserID = (state: ChatState): UserID | null => state.userID;
/** The connection state. */
export const selectConnection = (state: ChatState): ConnectionState => state.connection;
/** The latest reported errors, oldest first. */
export const selectErrors = (state: ChatState): readonly ErrorEntry[] => state.errors;
/** Whether the UI shows receipt badges. */
export const selectShowReceipts = (state: ChatState): boolean => state.showReceipts;
/** Whether the current user reports reads to others. */
export const selectSendReceipts = (state: ChatState): boolean => state.sendReceipts;
/** The login's status. */
export const selectSession = (state: ChatState): ChatState['session'] => state.session;

/** What the store knows of one conversation, or undefined before it was opened. */
export function selectConversation(state: ChatState, conversationID: ConversationID): ConversationState | undefined {
  return state.conversations.get(conversationID);
}

/** One loaded message by ID. */
export function selectMessage(state: ChatState, messageID: MessageID): Message | undefined {
  return state.messages.get(messageID);
}

/** The receipt of a sent message; undefined while it is sending or failed, so no badge shows. */
export function selectReceipt(state: ChatState, messageID: MessageID): MessageReceipt | undefined {
  return state.messages.get(messageID)?.status === 'sent' ? state.receipts.get(messageID) : undefined;
}

/** The newest own message someone else has read in a conversation (see `ChatState.readPositions`). */
export function selectReadPosition(state: ChatState, conversationID: ConversationID): MessageID | undefined {
  return state.readPositions.get(conversationID);
}

/**
 * A selector of one conversation's messages, oldest first, that returns the same array until
 * they change (a receipt or another conversation's message changes nothing here), so it can
 * go straight to `useStore`. One per consumer: it remembers its last answer.
 */
export function conversationMessagesSelector(conversationID: ConversationID): (state: ChatState) => readonly Message[] {
  let last: { order: MessageOrder; list: readonly Message[] } | undefined;
  return (state) => {
    const conversation = state.conversations.get(conversationID);
    if (!conversation) return NO_MESSAGES;
    const order = orderOf(conversation);
    if (last?.order === order) return last.list;
    // The tree holds the messages themselves: one pass over its leaves, no lookups.
    last = { order, list: messageCount(order) === 0 ? NO_MESSAGES : orderedMessages(order) };
    return last.list;
  };
}

const NO_MESSAGES: readonly Message[] = [];

/** How many receipts are still to send, over every conversation. */
export function selectOutboxSize(state: ChatState): number {
  let size = 0;
  for (const ids of state.outbox.values()) size += ids.length;
  return size;
}

/**
 * IDs of the messages whose receipt changed from `prev` to `state`: O(changed) in practice
 * (the store's receipts map can tell), not O(every receipt), so a listener can follow a
 * storm in a 100,000-message conversation.
 */
export function changedReceiptIDs(state: ChatState, prev: ChatState): readonly MessageID[] {
  if (state.receipts === prev.receipts) return [];
  const fast = state.receipts instanceof ChunkedMap ? state.receipts.changedSince(prev.receipts) : undefined;
  if (fast) return fast;
  const changed: MessageID[] = [];
  for (const [id, receipt] of state.receipts) if (prev.receipts.get(id) !== receipt) changed.push(id);
  for (const id of prev.receipts.keys()) if (!state.receipts.has(id)) changed.push(id);
  return changed;
}

/** The conversation list: rows, order and paging. */
export const selectConversationList = (state: ChatState): ChatState['conversationList'] => state.conversationList;
/** Unread messages over all conversations (muted left out); null until asked for. */
export const selectTotalUnread = (state: ChatState): number | null => state.totalUnread;
/** The user's latest reminder about an own message, if any. */
export function selectReminderSend(state: ChatState, messageID: MessageID): ReminderSend | undefined {
  return state.reminderSends.get(messageID);
}
/** The newest reminder the user received about a message, if any. */
export function selectReceivedReminder(state: ChatState, messageID: MessageID): Reminder | undefined {
  return state.receivedReminders.get(messageID);
}
