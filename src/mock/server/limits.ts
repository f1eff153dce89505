import { MAX_MESSAGE_TEXT_LENGTH } from '../../core';

/** A token bucket: `capacity` calls at once, refilled at `perSecond`. */
export interface RateLimit {
  capacity: number;
  perSecond: number;
}

/**
 * What clients may send: per socket, per user across all their sockets, and per IP. Defaults
 * follow Tencent's caps where it has them.
 */
export interface ServerLimits {
  /** Largest frame in bytes; bigger frames close the socket with 1009 (ws `maxPayload`). */
  maxFrameBytes: number;
  /**
   * Bytes a socket may have queued and unread (`bufferedAmount`). Past it the server serves that
   * socket nothing more and closes it with 4003 (SLOW_READER), so one socket holds at most this
   * plus the one reply that crossed it.
   */
  maxBufferedBytes: number;
  maxTextLength: number;
  /** IDs per `sendMessageReadReceipts` call (Tencent: 30; the WebSocket adapter splits). */
  maxReceiptBatch: number;
  /** IDs per `getMessageReadReceipts` call. */
  maxReceiptPullBatch: number;
  /** IDs per `getUserProfiles` call. */
  maxProfileBatch: number;
  /** Receipt reports (`sendMessageReadReceipts`, `markC2CMessageAsRead`), per user over all their sockets. */
  receiptRate: RateLimit;
  /** `sendMessage`, per user over all their sockets. */
  sendRate: RateLimit;
  /** Login attempts per client IP, good or bad, so sigs cannot be guessed fast over many sockets. */
  loginRate: RateLimit;
  /** Every call on one socket, login included, so a client cannot flood the server. */
  callRate: RateLimit;
}

export const DEFAULT_LIMITS: ServerLimits = {
  maxFrameBytes: 64 * 1024,
  maxBufferedBytes: 4 * 1024 * 1024,
  maxTextLength: MAX_MESSAGE_TEXT_LENGTH,
  maxReceiptBatch: 30,
  maxReceiptPullBatch: 100,
  maxProfileBatch: 100,
  receiptRate: { capacity: 20, perSecond: 10 },
  sendRate: { capacity: 20, perSecond: 5 },
  loginRate: { capacity: 20, perSecond: 2 },
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
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Refilled to capacity: indistinguishable from a new bucket. */
  get full(): boolean {
    this.refill();
    return this.tokens >= this.limit.capacity;
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.limit.capacity, this.tokens + ((now - this.last) / 1000) * this.limit.perSecond);
    this.last = now;
  }
}

/** One bucket per key (a user, an IP), shared by every socket with that key. */
export class KeyedBuckets {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly limit: RateLimit) {}

  take(key: string): boolean {
    let bucket = this.buckets.get(key);
    if (bucket === undefined) {
      bucket = new TokenBucket(this.limit);
      this.buckets.set(key, bucket);
    }
    return bucket.take();
  }

  /** Forgets full buckets, so the map holds only keys active lately. */
  prune(): void {
    for (const [key, bucket] of this.buckets) if (bucket.full) this.buckets.delete(key);
  }
}

/** The budgets shared by all sockets of one server. */
export interface SharedBudgets {
  receipts: KeyedBuckets;
  sends: KeyedBuckets;
  logins: KeyedBuckets;
}

export function createBudgets(limits: ServerLimits): SharedBudgets {
  return { receipts: new KeyedBuckets(limits.receiptRate), sends: new KeyedBuckets(limits.sendRate), logins: new KeyedBuckets(limits.loginRate) };
}
