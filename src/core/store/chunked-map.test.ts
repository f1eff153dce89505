import { ChunkedMap } from './chunked-map';
import { changedReceiptIDs } from './selectors';
import { buildMessage, groupReceipt } from '../../../test/support/builders';
import { copiedSlots, sharesChunk } from '../../../test/support/chunk-costs';
import { startedStore } from '../../../test/support/fake-adapter';

describe('ChunkedMap', () => {
  it('behaves as a map and leaves the version it was forked from as it was', () => {
    const base = ChunkedMap.from(new Map([['a', 1], ['b', 2]]));
    const next = base.fork().set('b', 3).set('c', 4);
    next.delete('a');
    expect([...base]).toEqual([['a', 1], ['b', 2]]);
    expect([...next]).toEqual([['b', 3], ['c', 4]]);
    expect(next.size).toBe(2);
    expect(next.has('a')).toBe(false);
    expect(base.get('c')).toBeUndefined();
    expect(next).toEqual(ChunkedMap.from(new Map([['c', 4], ['b', 3]])));
    expect(next).not.toEqual(ChunkedMap.from(new Map([['c', 4], ['b', 2]])));
  });

  it('keeps siblings forked from one version apart', () => {
    const base = ChunkedMap.from<string, number>();
    const left = base.fork().set('x', 1);
    const right = base.fork().set('y', 2);
    expect([...left]).toEqual([['x', 1]]);
    expect([...right]).toEqual([['y', 2]]);
  });

  it('copies only the chunks a batch writes to, not the whole map (O(batch), not O(size))', () => {
    let map = ChunkedMap.from<string, number>();
    const writer = map.fork();
    for (let i = 0; i < 10_000; i += 1) writer.set(`m${i}`, 0);
    map = writer;
    const next = map.fork();
    for (let i = 5_000; i < 5_050; i += 1) next.set(`m${i}`, 1);
    expect(copiedSlots(next)).toBeLessThanOrEqual(32 * 3);
    expect(sharesChunk(next, map, 'm0')).toBe(true);
    expect(sharesChunk(next, map, 'm5000')).toBe(false);
    expect(map.get('m5000')).toBe(0);
    expect(next.get('m5000')).toBe(1);
  });

  it('tells which keys changed since an earlier version, and nothing for an unrelated map', () => {
    const base = ChunkedMap.from(new Map(Array.from({ length: 1_000 }, (_, i) => [`m${i}`, 0] as [string, number])));
    const next = base.fork().set('m3', 1).set('m700', 1).set('m1000', 1);
    next.set('m3', 0); // back to the old value: not a change
    next.delete('m999');
    expect(next.changedSince(base)?.sort()).toEqual(['m1000', 'm700', 'm999']);
    expect(base.changedSince(base)).toEqual([]);
    expect(next.changedSince(new Map([['m3', 0]]))).toBeUndefined();
    expect(next.changedSince(ChunkedMap.from(new Map([['m3', 0]])))).toBeUndefined();
  });
});

describe('a receipt batch in a store holding many receipts', () => {
  /** A started store with 2,000 own messages, each read by one member. */
  async function storeWithReceipts() {
    const { adapter, store } = await startedStore();
    const messages = Array.from({ length: 2_000 }, () => buildMessage());
    adapter.emit({ type: 'messages', messages });
    adapter.emit({ type: 'receipts', receipts: messages.map((m) => groupReceipt(m.messageID, 1, 9)) });
    return { adapter, store, messages };
  }

  it('is one store update that shares every untouched chunk of the receipt map with the previous state', async () => {
    const { adapter, store, messages } = await storeWithReceipts();
    const before = store.getState().receipts;
    const listener = vi.fn();
    store.subscribe(listener);
    adapter.emit({ type: 'receipts', receipts: messages.slice(0, 50).map((m) => groupReceipt(m.messageID, 2, 8)) });
    expect(listener).toHaveBeenCalledTimes(1);
    const after = store.getState().receipts;
    expect(after).toBeInstanceOf(ChunkedMap);
    expect(copiedSlots(after as ChunkedMap<string, unknown>)).toBeLessThanOrEqual(32 * 3);
    expect(sharesChunk(after as ChunkedMap<string, unknown>, before as ChunkedMap<string, unknown>, messages[1_999]!.messageID)).toBe(true);
    expect(after.get(messages[1_999]!.messageID)).toBe(before.get(messages[1_999]!.messageID));
    expect(after.get(messages[0]!.messageID)).toMatchObject({ readCount: 2 });
    expect(before.get(messages[0]!.messageID)).toMatchObject({ readCount: 1 });
  });

  it('names exactly the messages whose receipt changed, through changedReceiptIDs', async () => {
    const { adapter, store, messages } = await storeWithReceipts();
    const prev = store.getState();
    const updated = [messages[7]!, messages[1_500]!];
    adapter.emit({ type: 'receipts', receipts: [...updated.map((m) => groupReceipt(m.messageID, 2, 8)), groupReceipt(messages[9]!.messageID, 1, 9)] });
    expect([...changedReceiptIDs(store.getState(), prev)].sort()).toEqual(updated.map((m) => m.messageID).sort());
    // A state whose receipts are a plain Map (another store, a test) is compared entry by entry.
    const plain = { ...prev, receipts: new Map(prev.receipts) };
    expect([...changedReceiptIDs(store.getState(), plain)].sort()).toEqual(updated.map((m) => m.messageID).sort());
  });
});
