import { ChatError, ErrorCode, type ChatAdapter, type Message } from '../src/core';
import { createChatStore, memoryStorage, type ChatStore, type OutboxStorage } from '../src/core/store';
import { createMockAdapter, type MockAdapter } from '../src/mock';
import type { MockBackend } from '../src/mock/backend';
import { messageKey } from '../src/react/components/message-days';
import { buildBackend } from './support/mock-backend';

/**
 * Issue 15, finding 2: a clientID is the sender's idempotency key and nothing more. A retry
 * after a lost reply, a reload, or a peer who sends someone else's ID as its clientID never
 * leaves two rows for one message or replaces another's row.
 */

const CONVERSATION = 'GROUPteam';

async function open(adapter: ChatAdapter, storage: OutboxStorage = memoryStorage()): Promise<ChatStore & { stop: () => void }> {
  const store = createChatStore(adapter, { storage, random: () => 0.5 });
  const stop = store.actions.start();
  await vi.waitFor(() => expect(store.getState().session).toBe('ready'));
  await store.actions.openConversation(CONVERSATION);
  return Object.assign(store, { stop });
}

const rows = (store: ChatStore): Message[] => {
  const state = store.getState();
  return (state.conversations.get(CONVERSATION)?.messageIDs ?? []).map((id) => state.messages.get(id)!);
};

function serverTexts(backend: MockBackend): string[] {
  return backend.getMessageHistory('bob', { conversationID: CONVERSATION, count: 100 }).messages.map((m) => m.text);
}

/** Applies a send on the backend, then loses its reply. */
function losingReplies(adapter: MockAdapter): MockAdapter & { lose: boolean } {
  const wrapped = Object.assign(Object.create(adapter) as MockAdapter, { lose: true });
  wrapped.sendMessage = async (input) => {
    const sent = await adapter.sendMessage(input);
    if (wrapped.lose) throw new ChatError(ErrorCode.TIMEOUT, 'Injected: the reply was lost');
    return sent;
  };
  return wrapped;
}

describe('client IDs', () => {
  it('a peer using another message ID as its clientID neither replaces that row nor collides with its key', async () => {
    const backend = buildBackend();
    const first = backend.sendMessage('alice', { conversationID: CONVERSATION, text: 'original', needReadReceipt: false });
    const bob = await open(createMockAdapter(backend, 'bob'));
    backend.sendMessage('carol', { conversationID: CONVERSATION, text: 'forged', needReadReceipt: false, clientID: first.messageID });
    await vi.waitFor(() => expect(rows(bob)).toHaveLength(2));
    expect(rows(bob).map((m) => m.text)).toEqual(['original', 'forged']);
    expect(new Set(rows(bob).map(messageKey)).size).toBe(2);
  });

  it('a peer using my pending clientID leaves my sending bubble alone', async () => {
    const backend = buildBackend();
    const adapter = createMockAdapter(backend, 'bob');
    // Bob's send waits until carol's message is in.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const send = adapter.sendMessage.bind(adapter);
    adapter.sendMessage = async (input) => {
      await held;
      return send(input);
    };
    const bob = await open(adapter);
    const sending = bob.actions.sendMessage(CONVERSATION, 'mine');
    const [local] = rows(bob);
    expect(local?.status).toBe('sending');
    backend.sendMessage('carol', { conversationID: CONVERSATION, text: 'forged', needReadReceipt: false, clientID: local!.messageID });
    await vi.waitFor(() => expect(rows(bob).map((m) => m.text)).toContain('forged'));
    expect(rows(bob).find((m) => m.text === 'mine')?.status).toBe('sending');
    release();
    await sending;
    expect(rows(bob).map((m) => [m.text, m.status])).toEqual([
      ['forged', 'sent'],
      ['mine', 'sent'],
    ]);
  });

  it('Retry after a lost reply leaves one message on the server and one row', async () => {
    const backend = buildBackend();
    const adapter = losingReplies(createMockAdapter(backend, 'bob'));
    const bob = await open(adapter);
    const failed = await bob.actions.sendMessage(CONVERSATION, 'once');
    expect(failed?.status).toBe('failed');
    adapter.lose = false;
    await bob.actions.retry(failed!.messageID);
    await vi.waitFor(() => expect(rows(bob).map((m) => [m.text, m.status])).toEqual([['once', 'sent']]));
    expect(serverTexts(backend)).toEqual(['once']);
  });

  it('after a reload, the failed copy and the server copy of one send are one row', async () => {
    const backend = buildBackend();
    const storage = memoryStorage();
    const first = await open(losingReplies(createMockAdapter(backend, 'bob')), storage);
    expect((await first.actions.sendMessage(CONVERSATION, 'reached the server'))?.status).toBe('failed');
    first.stop();
    const second = await open(createMockAdapter(backend, 'bob'), storage);
    await vi.waitFor(() => expect(rows(second).map((m) => [m.text, m.status])).toEqual([['reached the server', 'sent']]));
    expect(serverTexts(backend)).toEqual(['reached the server']);
  });

  it('two server copies of one own send (a backend that does not deduplicate) show as one row', async () => {
    const backend = buildBackend();
    const adapter = createMockAdapter(backend, 'bob');
    const bob = await open(adapter);
    const sent = await bob.actions.sendMessage(CONVERSATION, 'twice');
    const copy = { ...sent!, messageID: `${sent!.messageID}-copy`, seq: sent!.seq + 1 };
    const history = adapter.getMessageHistory.bind(adapter);
    adapter.getMessageHistory = async (query) => {
      const page = await history(query);
      return { ...page, messages: [...page.messages, copy] };
    };
    adapter.disconnect();
    adapter.reconnect();
    await vi.waitFor(() => expect(bob.getState().resync).toBe('ready'));
    expect(rows(bob).map((m) => m.messageID)).toEqual([sent!.messageID]);
  });
});
