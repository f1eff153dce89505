import type { Message } from './types';

/**
 * Where a message sits in a run of messages from one sender, as chat apps group them: the
 * first shows the sender's name and avatar, the last shows the time, the ones between show
 * neither. `single` is a run of one.
 */
export type RunPosition = 'single' | 'first' | 'middle' | 'last';

/** Messages of one sender at most this far apart stay in one run. */
export const RUN_WINDOW_MS = 3 * 60_000;

/**
 * Whether `next` continues the run of `previous`: same sender, both times known, in order and
 * within the window. A failed message breaks a run, so its red mark and Retry stand alone.
 */
export function continuesRun(previous: Message | undefined, next: Message | undefined, windowMs = RUN_WINDOW_MS): boolean {
  if (!previous || !next || previous.senderID !== next.senderID) return false;
  if (previous.status === 'failed' || next.status === 'failed') return false;
  const gap = next.time - previous.time;
  return Number.isFinite(gap) && gap >= 0 && gap <= windowMs;
}

/**
 * The run position of `messages[index]` (oldest first). `breaksBefore(i)` says where something
 * else splits runs, such as a date separator above message `i`. O(1): it looks at the two
 * neighbours only, so a virtualized list asks per row on render.
 */
export function runPosition(
  messages: readonly Message[],
  index: number,
  breaksBefore: (index: number) => boolean = () => false,
  windowMs = RUN_WINDOW_MS,
): RunPosition {
  const message = messages[index];
  const joinsPrevious = !breaksBefore(index) && continuesRun(messages[index - 1], message, windowMs);
  const joinsNext = index + 1 < messages.length && !breaksBefore(index + 1) && continuesRun(message, messages[index + 1], windowMs);
  if (joinsPrevious) return joinsNext ? 'middle' : 'last';
  return joinsNext ? 'first' : 'single';
}

/** Whether the run position shows the sender (its first message) and the time (its last). */
export function runShows(position: RunPosition): { sender: boolean; time: boolean } {
  return { sender: position === 'single' || position === 'first', time: position === 'single' || position === 'last' };
}
