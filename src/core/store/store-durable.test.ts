import { buildMessage } from '../../../test/support/builders';
import { createFakeAdapter, settle } from '../../../test/support/fake-adapter';
import { ChatError, ErrorCode } from '../errors';
import { createChatStore } from './create-chat-store';
import { immediateUpdates } from './scheduler';
import { memoryStorage, type OutboxStorage } from './storage';

/** A store for "me" on `storage`, started: a second one on the same storage is a reload. */
async function tab(storage: OutboxStorage, adapter = createFakeAdapter()) {
  const store = createChatStore(adapter, { scheduler: immediateUpdates, storage, receiptIntervalMs: 0, c2cReadIntervalMs: 0 });
  const stop = store.actions.start();
  await settle();
  return { adapter, store, stop };
}

describe('pending work across a reload (a fresh store on the same storage)', () => {
  it('sends the receipts and the 1:1 read mark the first store could not', async () => {
    const storage = memoryStorage();
    const first = await tab(storage);
    const group = buildMessage({ senderID: 'alice' });
    const direct = buildMessage({ senderID: 'bob', conversationID: 'C2Cbob' });
    first.adapter.emit({ type: 'messages', messages: [group, direct] });
    first.adapter.emit({ type: 'connection', state: 'disconnected' });
    first.store.actions.reportRead([group.messageID, direct.messageID]);
    await settle();
    expect(first.adapter.sendMessageReadReceipts).not.toHaveBeenCalled();
    first.stop();

    const second = await tab(storage);
    await vi.waitFor(() => expect(second.adapter.markC2CMessageAsRead).toHaveBeenCalledWith('bob'));
    const sent = second.adapter.sendMessageReadReceipts.mock.calls.flat(2);
    expect(sent.sort()).toEqual([group.messageID, direct.messageID].sort());
  });

  it('queues a message written offline as sending, keeps it across a reload, and sends it on reconnect', async () => {
    const storage = memoryStorage();
    const first = await tab(storage);
    first.adapter.emit({ type: 'connection', state: 'disconnected' });
    const sending = first.store.actions.sendMessage('GROUPteam', 'Written on the train');
    await settle();
    const [queued] = [...first.store.getState().messages.values()];
    expect(queued).toMatchObject({ text: 'Written on the train', status: 'sending' });
    expect(first.adapter.sendMessage).not.toHaveBeenCalled();
    // Durable meanwhile: a reload now would bring it back (as failed, with Retry).
    const reload = await tab(storage);
    expect([...reload.store.getState().messages.values()]).toMatchObject([{ text: 'Written on the train', status: 'failed' }]);
    reload.stop();

    first.adapter.emit({ type: 'connection', state: 'connected' });
    expect((await sending)?.status).toBe('sent');
    expect(first.adapter.sendMessage).toHaveBeenCalledTimes(1);
    expect(first.adapter.sendMessage).toHaveBeenCalledWith(expect.objectContaining({ text: 'Written on the train', clientID: queued!.messageID }));
  });

  it('shows a message that never reached the backend as failed, with its text, ready to retry', async () => {
    const storage = memoryStorage();
    const first = await tab(storage);
    first.adapter.sendMessage.mockRejectedValueOnce(new ChatError(ErrorCode.NETWORK, 'offline'));
    await first.store.actions.sendMessage('GROUPteam', 'Do not lose me');
    first.stop();

    const second = await tab(storage);
    const [failed] = [...second.store.getState().messages.values()];
    expect(failed).toMatchObject({ text: 'Do not lose me', status: 'failed', senderID: 'me' });
    expect(second.store.getState().conversations.get('GROUPteam')?.messageIDs).toEqual([failed!.messageID]);
    const sent = await second.store.actions.retry(failed!.messageID);
    expect(second.adapter.sendMessage).toHaveBeenCalledWith(expect.objectContaining({ text: 'Do not lose me', clientID: failed!.messageID }));
    expect(sent?.status).toBe('sent');

    const third = await tab(storage);
    expect(third.store.getState().messages.size).toBe(0);
  });

  it('keeps the newest change even when a reload comes while an older write is still in flight', async () => {
    // Writes are applied in the order they are issued (as IndexedDB does) but confirm late.
    const inner = memoryStorage();
    const slow: OutboxStorage = {
      get: (key) => inner.get(key),
      set: (key, value) => {
        void inner.set(key, value);
        return new Promise((resolve) => setTimeout(resolve, 50));
      },
      remove: (key) => inner.remove(key),
    };
    const first = await tab(slow);
    const incoming = buildMessage({ senderID: 'alice' });
    first.adapter.emit({ type: 'messages', messages: [incoming] });
    first.store.actions.reportRead([incoming.messageID]);
    await Promise.resolve();
    first.adapter.sendMessage.mockRejectedValueOnce(new ChatError(ErrorCode.NETWORK, 'offline'));
    await first.store.actions.sendMessage('GROUPteam', 'Written while the first write was in flight');
    first.stop();

    const second = await tab(slow);
    expect([...second.store.getState().messages.values()].map((m) => [m.text, m.status])).toContainEqual([
      'Written while the first write was in flight',
      'failed',
    ]);
  });

  it('keeps each user apart, and goes on in memory, saying so once, when storage fails', async () => {
    const broken: OutboxStorage = {
      get: async () => undefined,
      set: async () => Promise.reject(new Error('QuotaExceededError')),
      remove: async () => undefined,
    };
    const { adapter, store } = await tab(broken);
    adapter.sendMessage.mockRejectedValue(new ChatError(ErrorCode.NETWORK, 'offline'));
    await store.actions.sendMessage('GROUPteam', 'one');
    await store.actions.sendMessage('GROUPteam', 'two');
    await settle();
    const storageErrors = store.getState().errors.filter((entry) => /cannot be kept across reloads/.test(entry.error.message));
    expect(storageErrors).toHaveLength(1);
    expect([...store.getState().messages.values()].map((m) => m.text)).toEqual(['one', 'two']);

    const storage = memoryStorage();
    const alice = await tab(storage, createFakeAdapter('alice'));
    alice.adapter.sendMessage.mockRejectedValueOnce(new ChatError(ErrorCode.NETWORK, 'offline'));
    await alice.store.actions.sendMessage('GROUPteam', 'alice wrote');
    const me = await tab(storage);
    expect(me.store.getState().messages.size).toBe(0);
  });
});
