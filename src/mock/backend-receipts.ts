import { ChatError, ErrorCode } from '../core';
import type { C2CMessageReceipt, MessageReceipt, UserID } from '../core';
import { requireSender } from './backend-messages';
import { forbidden, type BackendState } from './backend-state';
import { c2cConversationID } from '../core/conversation-id';
import { countsInTotal, notifyConversation } from './conversation-feed';
import { groupReceipt, isEligible, markRead, type MessageRecord } from './message-state';
import { invalid, requireID, requireIDList } from './params';

type Outcome = 'applied' | 'repeat' | 'ineligible' | 'own' | 'noReceipt' | 'disabled' | 'unknown' | 'forbidden';

/**
 * The receiver reports messages it saw. Repeats, and reads by members who joined after the
 * message was sent (they were never eligible), succeed and change nothing, so a client may
 * safely retry a batch. Fails only when nothing in the list could take a receipt:
 * NO_PERMISSION when some ID is in a conversation the reader is not part of (a non-member),
 * MESSAGE_NOT_FOUND when no ID is a known message, RECEIPTS_NOT_ENABLED when the
 * group types forbid it, else RECEIPT_LIST_EMPTY (own messages, no receipt asked) as Tencent.
 */
export function sendMessageReadReceipts(state: BackendState, readerID: UserID, ids: unknown): void {
  const messageIDs = requireIDList(ids, 'messageIDList');
  const now = state.clock();
  const outcomes = messageIDs.map((id) => readOne(state, readerID, id, now));
  if (outcomes.some((o) => o === 'applied' || o === 'repeat' || o === 'ineligible')) return;
  if (outcomes.includes('forbidden')) throw forbidden(readerID, messageIDs[outcomes.indexOf('forbidden')] as string);
  if (outcomes.every((o) => o === 'unknown')) {
    throw new ChatError(ErrorCode.MESSAGE_NOT_FOUND, `None of ${messageIDs.length} messages is known to ${JSON.stringify(readerID)}`);
  }
  if (outcomes.includes('disabled')) {
    throw new ChatError(ErrorCode.RECEIPTS_NOT_ENABLED, 'Read receipts are not enabled for these messages’ group type');
  }
  throw new ChatError(ErrorCode.RECEIPT_LIST_EMPTY, 'No message in the list needs a read receipt (own message, or needReadReceipt was false)');
}

function readOne(state: BackendState, readerID: UserID, messageID: string, now: number): Outcome {
  const record = state.messages.get(messageID);
  if (record === undefined) return 'unknown';
  if (!state.canSee(readerID, record)) return 'forbidden';
  if (record.senderID === readerID) return 'own';
  if (!record.needReadReceipt) return 'noReceipt';
  if (record.target.kind === 'c2c') {
    if (record.c2cReadTime !== undefined) return 'repeat';
    record.c2cReadTime = now;
    state.hub.queueReceipt(record.senderID, record.messageID, () => c2cReceipt(state, record));
    return 'applied';
  }
  const group = state.requireGroup(record.target.groupID);
  const receipt = record.receipt;
  if (receipt === undefined || !state.receiptsEnabled(group.type)) return 'disabled';
  const slot = group.slotOf.get(readerID) as number;
  if (!isEligible(receipt, slot)) return 'ineligible';
  if (!markRead(receipt, slot, now)) return 'repeat';
  state.hub.queueReceipt(record.senderID, record.messageID, () => groupReceipt(record, receipt));
  return 'applied';
}

/** The sender pulls the latest receipts of its own messages; any bad ID fails the call. */
export function getMessageReadReceipts(state: BackendState, viewer: UserID, ids: unknown): MessageReceipt[] {
  const messageIDs = requireIDList(ids, 'messageIDList');
  return messageIDs.map((id) => receiptFor(state, viewer, state.requireVisibleMessage(viewer, id)));
}

/** Checks shared by the count and member-list calls: the group allows receipts, the viewer sent it, it asked. */
export function requireReceiptAccess(state: BackendState, viewer: UserID, record: MessageRecord): void {
  if (record.target.kind === 'group') state.requireReceiptsEnabled(state.requireGroup(record.target.groupID));
  requireSender(record, viewer, 'read receipts');
  if (!record.needReadReceipt) {
    throw new ChatError(ErrorCode.RECEIPT_NOT_FOUND, `Message ${JSON.stringify(record.messageID)} did not ask for read receipts`);
  }
}

function receiptFor(state: BackendState, viewer: UserID, record: MessageRecord): MessageReceipt {
  requireReceiptAccess(state, viewer, record);
  if (record.receipt !== undefined) return groupReceipt(record, record.receipt);
  return c2cReceipt(state, record);
}

/** A 1:1 message is read once the receiver sent its receipt or marked the chat read past it. */
function c2cReceipt(state: BackendState, record: MessageRecord): C2CMessageReceipt {
  const receiverID = record.target.kind === 'c2c' ? record.target.receiverID : '';
  const mark = state.c2cRecord(record.senderID, receiverID).reads.markOf(receiverID);
  const markTime = mark !== undefined && mark.seq >= record.seq ? mark.time : undefined;
  const times = [record.c2cReadTime, markTime].filter((t): t is number => t !== undefined);
  const receipt: C2CMessageReceipt = { kind: 'c2c', messageID: record.messageID, userID: receiverID, peerRead: times.length > 0 };
  if (times.length > 0) receipt.timestamp = Math.min(...times);
  return receipt;
}

/**
 * `readerID` marks the 1:1 chat with `peerID` read: their unread count there drops to 0, and
 * the peer gets `c2cRead` when this covers a message of theirs not covered before (a repeat
 * changes nothing and pushes nothing). Both sides' rows change: the reader's unread count,
 * the peer's `peerReadTime`.
 */
export function markC2CMessageAsRead(state: BackendState, readerID: UserID, peerID: unknown): void {
  const peer = requireID(peerID, 'userID');
  state.requireUser(peer);
  if (peer === readerID) throw invalid('Cannot mark a conversation with yourself as read');
  const c2c = state.c2cRecord(readerID, peer);
  const lastSeq = c2c.messages.length;
  const previous = c2c.reads.markOf(readerID);
  if (previous !== undefined && previous.seq >= lastSeq) return;
  const time = state.clock();
  const unreadBefore = c2c.reads.unread(readerID, lastSeq);
  c2c.reads.mark(readerID, lastSeq, time);
  const coversPeerMessage = c2c.messages.slice(previous?.seq ?? 0).some((m) => m.senderID === peer);
  if (coversPeerMessage) state.hub.publish(peer, { type: 'c2cRead', userID: readerID, timestamp: time });
  // A chat without messages is in nobody's list yet: no row to change.
  if (lastSeq === 0) return;
  const readerView = c2cConversationID(peer);
  notifyConversation(state, readerID, readerView, unreadBefore > 0 && countsInTotal(state, readerID, readerView));
  notifyConversation(state, peer, c2cConversationID(readerID), false);
}
