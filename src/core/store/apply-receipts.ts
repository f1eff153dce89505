import { c2cPeerOf } from '../conversation-id';
import { groupTotalError } from '../receipt-bounds';
import { mergeReceipt } from '../receipt-rules';
import type { ConversationID, GroupID, Message, MessageReceipt, UserID } from '../types';
import { validateReceiptFields, wellFormedGroupReceipt } from '../validate';
import type { Draft } from './draft';
import type { ParkedReceipts } from './parked-receipts';
import type { PeerReadMarks } from './peer-read-marks';

/** What merging a receipt needs beyond the draft. */
export interface ReceiptContext {
  parked: ParkedReceipts;
  /**
   * The group's member count to bound counts by; undefined while unknown. `'unbounded'` when
   * the group info could not be loaded: the receipt is applied rather than lost.
   */
  groupSize(groupID: GroupID): number | 'unbounded' | undefined;
  /** Asks for the group's info; parked receipts of the group are applied once it is in. */
  requestGroup(groupID: GroupID): void;
}

/**
 * Validates and merges receipts from an event or a pull. A malformed one is dropped with one
 * error each; one for a message not loaded (or not sent) yet, or of a group whose size is not
 * known yet, is parked.
 */
export function applyReceipts(draft: Draft, inputs: readonly unknown[], ctx: ReceiptContext): void {
  for (const input of inputs) {
    // validateReceipt in two steps, so a storm's receipts go in without a result object each.
    const receipt = wellFormedGroupReceipt(input);
    if (receipt !== undefined) {
      mergeInto(draft, receipt, ctx);
      continue;
    }
    const result = validateReceiptFields(input);
    if (result.ok) mergeInto(draft, result.receipt, ctx);
    else draft.errors.push(result.error);
  }
}

export function mergeInto(draft: Draft, receipt: MessageReceipt, ctx: ReceiptContext): void {
  const message = draft.messages.get(receipt.messageID);
  if (!message || message.status !== 'sent') {
    ctx.parked.park(receipt);
    return;
  }
  const known = draft.receipts.get(receipt.messageID);
  // A receipt of the other kind (a group count for a 1:1 message) breaks the contract.
  if (known && known.kind !== receipt.kind) return;
  if (receipt.kind === 'group') {
    const size = ctx.groupSize(receipt.groupID);
    if (size === undefined) {
      if (ctx.parked.awaitGroup(receipt)) ctx.requestGroup(receipt.groupID);
      return;
    }
    const knownTotal = known?.kind === 'group' ? known.readCount + known.unreadCount : 0;
    const tooLarge = size === 'unbounded' ? undefined : groupTotalError(receipt, size, knownTotal);
    if (tooLarge) {
      draft.errors.push(tooLarge);
      return;
    }
  }
  const merged = mergeReceipt(known, receipt);
  if (merged !== known) draft.setReceipt(message, merged);
}

/**
 * The peer's read mark of a 1:1 chat: own sent messages up to `timestamp` become read. Only
 * the messages the mark newly covers are visited (peer-read-marks.ts).
 */
export function applyPeerRead(draft: Draft, conversationID: ConversationID, timestamp: number, marks: PeerReadMarks, me: UserID | null): void {
  const peerID = c2cPeerOf(conversationID);
  const { mark, covered } = marks.advance(conversationID, timestamp);
  if (peerID === undefined || me === null) return;
  for (const waiting of covered) {
    // The copy loaded now: one whose time moved past the mark waits again under its new time.
    const message = draft.messages.get(waiting.messageID);
    if (message && isReadByMark(message, me, mark)) markPeerRead(draft, message, peerID, mark);
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
  if (merged !== known) draft.setReceipt(message, merged);
}
