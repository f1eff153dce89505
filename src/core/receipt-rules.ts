import { ChatError, ErrorCode } from './errors';
import type { C2CMessageReceipt, GroupMessageReceipt, MessageReceipt } from './types';

/**
 * Merges a newly arrived receipt into the known one. Counts never go backwards, duplicates
 * change nothing and arrival order does not matter: within one source (all receipts
 * versioned, or none) this is a max over a total order, hence commutative and associative.
 *
 * Returns `prev` itself when nothing changes, so a store can skip the update by reference.
 * Receipts of different messages or kinds are a programming error (validate first): throws
 * a MALFORMED_PAYLOAD ChatError.
 */
export function mergeReceipt(prev: MessageReceipt | undefined, next: MessageReceipt): MessageReceipt {
  if (prev === undefined || prev === next) return next;
  if (prev.messageID !== next.messageID || prev.kind !== next.kind) {
    throw new ChatError(
      ErrorCode.MALFORMED_PAYLOAD,
      `Cannot merge a ${next.kind} receipt of message ${JSON.stringify(next.messageID)} into a ` +
        `${prev.kind} receipt of message ${JSON.stringify(prev.messageID)}`,
    );
  }
  if (prev.kind === 'group') return mergeGroup(prev, next as GroupMessageReceipt);
  return mergeC2C(prev, next as C2CMessageReceipt);
}

function mergeGroup(prev: GroupMessageReceipt, next: GroupMessageReceipt): GroupMessageReceipt {
  return compareGroup(next, prev) > 0 ? next : prev;
}

/** > 0 when `a` is newer than `b`. Ties (equal in every compared field) keep the known one. */
function compareGroup(a: GroupMessageReceipt, b: GroupMessageReceipt): number {
  if (a.version !== undefined && b.version !== undefined && a.version !== b.version) {
    return a.version - b.version;
  }
  if (a.readCount !== b.readCount) return a.readCount - b.readCount;
  // Same readers but fewer unread: the other one counted a member the backend dropped since.
  if (a.unreadCount !== b.unreadCount) return b.unreadCount - a.unreadCount;
  return (a.version ?? -1) - (b.version ?? -1);
}

function mergeC2C(prev: C2CMessageReceipt, next: C2CMessageReceipt): C2CMessageReceipt {
  if (!next.peerRead) return prev;
  if (!prev.peerRead) return next;
  const earliest = earliestTime(prev.timestamp, next.timestamp);
  if (earliest === prev.timestamp) return prev;
  if (earliest === next.timestamp && next.userID === prev.userID) return next;
  return { ...prev, timestamp: earliest };
}

function earliestTime(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}
