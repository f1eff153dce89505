import { ChatError, ErrorCode } from '../core';
import type { Random } from './prng';
import type { MockEventFaults, MockFaults, MockLatency, MockOperation } from './types';

/** Seeded latency and fault decisions of one adapter; every draw comes from one PRNG. */
export class FaultPlan {
  private faults: MockFaults;

  constructor(
    private readonly random: Random,
    private latency: MockLatency,
    faults: MockFaults,
  ) {
    this.faults = faults;
  }

  update(faults: MockFaults): void {
    this.faults = { ...this.faults, ...faults };
  }

  setLatency(latency: MockLatency): void {
    this.latency = latency;
  }

  delay(): number {
    const { latency } = this;
    if (typeof latency === 'number') return Math.max(0, latency);
    return this.random.int(Math.max(0, latency.min), Math.max(latency.min, latency.max));
  }

  /** The error an operation fails with this time, if any. */
  failure(op: MockOperation): ChatError | undefined {
    const forced = this.faults.forceError?.[op];
    if (forced !== undefined) return new ChatError(forced, `Injected failure of ${op} (forced, code ${forced})`);
    const { errorRate = 0 } = this.faults;
    const rate = typeof errorRate === 'number' ? errorRate : (errorRate[op] ?? 0);
    if (this.random.chance(rate)) return new ChatError(ErrorCode.NETWORK, `Injected network failure of ${op}`);
    return undefined;
  }

  /**
   * Delivery delays for one event: [] when dropped, two entries when duplicated. `reordered`
   * marks delays that may overtake later events.
   */
  eventDelays(): { delay: number; reordered: boolean }[] {
    const events: MockEventFaults = this.faults.events ?? {};
    if (this.random.chance(events.dropRate ?? 0)) return [];
    const copies = this.random.chance(events.duplicateRate ?? 0) ? 2 : 1;
    return Array.from({ length: copies }, () => {
      const reordered = this.random.chance(events.reorderRate ?? 0);
      const extra = reordered ? this.random.int(1, Math.max(1, events.reorderWindow ?? 50)) : 0;
      return { delay: this.delay() + extra, reordered };
    });
  }
}
