import type { Message } from '../types';
import { buildMessage, groupReceipt } from '../../../test/support/builders';
import { startedStore } from '../../../test/support/fake-adapter';
import { countWork, startCounting, type Work } from '../../../test/support/work-counter';
import { selectReceipt } from './selectors';

// Each operation is counted at two conversation lengths; O(changed) means the longer one
// costs what the shorter one does, up to one more tree level (at most 2 × 32 slots per path).
const SMALL = 1_000;
const LARGE = 30_000;

function expectSameCost(small: Work, large: Work): void {
  expect(large.mapOps).toBeLessThanOrEqual(small.mapOps * 1.2 + 20);
  expect(large.copied).toBeLessThanOrEqual(small.copied * 1.2 + 160);
}

/** `count` messages of one conversation, oldest first, alternating own and the peer's. */
function history(count: number, conversationID: string, peer: string): Message[] {
  return Array.from({ length: count }, (_, i) => buildMessage({ conversationID, senderID: i % 2 === 0 ? 'me' : peer }));
}

describe('every message and receipt operation costs what it changes, not the conversation length', () => {
  it('a history page appended (pinned against the whole-conversation re-sort)', async () => {
    const cost = async (loaded: number) => {
      const { adapter, store } = await startedStore();
      const pages = [history(100, 'GROUPteam', 'ann'), history(loaded, 'GROUPteam', 'ann')];
      adapter.getMessageHistory.mockImplementation(async ({ cursor }: { cursor: string }) => {
        const messages = cursor === '' ? (pages[1] as Message[]) : (pages[0] as Message[]);
        return { messages, nextCursor: cursor === '' ? 'older' : '', isFinished: cursor !== '' };
      });
      await store.actions.openConversation('GROUPteam');
      const work = await countWork(() => store.actions.loadMore('GROUPteam'));
      expect(store.getState().conversations.get('GROUPteam')?.messageIDs).toHaveLength(loaded + 100);
      expect(store.getState().conversations.get('GROUPteam')?.messageIDs[0]).toBe(pages[0]![0]!.messageID);
      return work;
    };
    expectSameCost(await cost(SMALL), await cost(LARGE));
  });

  it('a new message (pinned against copying the message map)', async () => {
    const cost = async (loaded: number) => {
      const { adapter, store } = await startedStore();
      adapter.emit({ type: 'messages', messages: history(loaded, 'C2Cbob', 'bob') });
      const message = buildMessage({ conversationID: 'C2Cbob', senderID: 'bob' });
      const work = await countWork(() => adapter.emit({ type: 'messages', messages: [message] }));
      expect(store.getState().conversations.get('C2Cbob')?.messageIDs.at(-1)).toBe(message.messageID);
      return work;
    };
    expectSameCost(await cost(SMALL), await cost(LARGE));
  });

  it('a 1:1 read mark that covers one more message (pinned against the walk over every message)', async () => {
    const cost = async (loaded: number) => {
      const { adapter, store } = await startedStore();
      const messages = history(loaded, 'C2Cbob', 'bob');
      adapter.emit({ type: 'messages', messages });
      const [older, newest] = messages.filter((m) => m.senderID === 'me').slice(-2) as [Message, Message];
      adapter.emit({ type: 'c2cRead', userID: 'bob', timestamp: older.time });
      expect(selectReceipt(store.getState(), newest.messageID)).toBeUndefined();
      const work = await countWork(() => adapter.emit({ type: 'c2cRead', userID: 'bob', timestamp: newest.time }));
      expect(selectReceipt(store.getState(), newest.messageID)).toMatchObject({ peerRead: true, timestamp: newest.time });
      expect(selectReceipt(store.getState(), older.messageID)).toMatchObject({ peerRead: true, timestamp: older.time });
      return work;
    };
    expectSameCost(await cost(SMALL), await cost(LARGE));
  });

  it('a group receipt (pinned against copying the receipt map per batch)', async () => {
    const cost = async (loaded: number) => {
      const { adapter, store } = await startedStore();
      const messages = history(loaded, 'GROUPteam', 'ann');
      adapter.emit({ type: 'messages', messages });
      adapter.emit({ type: 'receipts', receipts: messages.filter((m) => m.senderID === 'me').map((m) => groupReceipt(m.messageID, 1, 9)) });
      const target = messages[loaded - 2] as Message;
      const work = await countWork(() => adapter.emit({ type: 'receipts', receipts: [groupReceipt(target.messageID, 2, 8)] }));
      expect(selectReceipt(store.getState(), target.messageID)).toMatchObject({ readCount: 2 });
      return work;
    };
    expectSameCost(await cost(SMALL), await cost(LARGE));
  });

  it('a resync: the newest page fetched again after a reconnect, overlapping the loaded ones', async () => {
    const cost = async (loaded: number) => {
      const { adapter, store } = await startedStore();
      const messages = history(loaded, 'GROUPteam', 'ann');
      adapter.history.set('GROUPteam', { messages, nextCursor: '', isFinished: true });
      await store.actions.openConversation('GROUPteam');
      // Missed while offline: two new messages, after the last 18 the client has.
      const missed = history(2, 'GROUPteam', 'ann');
      adapter.history.set('GROUPteam', { messages: [...messages.slice(-18), ...missed], nextCursor: 'older', isFinished: false });
      adapter.emit({ type: 'connection', state: 'disconnected' });
      // Counted up to the commit of the page. The receipt pull after it asks for every own
      // message again (the seed's resync): O(own messages) IDs by design, not counted here.
      let merged: Work | undefined;
      const counter = startCounting();
      const unsubscribe = store.subscribe((state) => {
        if (!merged && state.messages.has(missed[1]!.messageID)) merged = { ...counter.work };
      });
      adapter.emit({ type: 'connection', state: 'connected' });
      await new Promise((resolve) => setTimeout(resolve, 0));
      counter.stop();
      unsubscribe();
      expect(merged).toBeDefined();
      expect(store.getState().conversations.get('GROUPteam')?.messageIDs).toHaveLength(loaded + 2);
      expect(store.getState().conversations.get('GROUPteam')?.messageIDs.at(-1)).toBe(missed[1]!.messageID);
      return merged as Work;
    };
    expectSameCost(await cost(SMALL), await cost(LARGE));
  });
});

describe('what one receipt costs, counted in a storm-like batch', () => {
  it('three map lookups per group receipt that moves the read position (pinned against looking its message up twice, and the position once per receipt)', async () => {
    const { adapter, store } = await startedStore();
    const messages = history(SMALL, 'GROUPteam', 'ann').filter((m) => m.senderID === 'me');
    adapter.emit({ type: 'messages', messages });
    adapter.emit({ type: 'receipts', receipts: messages.map((m) => groupReceipt(m.messageID, 1, 9)) });
    const batch = messages.slice(200, 250);
    const work = await countWork(() => adapter.emit({ type: 'receipts', receipts: batch.map((m) => groupReceipt(m.messageID, 2, 8)) }));
    expect(selectReceipt(store.getState(), batch[49]!.messageID)).toMatchObject({ readCount: 2 });
    expect(store.getState().readPositions.get('GROUPteam')).toBe(messages.at(-1)!.messageID);
    // Each receipt looks up its message, its known receipt and its group's size once; the
    // batch as a whole a few more (the base read position, its group's size once per batch).
    expect(work.mapOps).toBeLessThanOrEqual(3 * batch.length + 10);
  });
});
