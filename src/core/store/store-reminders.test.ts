import { describe, expect, it, vi } from 'vitest';
import { ErrorCode } from '../errors';
import { createMockAdapter } from '../../mock';
import { buildBackend } from '../../../test/support/mock-backend';
import { createFakeAdapter, settle } from '../../../test/support/fake-adapter';
import { createChatStore } from './create-chat-store';
import { RECEIVED_REMINDER_LIMIT } from './reminders';
import { immediateUpdates } from './scheduler';

async function world() {
  const backend = buildBackend({ remindInterval: 60_000 });
  const stores = Object.fromEntries(
    ['alice', 'bob', 'carol', 'dave'].map((userID) => {
      const adapter = createMockAdapter(backend, userID);
      const store = createChatStore(adapter, { scheduler: immediateUpdates });
      store.actions.start();
      return [userID, { adapter, store }];
    }),
  );
  for (const { store } of Object.values(stores)) await vi.waitFor(() => expect(store.getState().session).toBe('ready'));
  const sent = backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'Read the plan', needReadReceipt: true });
  backend.sendMessageReadReceipts('bob', [sent.messageID]);
  return { backend, stores: stores as Record<'alice' | 'bob' | 'carol' | 'dave', { adapter: ReturnType<typeof createMockAdapter>; store: ReturnType<typeof createChatStore> }>, messageID: sent.messageID };
}

describe('reminders in the store', () => {
  it('reminds the unread members only; each receiver’s store keeps the reminder, linked to the message', async () => {
    const { stores, messageID } = await world();
    const result = await stores.alice.store.actions.remindUnread(messageID);
    expect(result?.reminded).toBe(2);
    expect(stores.alice.store.getState().reminderSends.get(messageID)).toMatchObject({ status: 'ready', reminded: 2, nextAllowedAt: result?.nextAllowedAt });
    for (const name of ['carol', 'dave'] as const) {
      await vi.waitFor(() => expect(stores[name].store.getState().receivedReminders.get(messageID)).toMatchObject({ senderID: 'alice', conversationID: 'GROUPteam' }));
    }
    expect(stores.bob.store.getState().receivedReminders.size).toBe(0);
    expect(stores.carol.store.getState().errors).toEqual([]);
  });

  it('drops a received reminder once its message is read (also with receipts off), and keeps the others', async () => {
    const { stores, messageID, backend } = await world();
    const other = backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'And this', needReadReceipt: true });
    await stores.alice.store.actions.remindUnread(messageID);
    await stores.alice.store.actions.remindUnread(other.messageID);
    const carol = stores.carol.store;
    await vi.waitFor(() => expect(carol.getState().receivedReminders.size).toBe(2));
    await carol.actions.openConversation('GROUPteam');
    carol.actions.reportRead([messageID]);
    expect([...carol.getState().receivedReminders.keys()]).toEqual([other.messageID]);
    const dave = stores.dave.store;
    await vi.waitFor(() => expect(dave.getState().receivedReminders.size).toBe(2));
    await dave.actions.openConversation('GROUPteam');
    dave.actions.setPrivacy({ sendReceipts: false });
    dave.actions.markConversationRead('GROUPteam');
    expect(dave.getState().receivedReminders.size).toBe(0);
  });

  it('keeps the next allowed time of a refusal for the rate limit, without reporting it as an error', async () => {
    const { stores, messageID } = await world();
    const first = await stores.alice.store.actions.remindUnread(messageID);
    expect(await stores.alice.store.actions.remindUnread(messageID)).toBeUndefined();
    const send = stores.alice.store.getState().reminderSends.get(messageID);
    expect(send).toMatchObject({ status: 'error', nextAllowedAt: first?.nextAllowedAt, reminded: 2 });
    expect(send?.error?.code).toBe(ErrorCode.RATE_LIMITED);
    expect(stores.alice.store.getState().errors).toEqual([]);
  });

  it('reports a refusal for someone who is not the sender', async () => {
    const { stores, messageID } = await world();
    expect(await stores.bob.store.actions.remindUnread(messageID)).toBeUndefined();
    expect(stores.bob.store.getState().errors.map((e) => e.error.code)).toEqual([ErrorCode.NO_PERMISSION]);
    expect(stores.carol.store.getState().receivedReminders.size).toBe(0);
  });

  it('refuses a malformed reminder event clearly and keeps the good ones, bounded', async () => {
    const adapter = createFakeAdapter('me');
    const store = createChatStore(adapter, { scheduler: immediateUpdates });
    store.actions.start();
    await settle();
    adapter.emit({ type: 'reminder', reminder: { messageID: '__proto__', conversationID: 'GROUPteam', senderID: 'alice', time: 1 } });
    adapter.emit({ type: 'reminder', reminder: { messageID: 'm2', conversationID: 'GROUPteam', senderID: '', time: 1 } } as never);
    expect(store.getState().receivedReminders.get('__proto__')?.senderID).toBe('alice');
    expect(store.getState().receivedReminders.has('m2')).toBe(false);
    expect(store.getState().errors.map((e) => e.error.code)).toEqual([ErrorCode.MALFORMED_PAYLOAD]);
    for (let i = 0; i < RECEIVED_REMINDER_LIMIT + 5; i += 1) {
      adapter.emit({ type: 'reminder', reminder: { messageID: `x${i}`, conversationID: 'GROUPteam', senderID: 'alice', time: i } });
    }
    expect(store.getState().receivedReminders.size).toBe(RECEIVED_REMINDER_LIMIT);
    expect(store.getState().receivedReminders.has(`x${RECEIVED_REMINDER_LIMIT + 4}`)).toBe(true);
  });
});
