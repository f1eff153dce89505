import { ChatError, ErrorCode } from '../errors';
import { createChatStore } from './create-chat-store';
import type { ChatState } from './types';
import { conversationMessagesSelector, selectReceipt } from './selectors';

const messagesOf = (state: ChatState, conversationID: string) => conversationMessagesSelector(conversationID)(state);
import { buildMessage, groupReceipt } from '../../../test/support/builders';
import { createFakeAdapter, settle, startedStore } from '../../../test/support/fake-adapter';

const started = startedStore;

describe('session', () => {
  it('logs in once, subscribes once and reports connected', async () => {
    const { adapter, store } = await started();
    store.actions.start();
    expect(adapter.login).toHaveBeenCalledTimes(1);
    expect(adapter.listenerCount()).toBe(1);
    expect(store.getState()).toMatchObject({ userID: 'me', session: 'ready', connection: 'connected' });
  });

  it('holds events that arrive before login until it knows the current user', async () => {
    const adapter = createFakeAdapter();
    let finish: () => void = () => {};
    adapter.login.mockImplementationOnce(() => new Promise((resolve) => (finish = () => resolve({ userID: 'me' }))));
    const store = createChatStore(adapter);
    store.actions.start();
    adapter.emit({ type: 'c2cRead', userID: 'bob', timestamp: 500 });
    const own = buildMessage({ conversationID: 'C2Cbob', time: 100 });
    adapter.emit({ type: 'messages', messages: [own] });
    finish();
    await settle();
    expect(selectReceipt(store.getState(), own.messageID)).toMatchObject({ peerRead: true });
  });

  it('reports a failed login', async () => {
    const adapter = createFakeAdapter();
    adapter.login.mockRejectedValueOnce(new ChatError(ErrorCode.USER_SIG_EXPIRED, 'expired'));
    const store = createChatStore(adapter);
    store.actions.start();
    await settle();
    expect(store.getState().session).toBe('error');
    expect(store.getState().errors[0]?.error.code).toBe(ErrorCode.USER_SIG_EXPIRED);
  });
});

describe('history and resync', () => {
  it('loads pages oldest first and pulls counts of own receipt messages in batches', async () => {
    const { adapter, store } = await started({ resyncBatchSize: 2 });
    const own = [buildMessage(), buildMessage(), buildMessage()];
    const other = buildMessage({ senderID: 'alice' });
    const noReceipt = buildMessage({ needReadReceipt: false });
    adapter.history.set('GROUPteam', { messages: [...own, other, noReceipt], nextCursor: 'c1', isFinished: false });
    for (const message of own) adapter.truth.set(message.messageID, groupReceipt(message.messageID, 2, 2));
    await store.actions.openConversation('GROUPteam');
    expect(adapter.getMessageReadReceipts.mock.calls).toEqual([
      [[own[0]!.messageID, own[1]!.messageID]],
      [[own[2]!.messageID]],
    ]);
    const conversation = store.getState().conversations.get('GROUPteam');
    expect(conversation).toMatchObject({ status: 'ready', hasMore: true, cursor: 'c1' });
    expect(selectReceipt(store.getState(), own[2]!.messageID)).toMatchObject({ readCount: 2 });
  });

  it('loads an older page with the cursor and keeps seq order', async () => {
    const { adapter, store } = await started();
    const older = buildMessage({ seq: 1 });
    const newer = buildMessage({ seq: 5 });
    adapter.history.set('GROUPteam', { messages: [newer], nextCursor: 'c1', isFinished: false });
    await store.actions.openConversation('GROUPteam');
    adapter.getMessageHistory.mockResolvedValueOnce({ messages: [older], nextCursor: '', isFinished: true });
    await store.actions.loadMore('GROUPteam');
    expect(adapter.getMessageHistory).toHaveBeenLastCalledWith(expect.objectContaining({ cursor: 'c1' }));
    expect(messagesOf(store.getState(), 'GROUPteam').map((m) => m.seq)).toEqual([1, 5]);
    expect(store.getState().conversations.get('GROUPteam')?.hasMore).toBe(false);
  });

  it('shows a page error in the conversation status', async () => {
    const { adapter, store } = await started();
    adapter.getMessageHistory.mockRejectedValueOnce(new ChatError(ErrorCode.NETWORK, 'down'));
    await store.actions.openConversation('GROUPteam');
    expect(store.getState().conversations.get('GROUPteam')).toMatchObject({ status: 'error' });
  });

  it('pulls fresh counts after a reconnect (no stale counts)', async () => {
    const { adapter, store } = await started();
    const own = buildMessage();
    adapter.history.set('GROUPteam', { messages: [own], nextCursor: '', isFinished: true });
    adapter.truth.set(own.messageID, groupReceipt(own.messageID, 1, 3));
    await store.actions.openConversation('GROUPteam');
    adapter.emit({ type: 'connection', state: 'disconnected' });
    // Read while we were offline; the push was lost.
    adapter.truth.set(own.messageID, groupReceipt(own.messageID, 3, 1));
    adapter.emit({ type: 'connection', state: 'connected' });
    expect(store.getState()).toMatchObject({ resync: 'loading', resyncedAt: null });
    await settle();
    expect(selectReceipt(store.getState(), own.messageID)).toMatchObject({ readCount: 3, unreadCount: 1 });
    expect(store.getState().resync).toBe('ready');
    expect(store.getState().resyncedAt).toEqual(expect.any(Number));
  });
});

