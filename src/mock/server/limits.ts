import { MAX_MESSAGE_TEXT_LENGTH } from '../../core';

/** A token bucket: `capacity` calls at once, refilled at `perSecond`. */
export interface RateLimit {
  capacity: number;
  perSecond: number;
}

/** What one session may send. Defaults follow Tencent's caps where it has them. */
export interface ServerLimits {
  /** Largest frame in bytes; bigger frames close the socket with 1009 (ws `maxPayload`). */
  maxFrameBytes: number;
  maxTextLength: number;
  /** IDs per `sendMessageReadReceipts` call (Tencent: 30; the WebSocket adapter splits). */
  maxReceiptBatch: number;
  /** IDs per `getMessageReadReceipts` call. */
  maxReceiptPullBatch: number;
  /** IDs per `getUserProfiles` call. */
  maxProfileBatch: number;
  /** Receipt reports (`sendMessageReadReceipts`, `markC2CMessageAsRead`). */
  receiptRate: RateLimit;
  /** Every call, login included, so a client cannot flood the server or guess sigs fast. */
  callRate: RateLimit;
}

export const DEFAULT_LIMITS: ServerLimits = {
  maxFrameBytes: 64 * 1024,
  maxTextLength: MAX_MESSAGE_TEXT_LENGTH,
  maxReceiptBatch: 30,
  maxReceiptPullBatch: 100,
  maxProfileBatch: 100,
  receiptRate: { capacity: 20, perSecond: 10 },
  callRate: { capacity: 200, perSecond: 100 },
};

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = limit.capacity;
    this.last = now();
  }

  /** Takes one token; false when the bucket is empty. */
  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.limit.capacity, this.tokens + ((now - this.last) / 1000) * this.limit.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
