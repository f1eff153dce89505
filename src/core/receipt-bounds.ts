import { ChatError, ErrorCode } from './errors';
import type { GroupMessageReceipt } from './types';

/** A count as receipts carry it: a non-negative safe integer (never NaN, -1 or "3"). */
export function isCount(value: unknown): value is number {
  // isSafeInteger is false for anything but a number: no typeof needed.
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

/**
 * Counts larger than the group are garbage ("Read by 3 of 1,000,003" in a 5-member group).
 * The bound is the larger of the group's current size and the total this message already had:
 * who counts is fixed at send time, so a group that shrank since keeps its old totals.
 * Returns the error to report, or undefined when the receipt is within bounds.
 */
export function groupTotalError(receipt: GroupMessageReceipt, groupSize: number, knownTotal: number): ChatError | undefined {
  const total = receipt.readCount + receipt.unreadCount;
  if (total <= Math.max(groupSize, knownTotal)) return undefined;
  return new ChatError(
    ErrorCode.MALFORMED_PAYLOAD,
    `Receipt for message ${JSON.stringify(receipt.messageID)} counts ${total} members, but group ${JSON.stringify(receipt.groupID)} has ${groupSize}`,
  );
}
