import { createChatStore, type ChatStore, type ChatStoreOptions } from '../src/core/store';
import { createMockAdapter, type MockAdapter } from '../src/mock';
import type { MockBackend } from '../src/mock/backend';
import { buildBackend } from './support/mock-backend';

/**
 * Issue 15, finding 1: a reader offline while others send must see every message after the
 * reconnect, in order, with older pages still reachable, and no silent hole when the gap is
 * too long to fill at once. Real mock backend and adapter; only the store's paging differs.
 */

const CONVERSATION = 'GROUPteam';

function serverIDs(backend: MockBackend, userID = 'bob'): string[] {
  const ids: string[] = [];
  let cursor = '';
  for (;;) {
    const page = backend.getMessageHistory(userID, { conversationID: CONVERSATION, cursor, count: 100 });
    ids.unshift(...page.messages.map((m) => m.messageID));
    if (page.isFinished) return ids;
    cursor = page.nextCursor;
  }
}

const shownIDs = (store: ChatStore) => [...(store.getState().conversations.get(CONVERSATION)?.messageIDs ?? [])];
const conversation = (store: ChatStore) => store.getState().conversations.get(CONVERSATION)!;

async function reader(backend: MockBackend, options: ChatStoreOptions = {}): Promise<{ store: ChatStore; adapter: MockAdapter }> {
  const adapter = createMockAdapter(backend, 'bob', { latency: { min: 0, max: 0 } });
  const store = createChatStore(adapter, { historyPageSize: 20, random: () => 0.5, ...options });
  store.actions.start();
  await vi.waitFor(() => expect(store.getState().session).toBe('ready'));
  await store.actions.openConversation(CONVERSATION);
  return { store, adapter };
}

function send(backend: MockBackend, count: number, from = 'alice'): string[] {
  return Array.from({ length: count }, (_, i) => backend.sendMessage(from, { conversationID: CONVERSATION, text: `m${i}`, needReadReceipt: true }).messageID);
}

async function settle(store: ChatStore): Promise<void> {
  await vi.waitFor(() => expect(store.getState().resync).toBe('ready'));
}

describe('a reconnect repairs history', () => {
  it('shows all 25 messages sent while the reader was offline, with a page size of 20', async () => {
    const backend = buildBackend();
    send(backend, 30);
    const { store, adapter } = await reader(backend);
    expect(shownIDs(store)).toEqual(serverIDs(backend).slice(-20));
    adapter.disconnect();
    send(backend, 25);
    adapter.reconnect();
    await settle(store);
    // The newest 45 without a hole: the 20 it had and the 25 it missed.
    expect(shownIDs(store)).toEqual(serverIDs(backend).slice(-45));
    expect(conversation(store).gaps).toEqual([]);
    // Older pages still start where they left off, before the gap.
    expect(conversation(store).hasMore).toBe(true);
    await store.actions.loadMore(CONVERSATION);
    expect(shownIDs(store)).toEqual(serverIDs(backend));
    expect(conversation(store).hasMore).toBe(false);
  });

  it('pulls the missed messages even while an older page was loading when the connection came back', async () => {
    const backend = buildBackend();
    send(backend, 45);
    const { store, adapter } = await reader(backend, { historyPageSize: 20 });
    // The older page's reply is held until after the reconnect.
    let release: () => void = () => {};
    let answered: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const olderAnswered = new Promise<void>((resolve) => (answered = resolve));
    const fetchPage = adapter.getMessageHistory.bind(adapter);
    adapter.getMessageHistory = async (query) => {
      const page = await fetchPage(query);
      if (query.cursor) {
        answered();
        await held;
      }
      return page;
    };
    const older = store.actions.loadMore(CONVERSATION);
    await olderAnswered;
    adapter.disconnect();
    send(backend, 5, 'carol');
    adapter.reconnect();
    await vi.waitFor(() => expect(store.getState().resync).toBe('loading'));
    release();
    await older;
    await settle(store);
    expect(shownIDs(store)).toEqual(serverIDs(backend).slice(-45));
  });

  it('finds messages lost while connected (a dropped push) on the next reconnect', async () => {
    const backend = buildBackend();
    send(backend, 5);
    const { store, adapter } = await reader(backend);
    adapter.setFaults({ events: { dropRate: 1 } });
    send(backend, 50);
    adapter.setFaults({ events: { dropRate: 0 } });
    expect(shownIDs(store)).toHaveLength(5);
    adapter.disconnect();
    adapter.reconnect();
    await settle(store);
    expect(shownIDs(store)).toEqual(serverIDs(backend));
  });

  it('marks a gap longer than the page bound instead of leaving a silent hole, and fills it on request', async () => {
    const backend = buildBackend();
    send(backend, 10);
    const { store, adapter } = await reader(backend, { historyPageSize: 5, gapPageLimit: 3 });
    const before = shownIDs(store);
    adapter.disconnect();
    send(backend, 22);
    adapter.reconnect();
    await settle(store);
    const all = serverIDs(backend);
    // Three pages of five were fetched: the newest 15 and the 5 it had, with a marked gap between.
    expect(shownIDs(store)).toEqual([...before, ...all.slice(-15)]);
    const [gap] = conversation(store).gaps;
    expect(gap).toMatchObject({ beforeMessageID: all[all.length - 15], status: 'idle' });
    await store.actions.loadGap(CONVERSATION, gap!.gapID);
    // One more page: still not there, the marker moves up to the oldest message filled.
    expect(conversation(store).gaps).toEqual([expect.objectContaining({ beforeMessageID: all[all.length - 20], status: 'idle' })]);
    await store.actions.loadGap(CONVERSATION, gap!.gapID);
    expect(conversation(store).gaps).toEqual([]);
    expect(shownIDs(store)).toEqual(all.slice(-27));
  });

  it('loads a conversation whose first page failed once the connection is back', async () => {
    const backend = buildBackend();
    send(backend, 3);
    const adapter = createMockAdapter(backend, 'bob', { latency: { min: 0, max: 0 } });
    const store = createChatStore(adapter, { random: () => 0.5 });
    store.actions.start();
    await vi.waitFor(() => expect(store.getState().session).toBe('ready'));
    adapter.setFaults({ errorRate: { getMessageHistory: 1 } });
    await store.actions.openConversation(CONVERSATION);
    expect(conversation(store).status).toBe('error');
    adapter.setFaults({ errorRate: { getMessageHistory: 0 } });
    adapter.disconnect();
    adapter.reconnect();
    await settle(store);
    expect(conversation(store).status).toBe('ready');
    expect(shownIDs(store)).toEqual(serverIDs(backend));
  });

  it('pulls the receipts of own messages it filled in', async () => {
    const backend = buildBackend();
    const adapter = createMockAdapter(backend, 'alice', { latency: { min: 0, max: 0 } });
    const store = createChatStore(adapter, { historyPageSize: 5, random: () => 0.5 });
    store.actions.start();
    await vi.waitFor(() => expect(store.getState().session).toBe('ready'));
    await store.actions.openConversation(CONVERSATION);
    adapter.disconnect();
    // Sent from alice's other device while this tab was offline, then read by bob.
    const ids = send(backend, 8, 'alice');
    backend.sendMessageReadReceipts('bob', ids);
    adapter.reconnect();
    await settle(store);
    expect(ids.map((id) => store.getState().receipts.get(id))).toEqual(ids.map(() => expect.objectContaining({ readCount: 1 })));
  });
});
