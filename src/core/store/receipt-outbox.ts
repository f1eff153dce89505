import type { ChatAdapter } from '../adapter';
import type { ChatError } from '../errors';
import type { ConversationID, MessageID } from '../types';
import { ThrottledLanes } from './throttled-lanes';
import type { ResolvedOptions } from './types';

export interface OutboxDeps {
  adapter: Pick<ChatAdapter, 'sendMessageReadReceipts'>;
  options: ResolvedOptions;
  isOnline: () => boolean;
  /** Called with the IDs still to send per conversation whenever they change. */
  onChange: (outbox: Map<ConversationID, readonly MessageID[]>) => void;
  onError: (error: ChatError) => void;
  onSessionEnded: (error: ChatError) => void;
  /** The backend refused the receipt of this one message for good. */
  onRefused?: (conversationID: ConversationID, messageID: MessageID, error: ChatError) => void;
}

/**
 * Sends read receipts in throttled batches, one lane per conversation (Tencent's SDK takes
 * one conversation per call): at most `receiptBatchSize` IDs per call and one call per
 * `receiptIntervalMs`. A permanent refusal is narrowed down to the IDs it is about; the
 * others are still sent. Callers de-duplicate: every ID enqueued is sent at most once.
 */
export class ReceiptOutbox {
  private readonly queues = new Map<ConversationID, MessageID[]>();
  /** Halves of refused batches, sent before the queue: a refusal is narrowed down to the IDs it is about. */
  private readonly halves = new Map<ConversationID, MessageID[][]>();
  private readonly lanes: ThrottledLanes<ConversationID, MessageID[]>;

  constructor(private readonly deps: OutboxDeps) {
    this.lanes = new ThrottledLanes({
      options: deps.options,
      intervalMs: deps.options.receiptIntervalMs,
      isOnline: deps.isOnline,
      take: (conversationID) => {
        const half = this.halves.get(conversationID)?.shift();
        if (half) return half;
        const queue = this.queues.get(conversationID);
        return queue && queue.length > 0 ? queue.splice(0, deps.options.receiptBatchSize) : undefined;
      },
      putBack: (conversationID, batch) => this.queue(conversationID).unshift(...batch),
      send: (_conversationID, batch) => deps.adapter.sendMessageReadReceipts([...batch]),
      onRefused: (conversationID, batch, error) => this.refused(conversationID, batch, error),
      onSessionEnded: deps.onSessionEnded,
      onSettled: () => this.changed(),
    });
  }

  enqueue(conversationID: ConversationID, messageIDs: readonly MessageID[]): void {
    if (messageIDs.length === 0) return;
    this.queue(conversationID).push(...messageIDs);
    this.changed();
    this.lanes.wake(conversationID);
  }

  resume(): void {
    this.lanes.resume();
  }

  flush(): void {
    this.lanes.flush();
  }

  pause(): void {
    this.lanes.pause();
  }

  /** Drops everything not yet in flight (the user turned receipts off); returns those IDs. */
  clear(): MessageID[] {
    const dropped: MessageID[] = [];
    for (const queue of this.queues.values()) dropped.push(...queue.splice(0));
    for (const halves of this.halves.values()) dropped.push(...halves.splice(0).flat());
    this.changed();
    return dropped;
  }

  /**
   * One bad ID must not cost the batch its good ones: a refused batch is split in two and each
   * half sent again, down to the single IDs the backend refuses, each reported once.
   */
  private refused(conversationID: ConversationID, batch: MessageID[], error: ChatError): void {
    if (batch.length === 1) {
      this.deps.onError(error);
      this.deps.onRefused?.(conversationID, batch[0] as MessageID, error);
      return;
    }
    const middle = Math.ceil(batch.length / 2);
    let halves = this.halves.get(conversationID);
    if (!halves) this.halves.set(conversationID, (halves = []));
    halves.unshift(batch.slice(0, middle), batch.slice(middle));
  }

  private queue(conversationID: ConversationID): MessageID[] {
    let queue = this.queues.get(conversationID);
    if (!queue) this.queues.set(conversationID, (queue = []));
    return queue;
  }

  /** Every ID still to send (waiting, halved or on its way), per conversation. */
  pending(): Map<ConversationID, readonly MessageID[]> {
    const outbox = new Map<ConversationID, readonly MessageID[]>();
    for (const conversationID of this.queues.keys()) {
      const ids = [
        ...(this.lanes.inFlight(conversationID) ?? []),
        ...(this.halves.get(conversationID) ?? []).flat(),
        ...(this.queues.get(conversationID) ?? []),
      ];
      if (ids.length > 0) outbox.set(conversationID, ids);
    }
    return outbox;
  }

  private changed(): void {
    this.deps.onChange(this.pending());
  }
}
