import type { MessageID } from '../src/core';
import { createChatStore, selectReceipt, type ChatStore } from '../src/core/store';
import { createMockAdapter, createMockBackend, type MockAdapter } from '../src/mock';

/**
 * End to end over the mock backend: a 20-member group, 50 own messages asking for receipts,
 * 10 members reading everything while events are duplicated and reordered, the sender
 * disconnected in the middle (pushes lost) and one reader offline for a while.
 */

const GROUP = 'g1';
const CONVERSATION = `GROUP${GROUP}`;
const faults = { events: { duplicateRate: 0.4, reorderRate: 0.4, reorderWindow: 30 } };

async function until(condition: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Counts, per message ID, the receipt sends that reached the backend. */
function counting(adapter: MockAdapter, sends: Map<MessageID, number>): MockAdapter {
  return Object.assign(Object.create(adapter) as MockAdapter, {
    sendMessageReadReceipts: async (ids: MessageID[]) => {
      await adapter.sendMessageReadReceipts(ids);
      for (const id of ids) sends.set(id, (sends.get(id) ?? 0) + 1);
    },
  });
}

function startStore(adapter: MockAdapter): ChatStore {
  const store = createChatStore(adapter, {
    historyPageSize: 100,
    receiptIntervalMs: 20,
    retryBaseMs: 20,
    retryMaxMs: 100,
    random: () => 0.5,
  });
  store.actions.start();
  return store;
}

it('converges every count of the sender to the backend truth, each receipt sent once', async () => {
  const users = Array.from({ length: 20 }, (_, i) => ({ userID: `u${i}` }));
  const backend = createMockBackend({ users, groups: [{ groupID: GROUP, name: 'Team', type: 'Work', members: users.map((u) => u.userID) }] });

  const senderAdapter = createMockAdapter(backend, 'u0', { seed: 7, latency: { min: 0, max: 3 }, ...faults });
  const sender = startStore(senderAdapter);
  await until(() => sender.getState().session === 'ready', 'sender login');
  await sender.actions.openConversation(CONVERSATION);
  const sent: MessageID[] = [];
  for (let i = 0; i < 50; i += 1) {
    const message = await sender.actions.sendMessage(CONVERSATION, `message ${i}`, { needReadReceipt: true });
    expect(message?.status).toBe('sent');
    sent.push(message!.messageID);
  }

  const readers = Array.from({ length: 10 }, (_, i) => {
    const sends = new Map<MessageID, number>();
    const raw = createMockAdapter(backend, `u${i + 1}`, { seed: 100 + i, latency: { min: 0, max: 3 }, ...faults });
    return { raw, sends, store: startStore(counting(raw, sends)) };
  });
  for (const reader of readers) {
    await until(() => reader.store.getState().session === 'ready', 'reader login');
    await reader.store.actions.openConversation(CONVERSATION);
    expect(reader.store.getState().conversations.get(CONVERSATION)?.messageIDs).toHaveLength(50);
  }

  const truth = () => new Map(backend.getMessageReadReceipts('u0', sent).map((r) => [r.messageID, r]));
  const readBy = (count: number, ids: MessageID[]) => () =>
    ids.every((id) => {
      const receipt = truth().get(id);
      return receipt?.kind === 'group' && receipt.readCount === count;
    });

  // First half read while everyone is online; each reader reports in small visible chunks.
  for (const reader of readers) {
    for (let i = 0; i < 25; i += 5) reader.store.actions.reportRead(sent.slice(i, i + 5));
  }
  await until(readBy(10, sent.slice(0, 25)), 'first half read on the backend');

  // The sender drops off: the pushes of the second half are lost. Reader 1 is offline too.
  senderAdapter.disconnect();
  readers[0]!.raw.disconnect();
  await until(() => sender.getState().connection === 'disconnected', 'sender offline');
  await until(() => readers[0]!.store.getState().connection === 'disconnected', 'reader offline');
  for (const reader of readers) {
    reader.store.actions.reportRead(sent.slice(25));
    reader.store.actions.reportRead(sent);
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(readers[0]!.store.getState().outbox.get(CONVERSATION)).toHaveLength(25);
  readers[0]!.raw.reconnect();
  await until(readBy(10, sent), 'all read on the backend');

  // The pushes were lost: only the resync after the reconnect can bring these counts up.
  const stale = sent.slice(25).filter((id) => {
    const mine = selectReceipt(sender.getState(), id);
    return mine?.kind !== 'group' || mine.readCount < 10;
  });
  expect(stale).toHaveLength(25);
  senderAdapter.reconnect();
  await until(() => {
    const expected = truth();
    return sent.every((id) => {
      const mine = selectReceipt(sender.getState(), id);
      const real = expected.get(id);
      return mine?.kind === 'group' && real?.kind === 'group' && mine.readCount === real.readCount && mine.unreadCount === real.unreadCount;
    });
  }, 'sender counts to match the backend');

  for (const id of sent) expect(selectReceipt(sender.getState(), id)).toMatchObject({ readCount: 10, unreadCount: 9 });
  for (const reader of readers) {
    expect([...reader.sends.keys()].sort()).toEqual([...sent].sort());
    expect([...reader.sends.values()].every((count) => count === 1)).toBe(true);
    expect(reader.store.getState().outbox.size).toBe(0);
  }
  expect(sender.getState().errors).toEqual([]);
}, 20_000);
