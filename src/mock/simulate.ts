import type { ConversationID, UserID } from '../core';
import type { MockBackend } from './backend';
import { createRandom } from './prng';

/** Options of `simulate`. */
export interface SimulateOptions {
  /** Same seed, same readers in the same order. @default 1 */
  seed?: number;
  /** Reads per second; ignored when `interval` is given. @default 2 */
  readersPerSecond?: number;
  /** Milliseconds between reads. */
  interval?: number;
  /** Only these users read; by default any member still eligible and unread. */
  members?: readonly UserID[];
  /** Only messages of this group conversation; by default every group message with receipts. */
  conversationID?: ConversationID;
  /** Pick among this many newest messages with receipts. @default 20 */
  recentMessages?: number;
}

/**
 * Makes group members read messages over time (one read per tick, seeded), like people
 * scrolling. Uses setInterval, so it runs under fake timers. Returns a stop function.
 */
export function simulate(backend: MockBackend, options: SimulateOptions = {}): () => void {
  const random = createRandom(options.seed ?? 1);
  const interval = options.interval ?? 1000 / Math.max(0.001, options.readersPerSecond ?? 2);
  const recent = options.recentMessages ?? 20;
  const members = options.members;

  const tick = (): void => {
    const ids = backend.receiptMessageIDs(options.conversationID).slice(-recent);
    if (ids.length === 0) return;
    const messageID = random.pick(ids);
    const reader =
      members === undefined || members.length === 0
        ? backend.pickUnreadReader(messageID, random)
        : random.pick(members);
    if (reader === undefined) return;
    try {
      backend.sendMessageReadReceipts(reader, [messageID]);
    } catch {
      // A chosen member may be the sender or have left; a simulation just skips that tick.
    }
  };

  const timer = setInterval(tick, Math.max(1, interval));
  return () => clearInterval(timer);
}
