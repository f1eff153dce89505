import { describe, expect, it } from 'vitest';
import { BASE_TIME, buildMessage } from '../../test/support/builders';
import { continuesRun, RUN_WINDOW_MS, runPosition, runShows } from './message-runs';

const at = (senderID: string, minutes: number, overrides = {}) =>
  buildMessage({ senderID, time: BASE_TIME + minutes * 60_000, ...overrides });

describe('message runs', () => {
  it('groups one sender within the window and splits on another sender or a long pause', () => {
    const list = [at('a', 0), at('a', 1), at('a', 2), at('b', 2), at('a', 3), at('a', 10), at('a', 11)];
    expect(list.map((_, i) => runPosition(list, i))).toEqual(['first', 'middle', 'last', 'single', 'single', 'first', 'last']);
  });

  it('keeps the window inclusive and rejects unknown or backwards times', () => {
    expect(continuesRun(at('a', 0), buildMessage({ senderID: 'a', time: BASE_TIME + RUN_WINDOW_MS }))).toBe(true);
    expect(continuesRun(at('a', 0), buildMessage({ senderID: 'a', time: BASE_TIME + RUN_WINDOW_MS + 1 }))).toBe(false);
    expect(continuesRun(at('a', 0), buildMessage({ senderID: 'a', time: Number.NaN }))).toBe(false);
    expect(continuesRun(at('a', 5), at('a', 4))).toBe(false);
  });

  it('lets a failed message stand alone', () => {
    const list = [at('a', 0), at('a', 1, { status: 'failed' }), at('a', 2)];
    expect(list.map((_, i) => runPosition(list, i))).toEqual(['single', 'single', 'single']);
  });

  it('splits where the caller says something stands between, such as a new day', () => {
    const list = [at('a', 0), at('a', 1), at('a', 2)];
    expect(list.map((_, i) => runPosition(list, i, (index) => index === 2))).toEqual(['first', 'last', 'single']);
  });

  it('shows the sender on the first of a run and the time on the last', () => {
    expect(['single', 'first', 'middle', 'last'].map((p) => runShows(p as never))).toEqual([
      { sender: true, time: true },
      { sender: true, time: false },
      { sender: false, time: false },
      { sender: false, time: true },
    ]);
  });
});
