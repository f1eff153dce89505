import type { Message } from '../../core/types';

export type MessageRow =
  | { kind: 'day'; key: string; time: number }
  | { kind: 'message'; key: string; message: Message };

/** Stable across the optimistic → sent swap, when the server assigns the real messageID. */
export function messageKey(message: Message): string {
  return `m:${message.clientID ?? message.messageID}`;
}

function dayKey(time: number): string {
  const d = new Date(time);
  return `day:${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

/** Messages (oldest first) with a date separator before the first message of each local day. */
export function buildRows(messages: readonly Message[]): MessageRow[] {
  const rows: MessageRow[] = [];
  let lastDay = '';
  for (const message of messages) {
    if (Number.isFinite(message.time)) {
      const day = dayKey(message.time);
      if (day !== lastDay) rows.push({ kind: 'day', key: day, time: message.time });
      lastDay = day;
    }
    rows.push({ kind: 'message', key: messageKey(message), message });
  }
  return rows;
}
