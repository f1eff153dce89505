import type { Message } from '../../core/types';

/**
 * The list's row key (TanStack's item key and React's key): stable across the optimistic →
 * sent swap, when the server assigns the real messageID, so an own message keys by its
 * clientID. That key starts with a NUL, which no message ID has, so a clientID can never
 * equal another message's key. Other messages key by their own ID string, not a new one: the
 * store's map already hashed it, so 100,000 keys cost no new strings.
 */
export function messageKey(message: Message): string {
  return message.clientID === undefined ? message.messageID : `\u0000${message.clientID}`;
}

/**
 * Where the local days start in a list of messages. Each message row carries its day's
 * separator above it, so the virtualizer counts messages, and nothing is built per message:
 * a row asks on render whether it starts a day, and the size estimate asks once per row.
 *
 * Lookups allocate a Date only when a time leaves the last day seen. Messages come in time
 * order, so 100,000 messages over 70 days cost about 70 Dates; the bounds come from Date
 * itself, so DST days (23 or 25 hours) stay right.
 */
export class MessageDays {
  private start = NaN;
  private end = NaN;
  /** Dates created so far: lets tests pin that a long history does not create one per message. */
  dates = 0;

  /** Midnight (local) of the day holding `time`. */
  dayOf(time: number): number {
    if (time >= this.start && time < this.end) return this.start;
    this.dates += 1;
    const d = new Date(time);
    const y = d.getFullYear();
    const m = d.getMonth();
    const day = d.getDate();
    this.start = new Date(y, m, day).getTime();
    this.end = new Date(y, m, day + 1).getTime();
    return this.start;
  }

  /**
   * Whether `messages[index]` is the first of its local day, so a date separator goes above
   * it. A message without a valid time has no separator and does not start or end a day.
   */
  startsDay(messages: readonly Message[], index: number): boolean {
    const time = messages[index]?.time;
    if (time === undefined || !Number.isFinite(time)) return false;
    for (let i = index - 1; i >= 0; i -= 1) {
      const before = (messages[i] as Message).time;
      if (!Number.isFinite(before)) continue;
      // Comparing against the cached bounds first keeps the common case free of Dates.
      if (before >= this.start && before < this.end && time >= this.start && time < this.end) return false;
      return this.dayOf(before) !== this.dayOf(time);
    }
    return true;
  }
}
