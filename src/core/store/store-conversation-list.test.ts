import { describe, expect, it, vi } from 'vitest';
import { ErrorCode } from '../errors';
import { createMockAdapter } from '../../mock';
import type { ConversationSummary } from '../types';
import { buildBackend } from '../../../test/support/mock-backend';
import { createFakeAdapter, settle } from '../../../test/support/fake-adapter';
import { createChatStore } from './create-chat-store';
import { immediateUpdates } from './scheduler';
import type { ChatStore } from './types';

const row = (overrides: Partial<ConversationSummary> = {}): ConversationSummary => ({
  conversationID: 'GROUPteam',
  type: 'group',
  name: 'Team',
  unreadCount: 0,
  muted: false,
  ...overrides,
});

async function mockStore(userID: string) {
  // A clock that ticks per message, so "newest first" is never a tie broken by ID.
  let now = 1_700_000_000_000;
  const backend = buildBackend({ clock: () => (now += 1000) });
  const adapter = createMockAdapter(backend, userID);
  const store = createChatStore(adapter, { scheduler: immediateUpdates });
  store.actions.start();
  await vi.waitFor(() => expect(store.getState().userID).toBe(userID));
  return { backend, adapter, store };
}

const names = (store: ChatStore) => store.getState().conversationList.ids;
const rowOf = (store: ChatStore, id: string) => store.getState().conversationList.rows.get(id);

