/** setTimeout fires at once for delays past 2^31 - 1 ms (~24.8 days); longer waits are chained. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * One pending deadline at an absolute time, re-armable. Never keeps the process alive: a
 * server closing its sockets is not held up by a session that would expire next week.
 */
export class Deadline {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly now: () => number = Date.now) {}

  /** Calls `onDue` once at `at` (ms since the epoch), replacing any earlier arming. */
  arm(at: number, onDue: () => void): void {
    this.clear();
    const wait = at - this.now();
    if (wait <= 0) {
      onDue();
      return;
    }
    this.timer = setTimeout(() => (wait > MAX_TIMER_MS ? this.arm(at, onDue) : onDue()), Math.min(wait, MAX_TIMER_MS));
    this.timer.unref();
  }

  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
