import { buildMessage, groupReceipt } from '../../../test/support/builders';
import { startedStore } from '../../../test/support/fake-adapter';
import { frameUpdates, STORM_FRAMES, STORM_INTERVAL_MS } from './scheduler';

function manualFrames() {
  const queue: (() => void)[] = [];
  return {
    requestFrame: (callback: () => void) => void queue.push(callback),
    next: () => queue.splice(0).forEach((callback) => callback()),
  };
}

/** A store publishing through frames the test turns by hand. */
async function storeWithMessages(count: number, now: () => number = () => 0) {
  const frames = manualFrames();
  const { adapter, store } = await startedStore({ scheduler: frameUpdates({ requestFrame: frames.requestFrame, now }) });
  const messages = Array.from({ length: count }, () => buildMessage());
  adapter.emit({ type: 'messages', messages });
  frames.next();
  frames.next();
  return { adapter, store, messages, frames };
}

/** Whether the store has published everything: publishing now would change nothing. */
function upToDate(store: { getState(): unknown; flush(): void }): boolean {
  const published = store.getState();
  store.flush();
  return store.getState() === published;
}

describe('frameUpdates (what React reads through ChatProvider)', () => {
  it('passes the first change of a frame at once and folds the rest of that frame into one', async () => {
    const { adapter, store, messages, frames } = await storeWithMessages(3);
    const view = store;
    const listener = vi.fn();
    view.subscribe(listener);
    for (const [i, message] of messages.entries()) {
      adapter.emit({ type: 'receipts', receipts: [groupReceipt(message.messageID, i + 1, 5)] });
    }
    expect(listener).toHaveBeenCalledTimes(1);
    expect(view.getState().receipts.get(messages[2]!.messageID)).toBeUndefined();
    frames.next();
    expect(listener).toHaveBeenCalledTimes(2);
    expect(view.getState().receipts.get(messages[2]!.messageID)).toMatchObject({ readCount: 3 });
    expect(upToDate(store)).toBe(true);
    frames.next();
    expect(listener).toHaveBeenCalledTimes(2);
    adapter.emit({ type: 'receipts', receipts: [groupReceipt(messages[0]!.messageID, 4, 2)] });
    expect(listener).toHaveBeenCalledTimes(3);
  });
});

describe('frameUpdates in a receipt storm', () => {
  async function storm() {
    let clock = 0;
    const { adapter, store, messages, frames } = await storeWithMessages(3, () => clock);
    const view = store;
    const listener = vi.fn();
    view.subscribe(listener);
    let reader = 0;
    const receipt = () => {
      reader += 1;
      adapter.emit({ type: 'receipts', receipts: [groupReceipt(messages[reader % 3]!.messageID, reader, 900)] });
    };
    // One receipt per 16 ms frame: the first goes out at once, then one per frame for STORM_FRAMES frames.
    const frame = () => {
      clock += 16;
      frames.next();
    };
    // A receipt, then one per frame until the store is well inside a storm.
    const enterStorm = () => {
      receipt();
      for (let i = 0; i < STORM_FRAMES + 2; i += 1) {
        receipt();
        frame();
      }
    };
    return { adapter, store, view, listener, receipt, frame, enterStorm, messages, tick: (ms: number) => (clock += ms) };
  }

  it('after STORM_FRAMES busy frames, publishes receipt-only changes at most every STORM_INTERVAL_MS', async () => {
    const s = await storm();
    s.receipt();
    expect(s.listener).toHaveBeenCalledTimes(1);
    for (let i = 0; i < STORM_FRAMES; i += 1) {
      s.receipt();
      s.frame();
    }
    expect(s.listener).toHaveBeenCalledTimes(1 + STORM_FRAMES);
    // Now held: frames go by without a publish until the interval has passed.
    const frames = Math.ceil(STORM_INTERVAL_MS / 16);
    let published = s.listener.mock.calls.length;
    for (let i = 0; i < frames * 3; i += 1) {
      s.receipt();
      s.frame();
    }
    published = s.listener.mock.calls.length - published;
    expect(published).toBeGreaterThanOrEqual(2);
    expect(published).toBeLessThanOrEqual(4);
    // Nothing is lost: once the storm ends, the last state goes out within the interval.
    for (let i = 0; i < frames + 1; i += 1) s.frame();
    expect(upToDate(s.store)).toBe(true);
  });

  it('never holds a change beyond receipts (a new message goes out at the next frame)', async () => {
    const s = await storm();
    s.enterStorm();
    const before = s.listener.mock.calls.length;
    s.adapter.emit({ type: 'messages', messages: [buildMessage()] });
    s.frame();
    expect(s.listener.mock.calls.length).toBe(before + 1);
    expect(upToDate(s.store)).toBe(true);
  });

  it('a quiet frame ends the storm: the next change goes out at once again', async () => {
    const s = await storm();
    s.enterStorm();
    for (let i = 0; i < 10; i += 1) s.frame();
    const before = s.listener.mock.calls.length;
    s.receipt();
    expect(s.listener.mock.calls.length).toBe(before + 1);
  });
});