describe('the conversation list in the store (mock backend)', () => {
  it('loads the list, then keeps it and the total live from the adapter’s feed', async () => {
    const { backend, store } = await mockStore('bob');
    await store.actions.loadConversations();
    await store.actions.loadTotalUnread();
    expect(store.getState().conversationList.status).toBe('ready');
    expect(store.getState().totalUnread).toBe(0);
    backend.sendMessage('alice', { conversationID: 'C2Cbob', text: 'ping', needReadReceipt: false });
    backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'news', needReadReceipt: true });
    await vi.waitFor(() => expect(store.getState().totalUnread).toBe(2));
    // Newest activity first: the group's message came last.
    expect(names(store).slice(0, 2)).toEqual(['GROUPteam', 'C2Calice']);
    expect(rowOf(store, 'GROUPteam')).toMatchObject({ unreadCount: 1, lastMessage: { text: 'news', senderID: 'alice' } });
  });

  it('reading a conversation zeroes its count and the total at once, and tells the backend', async () => {
    const { backend, adapter, store } = await mockStore('bob');
    const mark = vi.spyOn(adapter, 'markConversationRead');
    await store.actions.loadConversations();
    await store.actions.loadTotalUnread();
    backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'a', needReadReceipt: false });
    backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'b', needReadReceipt: false });
    await vi.waitFor(() => expect(store.getState().totalUnread).toBe(2));
    const reading = store.actions.readConversation('GROUPteam');
    expect(rowOf(store, 'GROUPteam')?.unreadCount).toBe(0);
    expect(store.getState().totalUnread).toBe(0);
    await reading;
    expect(mark).toHaveBeenCalledWith('GROUPteam');
    expect((await adapter.getConversation('GROUPteam')).unreadCount).toBe(0);
  });

  it('with read receipts off, reads a 1:1 chat on this device only: telling the backend would tell the peer', async () => {
    const { backend, adapter, store } = await mockStore('bob');
    const peerMarks: unknown[] = [];
    backend.connect('alice', (event) => {
      if (event.type === 'c2cRead') peerMarks.push(event);
    });
    const mark = vi.spyOn(adapter, 'markConversationRead');
    store.actions.setPrivacy({ sendReceipts: false });
    await store.actions.loadConversations();
    await store.actions.loadTotalUnread();
    backend.sendMessage('alice', { conversationID: 'C2Cbob', text: 'are you there?', needReadReceipt: false });
    backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'team news', needReadReceipt: false });
    await vi.waitFor(() => expect(store.getState().totalUnread).toBe(2));
    await store.actions.readConversation('C2Calice');
    expect(rowOf(store, 'C2Calice')?.unreadCount).toBe(0);
    expect(store.getState().totalUnread).toBe(1);
    expect(mark).not.toHaveBeenCalled();
    expect(peerMarks).toEqual([]);
    // A group's count is the user's own business: it is cleared on the backend as usual.
    await store.actions.readConversation('GROUPteam');
    expect(mark).toHaveBeenCalledWith('GROUPteam');
  });

  it('pages through thousands of conversations without listing one twice', async () => {
    const users = Array.from({ length: 240 }, (_, i) => ({ userID: `u${i}` }));
    const backend = buildBackend({ users: [...users, { userID: 'me' }], groups: [] });
    for (const { userID } of users) backend.sendMessage(userID, { conversationID: 'C2Cme', text: `from ${userID}`, needReadReceipt: false });
    const store = createChatStore(createMockAdapter(backend, 'me'), { scheduler: immediateUpdates });
    store.actions.start();
    await store.actions.loadConversations();
    while (store.getState().conversationList.hasMore) await store.actions.loadMoreConversations();
    expect(names(store)).toHaveLength(240);
    expect(new Set(names(store)).size).toBe(240);
    const times = names(store).map((id) => rowOf(store, id)?.lastMessage?.time ?? 0);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe('the conversation list in the store (refusals and bad payloads)', () => {
  async function fakeStore() {
    const adapter = Object.assign(createFakeAdapter('me'), {
      getConversationList: vi.fn(async () => ({ conversations: [row({ unreadCount: 3 })], nextSeq: '', isFinished: true })),
      getTotalUnreadMessageCount: vi.fn(async () => 3),
      markConversationRead: vi.fn(async () => undefined),
    });
    const store = createChatStore(adapter, { scheduler: immediateUpdates });
    store.actions.start();
    await settle();
    return { adapter, store };
  }

  it('puts the count back and reports the error when marking read fails', async () => {
    const { adapter, store } = await fakeStore();
    await store.actions.loadConversations();
    await store.actions.loadTotalUnread();
    adapter.markConversationRead.mockRejectedValueOnce(Object.assign(new Error('down'), { code: ErrorCode.NETWORK }));
    await store.actions.readConversation('GROUPteam');
    expect(rowOf(store, 'GROUPteam')?.unreadCount).toBe(3);
    expect(store.getState().totalUnread).toBe(3);
    expect(store.getState().errors).toHaveLength(1);
  });

  it('keeps the good rows of a pushed batch and reports the bad one, __proto__ included as an ID', async () => {
    const { adapter, store } = await fakeStore();
    await store.actions.loadConversations();
    adapter.emit({
      type: 'conversations',
      conversations: [row({ conversationID: 'GROUP__proto__', name: 'Proto' }), { ...row({ conversationID: 'C2Cbob', type: 'c2c' }), unreadCount: -1 } as never],
    });
    expect(rowOf(store, 'GROUP__proto__')?.name).toBe('Proto');
    expect(rowOf(store, 'C2Cbob')).toBeUndefined();
    expect(rowOf(store, 'GROUPteam')?.unreadCount).toBe(3);
    expect(store.getState().errors.map((e) => e.error.code)).toEqual([ErrorCode.MALFORMED_PAYLOAD]);
    expect(store.getState().errors[0]?.error.message).toMatch(/unreadCount must be a non-negative integer/);
  });

  it('refuses a malformed page and a malformed total with a clear error, keeping what it had', async () => {
    const { adapter, store } = await fakeStore();
    await store.actions.loadTotalUnread();
    adapter.getConversationList.mockResolvedValueOnce({ conversations: 'x', nextSeq: '', isFinished: true } as never);
    await store.actions.loadConversations();
    expect(store.getState().conversationList).toMatchObject({ status: 'error', ids: [] });
    expect(store.getState().conversationList.error?.message).toMatch(/conversations must be an array/);
    adapter.emit({ type: 'unreadTotal', totalUnreadCount: Number.NaN });
    expect(store.getState().totalUnread).toBe(3);
    await store.actions.loadConversations();
    expect(store.getState().conversationList.status).toBe('ready');
  });

  it('says clearly that an adapter without the feature has no conversation list', async () => {
    const store = createChatStore(createFakeAdapter('me'), { scheduler: immediateUpdates });
    store.actions.start();
    await settle();
    await store.actions.loadConversations();
    expect(store.getState().conversationList.error?.message).toMatch(/no getConversationList/);
  });
});
