import type { ChatEvent, ChatListener } from './adapter';
import { ChatError, ErrorCode } from './errors';

/**
 * The listeners of one adapter's `subscribe`, shared by every adapter so they all keep the same
 * promises: a listener removed during a dispatch is not called again, and one that throws does
 * not starve the others (its error is rethrown in a microtask, where it is reported like a DOM
 * event handler's).
 */
export class ListenerSet {
  private readonly entries = new Set<{ listener: ChatListener }>();

  get size(): number {
    return this.entries.size;
  }

  /**
   * Adds a listener; the returned function removes it and reports whether it was still there.
   * Checked at run time too: JavaScript callers can pass anything.
   */
  add(listener: ChatListener): () => boolean {
    if (typeof listener !== 'function') throw new ChatError(ErrorCode.INVALID_PARAMETER, 'subscribe() needs a function');
    const entry = { listener };
    this.entries.add(entry);
    return () => this.entries.delete(entry);
  }

  /** Calls every listener with the event; `copy` gives each its own copy where events are mutable. */
  emit(event: ChatEvent, copy: (event: ChatEvent) => ChatEvent = (same) => same): void {
    for (const entry of [...this.entries]) {
      if (!this.entries.has(entry)) continue;
      try {
        entry.listener(copy(event));
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
