import type { Message } from '../../core/types';

export type MessageRow =
  | { kind: 'day'; key: string; time: number }
  | { kind: 'message'; key: string; message: Message };

/** Stable across the optimistic → sent swap, when the server assigns the real messageID. */
export function messageKey(message: Message): string {
  return `m:${message.clientID ?? message.messageID}`;
}

/**
 * Local-day lookup that allocates a Date only when a time leaves the last day seen. Messages
 * come in time order, so 100,000 messages over 70 days cost 70 Dates, not 100,000; the bounds
 * come from Date itself, so DST days (23 or 25 hours) stay right.
 */
class DayBounds {
  private start = NaN;
  private end = NaN;
  private key = '';
  /** Dates created so far: lets tests pin that a long history does not create one per message. */
  dates = 0;

  /** The local day of `time` as a key ("day:2025-3-4"); `start` is then that day's midnight. */
  keyOf(time: number): string {
    if (time >= this.start && time < this.end) return this.key;
    this.dates += 1;
    const d = new Date(time);
    const y = d.getFullYear();
    const m = d.getMonth();
    const day = d.getDate();
    this.start = new Date(y, m, day).getTime();
    this.end = new Date(y, m, day + 1).getTime();
    this.key = `day:${y}-${m + 1}-${day}`;
    return this.key;
  }
}

/** Rows of one messages array, with what a later array needs to reuse them. */
export interface MessageRows {
  readonly messages: readonly Message[];
  readonly rows: readonly MessageRow[];
  /** Row index of each message's own row. */
  readonly rowOf: Int32Array;
  /** Message rows built (not reused) by the update that produced this: pins O(new) work. */
  readonly built: number;
}

const EMPTY: MessageRows = { messages: [], rows: [], rowOf: new Int32Array(0), built: 0 };

/**
 * Builds rows for `messages[from, to)`, continuing from the day key `lastDay` ('' for none),
 * appending to `rows` and writing each message's row index into `rowOf`.
 */
function appendRows(
  messages: readonly Message[],
  from: number,
  to: number,
  lastDay: string,
  rows: MessageRow[],
  rowOf: Int32Array,
  days: DayBounds,
): string {
  for (let i = from; i < to; i += 1) {
    const message = messages[i] as Message;
    if (Number.isFinite(message.time)) {
      const day = days.keyOf(message.time);
      if (day !== lastDay) rows.push({ kind: 'day', key: day, time: message.time });
      lastDay = day;
    }
    rowOf[i] = rows.length;
    rows.push({ kind: 'message', key: messageKey(message), message });
  }
  return lastDay;
}

/**
 * Rows for `messages`, reusing the rows of `previous` for the messages both arrays share at
 * the start (new messages appended) and at the end (older messages prepended), compared by
 * identity. A changed message in the middle rebuilds from there. The shared part costs a
 * pointer comparison per message; only new messages create rows and look up days.
 */
export function updateRows(messages: readonly Message[], previous: MessageRows = EMPTY, days = new DayBounds()): MessageRows {
  const old = previous.messages;
  if (old === messages) return previous;
  const n = messages.length;
  let prefix = 0;
  const maxShared = Math.min(n, old.length);
  while (prefix < maxShared && messages[prefix] === old[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < maxShared - prefix && messages[n - 1 - suffix] === old[old.length - 1 - suffix]) suffix += 1;
  // The first shared message at the end decides its own separator from what now precedes it,
  // so it is rebuilt; the ones after it keep theirs only if it has a day of its own.
  if (suffix > 0) suffix -= 1;
  if (suffix > 0 && !Number.isFinite(messages[n - 1 - suffix]?.time)) suffix = 0;

  const rowOf = new Int32Array(n);
  const prefixRows = prefix === 0 ? 0 : (previous.rowOf[prefix - 1] as number) + 1;
  const rows = previous.rows.slice(0, prefixRows);
  rowOf.set(previous.rowOf.subarray(0, prefix));
  let lastDay = '';
  for (let i = prefixRows - 1; i >= 0 && lastDay === ''; i -= 1) {
    const row = previous.rows[i] as MessageRow;
    if (row.kind === 'day') lastDay = row.key;
  }
  appendRows(messages, prefix, n - suffix, lastDay, rows, rowOf, days);
  if (suffix > 0) {
    const oldFrom = old.length - suffix;
    // Rows after the message just before the shared tail: its separators are still right.
    const oldRowFrom = (previous.rowOf[oldFrom - 1] as number) + 1;
    const shift = rows.length - oldRowFrom;
    for (let i = oldRowFrom; i < previous.rows.length; i += 1) rows.push(previous.rows[i] as MessageRow);
    for (let i = 0; i < suffix; i += 1) rowOf[n - suffix + i] = (previous.rowOf[oldFrom + i] as number) + shift;
  }
  return { messages, rows, rowOf, built: n - suffix - prefix };
}

/** Messages (oldest first) with a date separator before the first message of each local day. */
export function buildRows(messages: readonly Message[]): MessageRow[] {
  return updateRows(messages).rows as MessageRow[];
}

/** Keeps the last rows and one day lookup, so each new messages array costs O(new). */
export class RowsCache {
  private last: MessageRows = EMPTY;
  readonly days = new DayBounds();

  update(messages: readonly Message[]): MessageRows {
    this.last = updateRows(messages, this.last, this.days);
    return this.last;
  }
}
