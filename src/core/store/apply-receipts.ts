import { ChatError, ErrorCode } from '../errors';
import { mergeReceipt } from '../receipt-rules';
import { validateReceipt } from '../validate';
import type { ConversationID, Message, MessageReceipt, UserID } from '../types';
import type { Draft } from './draft';
import type { ParkedReceipts } from './parked-receipts';
import { c2cPeerOf } from '../conversation-id';

/**
 * Validates and merges receipts from an event or a pull. A malformed one is dropped with one
 * error each; one for a message not loaded (or not sent) yet is parked.
 */
export function applyReceipts(draft: Draft, inputs: readonly unknown[], parked: ParkedReceipts): void {
  for (const input of inputs) {
    const result = validateReceipt(input);
    if (!result.ok) {
      draft.errors.push(result.error);
      continue;
    }
    mergeInto(draft, result.receipt, parked);
  }
}

export function mergeInto(draft: Draft, receipt: MessageReceipt, parked: ParkedReceipts): void {
  const message = draft.messages.get(receipt.messageID);
  if (!message || message.status !== 'sent') {
    parked.park(receipt);
    return;
  }
  const known = draft.receipts.get(receipt.messageID);
  // A receipt of the other kind (a group count for a 1:1 message) breaks the contract.
  if (known && known.kind !== receipt.kind) return;
  const tooLarge = exceedsGroup(draft, receipt, known);
  if (tooLarge) {
    draft.errors.push(tooLarge);
    return;
  }
  const merged = mergeReceipt(known, receipt);
  if (merged !== known) draft.writeReceipts().set(receipt.messageID, merged);
}

/**
 * Counts larger than the group are garbage ("Read by 3 of 1,000,003" in a 5-member group).
 * The bound is the larger of the group's current size and the total this message already had:
 * who counts is fixed at send time, so a group that shrank since keeps its old totals.
 */
function exceedsGroup(draft: Draft, receipt: MessageReceipt, known: MessageReceipt | undefined): ChatError | undefined {
  if (receipt.kind !== 'group') return undefined;
  const size = draft.base.groups.get(receipt.groupID)?.memberCount;
  if (size === undefined) return undefined;
  const knownTotal = known?.kind === 'group' ? known.readCount + known.unreadCount : 0;
  const total = receipt.readCount + receipt.unreadCount;
  if (total <= Math.max(size, knownTotal)) return undefined;
  return new ChatError(
    ErrorCode.MALFORMED_PAYLOAD,
    `Receipt for message ${JSON.stringify(receipt.messageID)} counts ${total} members, but group ${JSON.stringify(receipt.groupID)} has ${size}`,
  );
}

/** The peer's read mark of a 1:1 chat: own sent messages up to `timestamp` become read. */
export function applyC2CReadMark(draft: Draft, conversationID: ConversationID, timestamp: number, me: UserID): void {
  const peerID = c2cPeerOf(conversationID);
  if (peerID === undefined) return;
  const ids = draft.conversations.get(conversationID)?.messageIDs ?? [];
  for (const id of ids) {
    const message = draft.messages.get(id);
    if (message && isReadByMark(message, me, timestamp)) markPeerRead(draft, message, peerID, timestamp);
  }
}

export function isReadByMark(message: Message, me: UserID, timestamp: number): boolean {
  return message.senderID === me && message.status === 'sent' && message.time <= timestamp;
}

export function markPeerRead(draft: Draft, message: Message, peerID: UserID, timestamp: number): void {
  const known = draft.receipts.get(message.messageID);
  if (known && known.kind !== 'c2c') return;
  const next: MessageReceipt = { kind: 'c2c', messageID: message.messageID, userID: peerID, peerRead: true, timestamp };
  const merged = mergeReceipt(known, next);
  if (merged !== known) draft.writeReceipts().set(message.messageID, merged);
}
