import type { ConversationID, Message, MessageID } from '../types';
import { EMPTY_TREE, flattenInto, messageAt, treeSize, type Tree } from './message-tree';
import type { ConversationState } from './types';

/** A conversation's messages as the store keeps them: sent ones in a tree, local ones after. */
export interface MessageOrder {
  /** Sent messages by seq, then time, then ID. */
  readonly sent: Tree;
  /** Sending or failed messages, in the order they were written (a handful). */
  readonly local: readonly Message[];
}

export const EMPTY_ORDER: MessageOrder = { sent: EMPTY_TREE, local: [] };

const ORDER = Symbol('rrr.messageOrder');
type Fields = Omit<ConversationState, 'messageIDs'>;

/**
 * A conversation state whose `messageIDs` array is built on first read and kept: the store
 * itself works on the order, so a page or a message never costs an array of the whole
 * conversation unless someone asks for one. The order rides along, not enumerable, so
 * comparing two states compares what they show.
 */
export function conversationState(fields: Fields, order: MessageOrder): ConversationState {
  let ids: readonly MessageID[] | undefined;
  const state = { ...fields } as ConversationState;
  Object.defineProperty(state, 'messageIDs', {
    enumerable: true,
    get: () => (ids ??= orderedMessages(order).map((message) => message.messageID)),
  });
  Object.defineProperty(state, ORDER, { value: order });
  return state;
}

export function orderOf(conversation: ConversationState | undefined): MessageOrder {
  return (conversation as { [ORDER]?: MessageOrder } | undefined)?.[ORDER] ?? EMPTY_ORDER;
}

/** The same conversation with some fields changed; its messages stay as they are. */
export function withFields(conversation: ConversationState, patch: Partial<Fields>): ConversationState {
  const { conversationID, status, error, hasMore, moreStatus, cursor, gaps } = conversation;
  return conversationState({ conversationID, status, error, hasMore, moreStatus, cursor, gaps, ...patch }, orderOf(conversation));
}

export function withOrder(conversation: ConversationState, order: MessageOrder): ConversationState {
  const { conversationID, status, error, hasMore, moreStatus, cursor, gaps } = conversation;
  return conversationState({ conversationID, status, error, hasMore, moreStatus, cursor, gaps }, order);
}

export function emptyConversation(conversationID: ConversationID): ConversationState {
  return conversationState({ conversationID, status: 'idle', error: null, hasMore: false, moreStatus: 'idle', cursor: '', gaps: [] }, EMPTY_ORDER);
}

export function messageCount(order: MessageOrder): number {
  return treeSize(order.sent) + order.local.length;
}

/** Every message of the order, oldest first, local ones last: one pass, no lookups. */
export function orderedMessages(order: MessageOrder): Message[] {
  const out: Message[] = [];
  flattenInto(order.sent, out);
  for (const message of order.local) out.push(message);
  return out;
}

/** The newest message of a conversation that passes `test`, looked for from the end: O(k · depth) for the k passed over. */
export function findLastMessage(conversation: ConversationState | undefined, test: (message: Message) => boolean): Message | undefined {
  const { sent, local } = orderOf(conversation);
  for (let i = local.length - 1; i >= 0; i -= 1) if (test(local[i] as Message)) return local[i];
  for (let i = treeSize(sent) - 1; i >= 0; i -= 1) {
    const message = messageAt(sent, i) as Message;
    if (test(message)) return message;
  }
  return undefined;
}
