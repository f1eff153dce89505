import { ChunkedMap } from './chunked-map';
import type { ConnectionState, ConversationID, GroupID, GroupInfo, Message, MessageID, MessageReceipt, UserID, UserProfile } from '../types';
import type { ChatState, ConversationState, ErrorEntry } from './types';

/** Plain selectors: pass them to `useChatStore` or call them on `store.getState()`. */

export const selectUserID = (state: ChatState): UserID | null => state.userID;
export const selectConnection = (state: ChatState): ConnectionState => state.connection;
export const selectErrors = (state: ChatState): readonly ErrorEntry[] => state.errors;
export const selectShowReceipts = (state: ChatState): boolean => state.showReceipts;

export function selectConversation(state: ChatState, conversationID: ConversationID): ConversationState | undefined {
  return state.conversations.get(conversationID);
}

export function selectMessage(state: ChatState, messageID: MessageID): Message | undefined {
  return state.messages.get(messageID);
}

/** The receipt of a sent message; undefined while it is sending or failed, so no badge shows. */
export function selectReceipt(state: ChatState, messageID: MessageID): MessageReceipt | undefined {
  return state.messages.get(messageID)?.status === 'sent' ? state.receipts.get(messageID) : undefined;
}

/** A new array on every call: memoize on `conversation.messageIDs` and `state.messages`. */
export function selectConversationMessages(state: ChatState, conversationID: ConversationID): Message[] {
  const ids = state.conversations.get(conversationID)?.messageIDs ?? [];
  return ids.flatMap((id) => {
    const message = state.messages.get(id);
    return message ? [message] : [];
  });
}

export function selectOutboxSize(state: ChatState): number {
  let size = 0;
  for (const ids of state.outbox.values()) size += ids.length;
  return size;
}

export function selectGroupInfo(state: ChatState, groupID: GroupID): GroupInfo | undefined {
  return state.groups.get(groupID);
}

export function selectProfile(state: ChatState, userID: UserID): UserProfile | undefined {
  return state.profiles.get(userID);
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
