import { truncateText } from '../text-limit';
import { validateMessage } from '../validate';
import type { ConversationID, Message, MessageID, UserID } from '../types';
import { isReadByMark, markPeerRead, mergeInto, type ReceiptContext } from './apply-receipts';
import { c2cPeerOf } from '../conversation-id';
import type { Draft } from './draft';

export interface MessageContext extends ReceiptContext {
  me: UserID | null;
  /** Longer text is shortened to this many UTF-8 bytes, and the message marked `truncated`. */
  maxTextBytes: number;
  /** Latest read mark of each 1:1 peer, for messages that arrive after the mark. */
  c2cMarks: ReadonlyMap<ConversationID, number>;
}

/**
 * Validates messages from an event or a page and merges them into their conversations.
 * A server copy replaces the optimistic local one with the same clientID. Parked receipts
 * and 1:1 read marks apply as soon as a sent message is known. Returns the messages added
 * or changed.
 */
export function applyMessages(draft: Draft, inputs: readonly unknown[], ctx: MessageContext): Message[] {
  const byConversation = new Map<ConversationID, Message[]>();
  for (const input of inputs) {
    const result = validateMessage(input);
    if (!result.ok) {
      draft.errors.push(result.error);
      continue;
    }
    const message = capText(result.message, ctx.maxTextBytes);
    const list = byConversation.get(message.conversationID);
    if (list) list.push(message);
    else byConversation.set(message.conversationID, [message]);
  }
  const added: Message[] = [];
  for (const [conversationID, messages] of byConversation) {
    added.push(...mergeConversation(draft, conversationID, messages));
  }
  for (const message of added) settleReceipt(draft, message, ctx);
  return added;
}

// Megabytes of text freeze a tab's layout for seconds: shown shortened, with a notice, not dropped.
function capText(message: Message, maxBytes: number): Message {
  const text = truncateText(message.text, maxBytes);
  return text === message.text ? message : { ...message, text, truncated: true };
}

function mergeConversation(draft: Draft, conversationID: ConversationID, incoming: Message[]): Message[] {
  const removed = new Set<MessageID>();
  const added: Message[] = [];
  for (const message of incoming) {
    const local = message.clientID === undefined ? undefined : draft.messages.get(message.clientID);
    if (local && local.status !== 'sent' && message.status === 'sent' && local.messageID !== message.messageID) {
      draft.writeMessages().delete(local.messageID);
      removed.add(local.messageID);
    }
    const known = draft.messages.get(message.messageID);
    if (known && sameMessage(known, message)) continue;
    draft.writeMessages().set(message.messageID, message);
    added.push(message);
  }
  if (added.length === 0 && removed.size === 0) return added;
  const conversation = draft.conversation(conversationID);
  draft.setConversation({
    ...conversation,
    messageIDs: orderIDs(conversation.messageIDs, added, removed, draft.messages),
  });
  return added;
}

function orderIDs(
  current: readonly MessageID[],
  added: readonly Message[],
  removed: ReadonlySet<MessageID>,
  messages: ReadonlyMap<MessageID, Message>,
): MessageID[] {
  const sent: Message[] = [];
  const local: MessageID[] = [];
  const seen = new Set<MessageID>();
  for (const id of [...current, ...added.map((message) => message.messageID)]) {
    const message = messages.get(id);
    if (!message || removed.has(id) || seen.has(id)) continue;
    seen.add(id);
    if (message.status === 'sent') sent.push(message);
    else local.push(id);
  }
  // Nearly sorted input: the engine's merge sort makes this about linear for appends.
  sent.sort(compareMessages);
  return [...sent.map((message) => message.messageID), ...local];
}

export function compareMessages(a: Message, b: Message): number {
  if (a.seq !== b.seq) return a.seq - b.seq;
  if (a.time !== b.time) return a.time - b.time;
  return a.messageID < b.messageID ? -1 : a.messageID > b.messageID ? 1 : 0;
}

function sameMessage(a: Message, b: Message): boolean {
  return a.status === b.status && a.seq === b.seq && a.time === b.time && a.text === b.text;
}

function settleReceipt(draft: Draft, message: Message, ctx: MessageContext): void {
  if (message.status !== 'sent') return;
  const parked = ctx.parked.take(message.messageID);
  if (parked) mergeInto(draft, parked, ctx);
  const peerID = c2cPeerOf(message.conversationID);
  const mark = ctx.c2cMarks.get(message.conversationID);
  if (peerID !== undefined && mark !== undefined && ctx.me !== null && isReadByMark(message, ctx.me, mark)) {
    markPeerRead(draft, message, peerID, mark);
  }
}
