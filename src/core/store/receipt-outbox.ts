import type { ChatAdapter } from '../adapter';
import { ErrorCode, toChatError, type ChatError } from '../errors';
import type { ConversationID, MessageID } from '../types';
import { backoffDelay } from './options';
import type { ResolvedOptions } from './types';

interface Lane {
  queue: MessageID[];
  inFlight: readonly MessageID[];
  lastCallAt: number;
  retryAt: number;
  attempt: number;
  timer: unknown;
}

export interface OutboxDeps {
  adapter: Pick<ChatAdapter, 'sendMessageReadReceipts'>;
  options: ResolvedOptions;
  isOnline: () => boolean;
  /** Called with the IDs still to send per conversation whenever they change. */
  onChange: (outbox: Map<ConversationID, readonly MessageID[]>) => void;
  onError: (error: ChatError) => void;
}

/**
 * Sends read receipts in throttled batches, one lane per conversation (Tencent's SDK takes
 * one conversation per call): at most `receiptBatchSize` IDs per call and one call per
 * `receiptIntervalMs`. IDs wait while offline and after transient errors (capped backoff
 * with jitter, longer when rate limited); a permanent error drops the batch, reported once.
 * Callers de-duplicate: every ID enqueued is sent at most once.
 */
export class ReceiptOutbox {
  private readonly lanes = new Map<ConversationID, Lane>();
  private active = false;

  constructor(private readonly deps: OutboxDeps) {}

  enqueue(conversationID: ConversationID, messageIDs: readonly MessageID[]): void {
    if (messageIDs.length === 0) return;
    const lane = this.lane(conversationID);
    lane.queue.push(...messageIDs);
    this.changed();
    this.schedule(conversationID, lane);
  }

  /** Starts sending; also after a restart (StrictMode re-mount). */
  resume(): void {
    this.active = true;
    this.flush();
  }

  /** Back online: every waiting lane sends now, once, forgetting its backoff. */
  flush(): void {
    for (const [conversationID, lane] of this.lanes) {
      lane.retryAt = 0;
      lane.attempt = 0;
      this.cancel(lane);
      this.schedule(conversationID, lane);
    }
  }

  /** Drops everything not yet in flight (the user turned receipts off); returns those IDs. */
  clear(): MessageID[] {
    const dropped: MessageID[] = [];
    for (const lane of this.lanes.values()) {
      dropped.push(...lane.queue);
      lane.queue = [];
      this.cancel(lane);
    }
    this.changed();
    return dropped;
  }

  pause(): void {
    this.active = false;
    for (const lane of this.lanes.values()) this.cancel(lane);
  }

  private lane(conversationID: ConversationID): Lane {
    let lane = this.lanes.get(conversationID);
    if (!lane) {
      lane = { queue: [], inFlight: [], lastCallAt: -Infinity, retryAt: 0, attempt: 0, timer: undefined };
      this.lanes.set(conversationID, lane);
    }
    return lane;
  }

  private schedule(conversationID: ConversationID, lane: Lane): void {
    if (!this.active || lane.timer !== undefined || lane.inFlight.length > 0) return;
    if (lane.queue.length === 0 || !this.deps.isOnline()) return;
    const { options } = this.deps;
    const due = Math.max(lane.lastCallAt + options.receiptIntervalMs, lane.retryAt);
    // Even when due now, wait a tick: reports of the same render arrive in one batch.
    const delay = Math.max(0, due - options.now());
    lane.timer = options.scheduler.setTimeout(() => {
      lane.timer = undefined;
      void this.send(conversationID, lane);
    }, delay);
  }

  private cancel(lane: Lane): void {
    if (lane.timer === undefined) return;
    this.deps.options.scheduler.clearTimeout(lane.timer);
    lane.timer = undefined;
  }

  private async send(conversationID: ConversationID, lane: Lane): Promise<void> {
    const { options, adapter } = this.deps;
    if (!this.active || lane.queue.length === 0 || !this.deps.isOnline()) return;
    const batch = lane.queue.splice(0, options.receiptBatchSize);
    lane.inFlight = batch;
    lane.lastCallAt = options.now();
    try {
      await adapter.sendMessageReadReceipts([...batch]);
      lane.attempt = 0;
      lane.retryAt = 0;
    } catch (thrown) {
      this.failed(lane, batch, toChatError(thrown));
    }
    lane.inFlight = [];
    this.changed();
    this.schedule(conversationID, lane);
  }

  private failed(lane: Lane, batch: MessageID[], error: ChatError): void {
    if (!error.transient) {
      this.deps.onError(error);
      return;
    }
    const { options } = this.deps;
    lane.queue.unshift(...batch);
    lane.attempt += 1;
    const base = error.code === ErrorCode.RATE_LIMITED ? options.rateLimitBaseMs : options.retryBaseMs;
    const max = Math.max(options.retryMaxMs, base);
    lane.retryAt = options.now() + backoffDelay(lane.attempt, base, max, options.random);
  }

  private changed(): void {
    const outbox = new Map<ConversationID, readonly MessageID[]>();
    for (const [conversationID, lane] of this.lanes) {
      if (lane.inFlight.length + lane.queue.length > 0) outbox.set(conversationID, [...lane.inFlight, ...lane.queue]);
    }
    this.deps.onChange(outbox);
  }
}
