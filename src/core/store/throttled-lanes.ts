import { toChatError, type ChatError } from '../errors';
import { retryDelay } from './retry';
import type { ResolvedOptions } from './types';

interface Lane<W> {
  inFlight: W | undefined;
  lastCallAt: number;
  retryAt: number;
  attempt: number;
  timer: unknown;
}

export interface LanesDeps<K, W> {
  options: ResolvedOptions;
  /** Least time between two calls of one lane. */
  intervalMs: number;
  isOnline: () => boolean;
  /** The next piece of work waiting in a lane, removed from its queue; undefined when none. */
  take: (key: K) => W | undefined;
  /** Puts work that failed transiently back at the front of its lane. */
  putBack: (key: K, work: W) => void;
  send: (key: K, work: W) => Promise<void>;
  /** Work refused for good: reported once, not retried. */
  onRefused: (key: K, work: W, error: ChatError) => void;
  /** The session ended during a call; the work waits for the next login. */
  onSessionEnded: (error: ChatError) => void;
  /** After any call settled (the lane's in-flight work changed). */
  onSettled?: () => void;
}

/**
 * Throttled, retrying calls in independent lanes (one per conversation, or per 1:1 peer): at
 * most one call in flight and one per `intervalMs` in each lane. Work waits while offline and
 * after transient errors (the kit's backoff); `flush()` on reconnect sends at once.
 */
export class ThrottledLanes<K, W> {
  private readonly lanes = new Map<K, Lane<W>>();
  private active = false;

  constructor(private readonly deps: LanesDeps<K, W>) {}

  /** Work was added to a lane's queue. */
  wake(key: K): void {
    this.schedule(key, this.lane(key));
  }

  inFlight(key: K): W | undefined {
    return this.lanes.get(key)?.inFlight;
  }

  /** Starts sending; also after a restart (StrictMode re-mount). */
  resume(): void {
    this.active = true;
    this.flush();
  }

  /** Back online: every waiting lane sends now, forgetting its backoff. */
  flush(): void {
    for (const [key, lane] of this.lanes) {
      lane.retryAt = 0;
      lane.attempt = 0;
      this.cancel(lane);
      this.schedule(key, lane);
    }
  }

  pause(): void {
    this.active = false;
    for (const lane of this.lanes.values()) this.cancel(lane);
  }

  private lane(key: K): Lane<W> {
    let lane = this.lanes.get(key);
    if (!lane) {
      lane = { inFlight: undefined, lastCallAt: -Infinity, retryAt: 0, attempt: 0, timer: undefined };
      this.lanes.set(key, lane);
    }
    return lane;
  }

  private schedule(key: K, lane: Lane<W>): void {
    if (!this.active || lane.timer !== undefined || lane.inFlight !== undefined || !this.deps.isOnline()) return;
    const { options } = this.deps;
    const due = Math.max(lane.lastCallAt + this.deps.intervalMs, lane.retryAt);
    // Even when due now, wait a tick: reports of the same render arrive together.
    lane.timer = options.timers.setTimeout(() => {
      lane.timer = undefined;
      void this.run(key, lane);
    }, Math.max(0, due - options.now()));
  }

  private cancel(lane: Lane<W>): void {
    if (lane.timer === undefined) return;
    this.deps.options.timers.clearTimeout(lane.timer);
    lane.timer = undefined;
  }

  private async run(key: K, lane: Lane<W>): Promise<void> {
    if (!this.active || !this.deps.isOnline()) return;
    const work = this.deps.take(key);
    if (work === undefined) return;
    lane.inFlight = work;
    lane.lastCallAt = this.deps.options.now();
    try {
      await this.deps.send(key, work);
      lane.attempt = 0;
      lane.retryAt = 0;
    } catch (thrown) {
      this.failed(key, lane, work, toChatError(thrown));
    }
    lane.inFlight = undefined;
    this.deps.onSettled?.();
    this.schedule(key, lane);
  }

  private failed(key: K, lane: Lane<W>, work: W, error: ChatError): void {
    if (!error.transient && !error.endsSession) {
      this.deps.onRefused(key, work, error);
      return;
    }
    this.deps.putBack(key, work);
    if (error.endsSession) {
      this.deps.onSessionEnded(error);
      return;
    }
    lane.attempt += 1;
    lane.retryAt = this.deps.options.now() + retryDelay(error, lane.attempt, this.deps.options);
  }
}
