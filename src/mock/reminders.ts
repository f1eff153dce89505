import { ChatError, ErrorCode } from '../core';
import type { RemindUnreadResult, UserID } from '../core';
import { groupConversationID } from '../core/conversation-id';
import { requireReceiptAccess } from './backend-receipts';
import type { BackendState } from './backend-state';
import { countBits, type WordSource } from './bitset';
import { unreadWords } from './message-state';
import { field, invalid, requireID, requireObject } from './params';

/**
 * `remindUnread`: the sender of a group message reminds the members who have not read it. Who
 * they are is the backend's to know at that moment, never the client's to say: the members
 * eligible at send time, not read, still in the group. They are counted over the bitsets a
 * word at a time and reached through the sessions online, so a 100,000-member group costs
 * 3,125 word reads and no list of members. The mock keeps no inbox: a member offline now
 * misses the reminder (the message itself is in their history).
 */
export function remindUnread(state: BackendState, senderID: UserID, input: unknown): RemindUnreadResult {
  const args = requireObject(input, 'remindUnread input');
  const messageID = requireID(field(args, 'messageID'), 'messageID');
  const record = state.requireVisibleMessage(senderID, messageID);
  if (record.target.kind !== 'group') throw invalid('Reminders exist for group messages only; a 1:1 chat has its read mark');
  if (record.senderID !== senderID) {
    throw new ChatError(ErrorCode.NO_PERMISSION, `Only the sender of ${JSON.stringify(messageID)} may remind its unread members`);
  }
  requireReceiptAccess(state, senderID, record);
  const receipt = record.receipt;
  if (receipt === undefined) throw new ChatError(ErrorCode.RECEIPT_NOT_FOUND, `No read receipt data for ${JSON.stringify(messageID)}`);

  const now = state.clock();
  const last = state.reminded.get(messageID);
  if (last !== undefined && now < last + state.remindInterval) {
    const retryAt = last + state.remindInterval;
    throw new ChatError(ErrorCode.RATE_LIMITED, `${JSON.stringify(messageID)} was reminded about at ${new Date(last).toISOString()}; the next reminder is allowed at ${new Date(retryAt).toISOString()}`, { retryAt });
  }

  const group = state.requireGroup(record.target.groupID);
  const unread = unreadWords(receipt);
  const active = group.active;
  const targets: WordSource = (w) => unread(w) & (active[w] ?? 0);
  const reminded = countBits(targets, receipt.slotCount);
  // Nobody to remind is not a reminder: the interval starts with the first one that reached someone.
  if (reminded === 0) return { reminded, nextAllowedAt: now };
  state.reminded.set(messageID, now);
  const reminder = { messageID, conversationID: groupConversationID(group.groupID), senderID, time: now };
  for (const userID of state.hub.onlineUsers()) {
    const slot = group.slotOf.get(userID);
    if (slot !== undefined && slot < receipt.slotCount && isTarget(targets, slot)) {
      state.hub.publish(userID, { type: 'reminder', reminder: { ...reminder } });
    }
  }
  return { reminded, nextAllowedAt: now + state.remindInterval };
}

function isTarget(source: WordSource, slot: number): boolean {
  return (source(slot >>> 5) & (1 << (slot & 31))) !== 0;
}