describe('sending', () => {
  it('shows a message as sending, then replaces it in place with the server copy', async () => {
    const { adapter, store } = await started();
    const sending = store.actions.sendMessage('GROUPteam', 'hi', { needReadReceipt: true });
    const [local] = messagesOf(store.getState(), 'GROUPteam');
    expect(local).toMatchObject({ status: 'sending', text: 'hi', needReadReceipt: true });
    const sent = await sending;
    expect(sent?.status).toBe('sent');
    expect(adapter.sendMessage).toHaveBeenCalledWith(expect.objectContaining({ clientID: local!.messageID }));
    expect(messagesOf(store.getState(), 'GROUPteam').map((m) => m.messageID)).toEqual([sent!.messageID]);
  });

  it('turns a failed send into failed and a retry keeps its place', async () => {
    const { adapter, store } = await started();
    adapter.sendMessage.mockRejectedValueOnce(new ChatError(ErrorCode.NETWORK, 'down'));
    const failed = await store.actions.sendMessage('GROUPteam', 'first');
    let finishSecond: () => void = () => {};
    adapter.sendMessage.mockImplementationOnce(
      () => new Promise((resolve) => (finishSecond = () => resolve(buildMessage({ text: 'second' })))),
    );
    void store.actions.sendMessage('GROUPteam', 'second');
    expect(failed?.status).toBe('failed');
    const retried = store.actions.retry(failed!.messageID);
    expect(messagesOf(store.getState(), 'GROUPteam').map((m) => [m.text, m.status])).toEqual([
      ['first', 'sending'],
      ['second', 'sending'],
    ]);
    await retried;
    finishSecond();
    await settle();
    expect(messagesOf(store.getState(), 'GROUPteam').map((m) => m.status)).toEqual(['sent', 'sent']);
    expect(store.getState().errors.map((entry) => entry.error.code)).toEqual([ErrorCode.NETWORK]);
  });
});

describe('markConversationRead', () => {
  it('reports only that conversation', async () => {
    vi.useFakeTimers();
    try {
      const { adapter, store } = await started();
      const here = buildMessage({ senderID: 'alice', conversationID: 'GROUPteam' });
      const there = buildMessage({ senderID: 'alice', conversationID: 'GROUPg2' });
      adapter.emit({ type: 'messages', messages: [here, there] });
      store.actions.markConversationRead('GROUPteam');
      await vi.advanceTimersByTimeAsync(5000);
      expect(adapter.sendMessageReadReceipts.mock.calls).toEqual([[[here.messageID]]]);
      expect(adapter.markC2CMessageAsRead).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('caches and privacy', () => {
  it('batches profile look-ups of one tick into one call and caches group info', async () => {
    const { adapter, store } = await started();
    const [a, b] = await Promise.all([store.actions.loadProfile('a'), store.actions.loadProfile('b')]);
    expect(adapter.getUserProfiles.mock.calls).toEqual([[['a', 'b']]]);
    expect([a?.nickname, b?.nickname]).toEqual(['N-a', 'N-b']);
    adapter.groups.set('crew', { groupID: 'crew', name: 'Crew', type: 'Work', memberCount: 5, receiptsEnabled: true });
    await store.actions.loadGroupInfo('crew');
    await store.actions.loadGroupInfo('crew');
    expect(adapter.getGroupInfo.mock.calls).toEqual([['crew']]);
    expect(store.queryClient.getQueryData(store.queries.groupInfo('crew').queryKey)).toMatchObject({ memberCount: 5 });
  });

  it('exposes showReceipts and lets the app change it at runtime', async () => {
    const { store } = await started({ showReceipts: false });
    expect(store.getState().showReceipts).toBe(false);
    store.actions.setPrivacy({ showReceipts: true });
    expect(store.getState().showReceipts).toBe(true);
  });
});

describe('sending where receipts are unavailable', () => {
  it('sends without asking for receipts in a group whose type has none, so the backend accepts it', async () => {
    const { adapter, store } = await started({}, []);
    adapter.groups.set('fans', { groupID: 'fans', name: 'Fans', type: 'Community', memberCount: 50, receiptsEnabled: false });
    const message = await store.actions.sendMessage('GROUPfans', 'hello fans', { needReadReceipt: true });
    expect(adapter.sendMessage).toHaveBeenCalledWith(expect.objectContaining({ conversationID: 'GROUPfans', needReadReceipt: false }));
    expect(message).toMatchObject({ status: 'sent', needReadReceipt: false });
    await store.actions.sendMessage('GROUPteam', 'hello team');
    expect(adapter.sendMessage).toHaveBeenLastCalledWith(expect.objectContaining({ conversationID: 'GROUPteam', needReadReceipt: true }));
  });
});
