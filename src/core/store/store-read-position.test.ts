import { buildMessage, c2cReceipt, groupReceipt } from '../../../test/support/builders';
import { startedStore } from '../../../test/support/fake-adapter';
import { selectReadPosition } from './selectors';

// Issue 20, item 2: reader avatars sit at one pointer per conversation, moved by receipts only.
describe('the read position', () => {
  it("follows the 1:1 peer's read mark to the newest own message it covers, and never back", async () => {
    const { adapter, store } = await startedStore();
    const chat = 'C2Cbob';
    const [a, theirs, b, c] = [
      buildMessage({ conversationID: chat }),
      buildMessage({ conversationID: chat, senderID: 'bob' }),
      buildMessage({ conversationID: chat }),
      buildMessage({ conversationID: chat }),
    ];
    adapter.emit({ type: 'messages', messages: [a, theirs, b, c] });
    expect(selectReadPosition(store.getState(), chat)).toBeUndefined();
    adapter.emit({ type: 'c2cRead', userID: 'bob', timestamp: b.time });
    expect(selectReadPosition(store.getState(), chat)).toBe(b.messageID);
    adapter.emit({ type: 'c2cRead', userID: 'bob', timestamp: a.time });
    expect(selectReadPosition(store.getState(), chat)).toBe(b.messageID);
    adapter.emit({ type: 'c2cRead', userID: 'bob', timestamp: c.time });
    expect(selectReadPosition(store.getState(), chat)).toBe(c.messageID);
  });

  it('takes an own message sent after the mark once the peer reads it, and a pulled 1:1 receipt too', async () => {
    const { adapter, store } = await startedStore();
    const chat = 'C2Cbob';
    const a = buildMessage({ conversationID: chat });
    adapter.emit({ type: 'messages', messages: [a] });
    adapter.emit({ type: 'c2cRead', userID: 'bob', timestamp: a.time });
    const b = buildMessage({ conversationID: chat });
    adapter.emit({ type: 'messages', messages: [b] });
    expect(selectReadPosition(store.getState(), chat)).toBe(a.messageID);
    adapter.emit({ type: 'receipts', receipts: [c2cReceipt(b.messageID, true)] });
    expect(selectReadPosition(store.getState(), chat)).toBe(b.messageID);
  });

  it('is the newest own group message with a reader: an older one read later does not move it', async () => {
    const { adapter, store } = await startedStore();
    const [old, middle, newest] = [buildMessage(), buildMessage(), buildMessage()];
    adapter.emit({ type: 'messages', messages: [old, middle, newest] });
    adapter.emit({ type: 'receipts', receipts: [groupReceipt(newest.messageID, 0, 4), groupReceipt(middle.messageID, 1, 3)] });
    expect(selectReadPosition(store.getState(), 'GROUPteam')).toBe(middle.messageID);
    adapter.emit({ type: 'receipts', receipts: [groupReceipt(old.messageID, 4, 0)] });
    expect(selectReadPosition(store.getState(), 'GROUPteam')).toBe(middle.messageID);
    adapter.emit({ type: 'receipts', receipts: [groupReceipt(newest.messageID, 1, 3)] });
    expect(selectReadPosition(store.getState(), 'GROUPteam')).toBe(newest.messageID);
  });

  it('leaves the state untouched by a receipt that does not move it', async () => {
    const { adapter, store } = await startedStore();
    const [old, newest] = [buildMessage(), buildMessage()];
    adapter.emit({ type: 'messages', messages: [old, newest] });
    adapter.emit({ type: 'receipts', receipts: [groupReceipt(newest.messageID, 1, 3)] });
    const positions = store.getState().readPositions;
    adapter.emit({ type: 'receipts', receipts: [groupReceipt(old.messageID, 2, 2), groupReceipt(newest.messageID, 2, 2)] });
    expect(store.getState().readPositions).toBe(positions);
  });
});
