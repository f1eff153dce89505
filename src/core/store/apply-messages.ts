import { truncateText } from '../text-limit';
import { validateMessage } from '../validate';
import type { ConversationID, Message, MessageID, UserID } from '../types';
import { markPeerRead, mergeInto, type ReceiptContext } from './apply-receipts';
import { c2cPeerOf } from '../conversation-id';
import type { Draft } from './draft';
import { insertMessages, removeMessage, replaceMessage } from './message-order';
import type { PeerReadMarks } from './peer-read-marks';

export interface MessageContext extends ReceiptContext {
  me: UserID | null;
  /** Longer text is shortened to this many UTF-8 bytes, and the message marked `truncated`. */
  maxTextBytes: number;
  /** Read marks of 1:1 peers, for messages that arrive after the mark. */
  peerReads: PeerReadMarks;
  /** The sent own message of each clientID: a second copy of one send is the same message. */
  sentByClientID: Map<string, MessageID>;
}

/**
 * Validates messages from an event or a page and merges them into their conversations.
 * A server copy of an own message replaces the optimistic local one with the same clientID;
 * a clientID on someone else's message is dropped, so a peer cannot replace or shadow a row,
 * and a second own copy with a clientID already sent (a retry a backend did not deduplicate)
 * is not shown twice. Parked receipts
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
    const message = ownClientID(capText(result.message, ctx.maxTextBytes), ctx.me);
    const list = byConversation.get(message.conversationID);
    if (list) list.push(message);
    else byConversation.set(message.conversationID, [message]);
  }
  const added: Message[] = [];
  for (const [conversationID, messages] of byConversation) {
    added.push(...mergeConversation(draft, conversationID, messages, ctx.sentByClientID));
  }
  for (const message of added) settleReceipt(draft, message, ctx);
  return added;
}

// Megabytes of text freeze a tab's layout for seconds: shown shortened, with a notice, not dropped.
function capText(message: Message, maxBytes: number): Message {
  const text = truncateText(message.text, maxBytes);
  return text === message.text ? message : { ...message, text, truncated: true };
}

function ownClientID(message: Message, me: UserID | null): Message {
  if (message.clientID === undefined || (me !== null && message.senderID === me)) return message;
  const { clientID: _foreign, ...rest } = message;
  return rest;
}

function mergeConversation(
  draft: Draft,
  conversationID: ConversationID,
  incoming: Message[],
  sentByClientID: Map<string, MessageID>,
): Message[] {
  // Final copies by ID: a message twice in one batch counts once, as its last copy.
  const fresh = new Map<MessageID, Message>();
  const changed = new Map<MessageID, Message>();
  for (const message of incoming) {
    if (message.clientID !== undefined && message.status === 'sent') {
      const first = sentByClientID.get(message.clientID);
      if (first !== undefined && first !== message.messageID && draft.messages.get(first)?.status === 'sent') continue;
      sentByClientID.set(message.clientID, message.messageID);
    }
    const local = message.clientID === undefined ? undefined : draft.messages.get(message.clientID);
    if (local && local.status !== 'sent' && message.status === 'sent' && local.messageID !== message.messageID) {
      draft.writeMessages().delete(local.messageID);
      if (!fresh.delete(local.messageID)) draft.updateOrder(local.conversationID, (order) => removeMessage(order, local));
      changed.delete(local.messageID);
    }
    const known = draft.messages.get(message.messageID);
    if (known && sameMessage(known, message)) continue;
    draft.writeMessages().set(message.messageID, message);
    if (fresh.delete(message.messageID) || !known) fresh.set(message.messageID, message);
    else if (known.conversationID === conversationID) {
      draft.updateOrder(conversationID, (order) => replaceMessage(order, known, message));
      changed.set(message.messageID, message);
    } else {
      draft.updateOrder(known.conversationID, (order) => removeMessage(order, known));
      fresh.set(message.messageID, message);
    }
  }
  if (fresh.size > 0) draft.updateOrder(conversationID, (order) => insertMessages(order, [...fresh.values()]));
  return [...changed.values(), ...fresh.values()];
}

function sameMessage(a: Message, b: Message): boolean {
  return a.status === b.status && a.seq === b.seq && a.time === b.time && a.text === b.text;
}

function settleReceipt(draft: Draft, message: Message, ctx: MessageContext): void {
  if (message.status !== 'sent') return;
  const parked = ctx.parked.take(message.messageID);
  if (parked) mergeInto(draft, parked, ctx);
  const peerID = c2cPeerOf(message.conversationID);
  if (peerID === undefined || ctx.me === null || message.senderID !== ctx.me) return;
  const mark = ctx.peerReads.settle(message);
  // The draft's copy: one ID listed under two conversations in a batch lives in the last.
  if (mark !== undefined) markPeerRead(draft, draft.messages.get(message.messageID) ?? message, peerID, mark);
}
