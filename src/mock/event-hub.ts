import type { ChatEvent, MessageID, MessageReceipt, UserID } from '../core';

/** One logged-in client of the backend (an adapter). */
export interface Session {
  readonly userID: UserID;
  deliver(event: ChatEvent): void;
  /** Asked for the conversation list or the total unread count: gets the conversation feed. */
  listing?: boolean;
}

/** The conversation feed: only for sessions that show a list or a total (see `ChatEvent`). */
function isFeed(event: ChatEvent): boolean {
  return event.type === 'conversations' || event.type === 'unreadTotal';
}

/**
 * Routes events to logged-in sessions. Receipt updates are coalesced per message and sender:
 * a burst of reads within the flush window becomes one `receipts` event holding the latest
 * counts, computed at flush time.
 */
export class EventHub {
  private readonly sessions = new Map<UserID, Set<Session>>();
  private readonly pending = new Map<UserID, Map<MessageID, () => MessageReceipt>>();
  private flushScheduled = false;

  constructor(private readonly flushInterval: number) {}

  add(session: Session): () => void {
    let set = this.sessions.get(session.userID);
    if (set === undefined) {
      set = new Set();
      this.sessions.set(session.userID, set);
    }
    set.add(session);
    return () => {
      set.delete(session);
      if (set.size === 0) this.sessions.delete(session.userID);
    };
  }

  /** Users with at least one session: few, so fan-out never walks a big group. */
  onlineUsers(): UserID[] {
    return [...this.sessions.keys()];
  }

  isOnline(userID: UserID): boolean {
    return this.sessions.has(userID);
  }

  publish(userID: UserID, event: ChatEvent, except?: Session): void {
    const feed = isFeed(event);
    for (const session of this.sessions.get(userID) ?? []) {
      if (session !== except && (!feed || session.listing === true)) session.deliver(event);
    }
  }

  /** Whether any session of `userID` gets the conversation feed: no summary is built for nobody. */
  isListing(userID: UserID): boolean {
    for (const session of this.sessions.get(userID) ?? []) if (session.listing === true) return true;
    return false;
  }

  /** Queues a receipt push to `senderID`; `read` is called at flush time for the latest state. */
  queueReceipt(senderID: UserID, messageID: MessageID, read: () => MessageReceipt): void {
    if (!this.sessions.has(senderID)) return;
    let queue = this.pending.get(senderID);
    if (queue === undefined) {
      queue = new Map();
      this.pending.set(senderID, queue);
    }
    queue.set(messageID, read);
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    const flush = (): void => {
      this.flushScheduled = false;
      this.flush();
    };
    if (this.flushInterval > 0) setTimeout(flush, this.flushInterval);
    else queueMicrotask(flush);
  }

  /** Sends every queued receipt now (also used by tests with fake timers). */
  flush(): void {
    const pending = [...this.pending];
    this.pending.clear();
    for (const [senderID, queue] of pending) {
      const receipts = [...queue.values()].map((read) => read());
      this.publish(senderID, { type: 'receipts', receipts });
    }
  }
}
