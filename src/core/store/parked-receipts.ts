import { mergeReceipt } from '../receipt-rules';
import type { GroupID, MessageID, MessageReceipt } from '../types';

interface Parked {
  receipt: MessageReceipt;
  parkedAt: number;
}

/**
 * Receipts that cannot be applied yet: their message is not loaded (a push racing a history
 * page or a send), or their group's size is not known yet to bound the counts. Bounded in
 * count (oldest evicted) and in time, so a flood for unknown IDs cannot grow memory. Kept
 * outside the store state: nothing renders from it.
 */
export class ParkedReceipts {
  private readonly byID = new Map<MessageID, Parked>();

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

  /** Removes and returns every live receipt parked for a group's messages. */
  takeGroup(groupID: GroupID): MessageReceipt[] {
    const taken: MessageReceipt[] = [];
    for (const [messageID, { receipt }] of this.byID) {
      if (receipt.kind !== 'group' || receipt.groupID !== groupID) continue;
      const live = this.take(messageID);
      if (live) taken.push(live);
    }
    return taken;
  }

  private prune(now: number): void {
    for (const [messageID, parked] of this.byID) {
      if (this.byID.size <= this.limit && now - parked.parkedAt <= this.ttlMs) break;
      this.byID.delete(messageID);
    }
  }
}
