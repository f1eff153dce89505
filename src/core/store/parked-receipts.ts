import { mergeReceipt } from '../receipt-rules';
import type { GroupID, MessageID, MessageReceipt } from '../types';

interface Parked {
  receipt: MessageReceipt;
  parkedAt: number;
}

/**
 * Receipts that cannot be applied yet. Those of a message not loaded (a push racing a history
 * page or a send) are bounded in count (oldest evicted) and in time, so a flood for unknown
 * IDs cannot grow memory. Those of a loaded message whose group's size is not known yet (to
 * bound the counts) wait without a bound: one per loaded message at most, merged, never
 * evicted, since each is a real receipt. Kept outside the store state: nothing renders from it.
 */
export class ParkedReceipts {
  private readonly byID = new Map<MessageID, Parked>();
  private readonly byGroup = new Map<GroupID, Map<MessageID, MessageReceipt>>();

  constructor(
    private readonly limit: number,
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  get size(): number {
    return this.byID.size;
  }

  park(receipt: MessageReceipt): void {
    const now = this.now();
    const known = this.take(receipt.messageID);
    const merged = known && known.kind === receipt.kind ? mergeReceipt(known, receipt) : receipt;
    // Re-inserting moves the entry to the end, so insertion order stays oldest first.
    this.byID.set(receipt.messageID, { receipt: merged, parkedAt: now });
    this.prune(now);
  }

  /** Removes and returns the receipt parked for a message, unless it expired. */
  take(messageID: MessageID): MessageReceipt | undefined {
    const parked = this.byID.get(messageID);
    if (!parked) return undefined;
    this.byID.delete(messageID);
    return this.now() - parked.parkedAt <= this.ttlMs ? parked.receipt : undefined;
  }

  /**
   * A receipt of a loaded message, held until its group's size is known. True for the first
   * one of its group, when the group's info is worth asking for.
   */
  awaitGroup(receipt: MessageReceipt & { kind: 'group' }): boolean {
    let waiting = this.byGroup.get(receipt.groupID);
    const first = waiting === undefined;
    if (!waiting) this.byGroup.set(receipt.groupID, (waiting = new Map()));
    const known = waiting.get(receipt.messageID);
    waiting.set(receipt.messageID, known ? mergeReceipt(known, receipt) : receipt);
    return first;
  }

  /** Removes and returns the receipts held for a group's size. */
  takeGroup(groupID: GroupID): MessageReceipt[] {
    const waiting = this.byGroup.get(groupID);
    this.byGroup.delete(groupID);
    return waiting ? [...waiting.values()] : [];
  }

  private prune(now: number): void {
    for (const [messageID, parked] of this.byID) {
      if (this.byID.size <= this.limit && now - parked.parkedAt <= this.ttlMs) break;
      this.byID.delete(messageID);
    }
  }
}
