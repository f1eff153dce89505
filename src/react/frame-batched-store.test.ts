import { createChatStore } from '../core/store';
import { buildMessage, createFakeAdapter, groupReceipt, settle } from '../core/store/testing';
import { frameBatchedStore } from './frame-batched-store';

function manualFrames() {
  const queue: (() => void)[] = [];
  return {
    requestFrame: (callback: () => void) => void queue.push(callback),
    next: () => queue.splice(0).forEach((callback) => callback()),
  };
}

async function storeWithMessages(count: number) {
  const adapter = createFakeAdapter();
  const store = createChatStore(adapter);
  store.getState().actions.start();
  await settle();
  const messages = Array.from({ length: count }, () => buildMessage());
  adapter.emit({ type: 'messages', messages });
  return { adapter, store, messages };
}

describe('frameBatchedStore (what React reads through ChatProvider)', () => {
  it('passes the first change of a frame at once and folds the rest of that frame into one', async () => {
    const { adapter, store, messages } = await storeWithMessages(3);
    const frames = manualFrames();
    const view = frameBatchedStore(store, { requestFrame: frames.requestFrame, immediate: () => false });
    const listener = vi.fn();
    view.subscribe(listener);
    for (const [i, message] of messages.entries()) {
      adapter.emit({ type: 'receipts', receipts: [groupReceipt(message.messageID, i + 1, 5)] });
    }
    expect(listener).toHaveBeenCalledTimes(1);
    expect(view.getState().receipts.get(messages[2]!.messageID)).toBeUndefined();
    frames.next();
    expect(listener).toHaveBeenCalledTimes(2);
    expect(view.getState()).toBe(store.getState());
    frames.next();
    expect(listener).toHaveBeenCalledTimes(2);
    adapter.emit({ type: 'receipts', receipts: [groupReceipt(messages[0]!.messageID, 4, 2)] });
    expect(listener).toHaveBeenCalledTimes(3);
  });
});
