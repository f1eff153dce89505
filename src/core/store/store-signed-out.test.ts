import { vi } from 'vitest';
import { buildMessage } from '../../../test/support/builders';
import { createFakeAdapter, settle, startedStore } from '../../../test/support/fake-adapter';
import { ChatError, ErrorCode } from '../errors';
import { createChatStore } from './create-chat-store';
import { immediateUpdates } from './scheduler';

const expired = () => new ChatError(ErrorCode.USER_SIG_EXPIRED, 'userSig expired', { backendCode: 70001 });

describe('a session that ends', () => {
  it('stays signedOut with its reason whatever the link does afterwards, and keeps queued receipts', async () => {
    const { adapter, store } = await startedStore({ receiptIntervalMs: 0 });
    const incoming = buildMessage({ senderID: 'alice' });
    adapter.emit({ type: 'messages', messages: [incoming] });
    adapter.emit({ type: 'connection', state: 'signedOut', reason: expired() });
    expect(store.getState()).toMatchObject({ connection: 'signedOut', connectionError: { code: ErrorCode.USER_SIG_EXPIRED } });
    // Tencent's SDK reconnects its socket after a kick: that is not a session.
    adapter.emit({ type: 'connection', state: 'connected' });
    expect(store.getState().connection).toBe('signedOut');
    store.actions.reportRead([incoming.messageID]);
    await settle();
    expect(adapter.sendMessageReadReceipts).not.toHaveBeenCalled();
    expect(store.getState().outbox.get('GROUPteam')).toEqual([incoming.messageID]);
    expect(store.getState().errors.map((entry) => entry.error.code)).toEqual([ErrorCode.USER_SIG_EXPIRED]);
  });

  it('resumes after login with a new userSig: queued receipts go out, counts are pulled again', async () => {
    const { adapter, store } = await startedStore({ receiptIntervalMs: 0 });
    const incoming = buildMessage({ senderID: 'alice' });
    adapter.history.set('GROUPteam', { messages: [incoming], nextCursor: '', isFinished: true });
    await store.actions.openConversation('GROUPteam');
    adapter.emit({ type: 'connection', state: 'signedOut', reason: expired() });
    store.actions.reportRead([incoming.messageID]);
    await store.actions.login({ userSig: 'fresh' });
    expect(adapter.login).toHaveBeenLastCalledWith({ userSig: 'fresh' });
    expect(store.getState()).toMatchObject({ connection: 'connected', session: 'ready', connectionError: null });
    await vi.waitFor(() => expect(adapter.sendMessageReadReceipts).toHaveBeenCalledWith([incoming.messageID]));
    expect(adapter.getMessageHistory).toHaveBeenCalledTimes(2);
  });

  it('a call refused because the session is over ends it, and the refused receipts wait instead of being dropped', async () => {
    const { adapter, store } = await startedStore({ receiptIntervalMs: 0 });
    const incoming = buildMessage({ senderID: 'alice' });
    adapter.emit({ type: 'messages', messages: [incoming] });
    adapter.sendMessageReadReceipts.mockRejectedValueOnce(new ChatError(ErrorCode.KICKED_OUT, 'logged in elsewhere'));
    store.actions.reportRead([incoming.messageID]);
    await vi.waitFor(() => expect(store.getState().connection).toBe('signedOut'));
    expect(store.getState().outbox.get('GROUPteam')).toEqual([incoming.messageID]);
    await store.actions.login();
    await vi.waitFor(() => expect(adapter.sendMessageReadReceipts).toHaveBeenCalledTimes(2));
    expect(adapter.sendMessageReadReceipts).toHaveBeenLastCalledWith([incoming.messageID]);
  });

  it('a login refused as expired is signedOut too, not a plain error', async () => {
    const adapter = createFakeAdapter();
    adapter.login.mockRejectedValueOnce(expired());
    const store = createChatStore(adapter, { scheduler: immediateUpdates });
    store.actions.start();
    await settle();
    expect(store.getState()).toMatchObject({ session: 'error', connection: 'signedOut', connectionError: { backendCode: 70001 } });
  });
});

describe('a login that fails transiently', () => {
  it('is retried with backoff while connecting, and says why', async () => {
    vi.useFakeTimers();
    const adapter = createFakeAdapter();
    adapter.login.mockRejectedValueOnce(new ChatError(ErrorCode.NETWORK, 'server unreachable'));
    adapter.login.mockRejectedValueOnce(new ChatError(ErrorCode.NETWORK, 'server unreachable'));
    const store = createChatStore(adapter, { scheduler: immediateUpdates, random: () => 0.5, retryBaseMs: 1000 });
    store.actions.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState()).toMatchObject({ connection: 'connecting', connectionError: { code: ErrorCode.NETWORK } });
    // 0.75 × 1 s, then 0.75 × 2 s.
    await vi.advanceTimersByTimeAsync(749);
    expect(adapter.login).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(adapter.login).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1500);
    expect(adapter.login).toHaveBeenCalledTimes(3);
    expect(store.getState()).toMatchObject({ session: 'ready', connection: 'connected', connectionError: null });
    vi.useRealTimers();
  });

  it('stops retrying once the store is stopped', async () => {
    vi.useFakeTimers();
    const adapter = createFakeAdapter();
    adapter.login.mockRejectedValue(new ChatError(ErrorCode.TIMEOUT, 'slow'));
    const store = createChatStore(adapter, { scheduler: immediateUpdates });
    const stop = store.actions.start();
    await vi.advanceTimersByTimeAsync(0);
    stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(adapter.login).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});

describe('an error event', () => {
  it('is reported once, as the adapter gave it', async () => {
    const { adapter, store } = await startedStore();
    const refused = new ChatError(ErrorCode.FEATURE_NOT_IN_EDITION, 'no receipts in this edition');
    adapter.emit({ type: 'error', error: refused });
    adapter.emit({ type: 'error', error: 'nonsense' as never });
    expect(store.getState().errors.map((entry) => entry.error)).toEqual([refused, expect.objectContaining({ code: ErrorCode.MALFORMED_PAYLOAD })]);
  });
});

describe('renewSession', () => {
  it('logs in again with the fresh userSig the app hands over, once per expiry', async () => {
    const renewSession = vi.fn(async () => ({ userSig: 'fresh' }));
    const { adapter, store } = await startedStore({ renewSession });
    adapter.emit({ type: 'connection', state: 'signedOut', reason: expired() });
    await vi.waitFor(() => expect(store.getState().connection).toBe('connected'));
    expect(renewSession).toHaveBeenCalledWith(expect.objectContaining({ code: ErrorCode.USER_SIG_EXPIRED }));
    expect(adapter.login).toHaveBeenLastCalledWith({ userSig: 'fresh' });
    // A renewed sig refused again waits for the app instead of looping.
    adapter.login.mockRejectedValue(expired());
    adapter.emit({ type: 'connection', state: 'signedOut', reason: expired() });
    await vi.waitFor(() => expect(adapter.login).toHaveBeenCalledTimes(3));
    await settle();
    expect(adapter.login).toHaveBeenCalledTimes(3);
    expect(store.getState().connection).toBe('signedOut');
  });

  it('is not asked after a kick', async () => {
    const renewSession = vi.fn(async () => ({ userSig: 'fresh' }));
    const { adapter, store } = await startedStore({ renewSession });
    adapter.emit({ type: 'connection', state: 'signedOut', reason: new ChatError(ErrorCode.KICKED_OUT, 'elsewhere') });
    await settle();
    expect(renewSession).not.toHaveBeenCalled();
    expect(store.getState().connection).toBe('signedOut');
  });
  it('ignores a link change heard before its login succeeded: a new login is a new session', async () => {
    const adapter = createFakeAdapter();
    let answer: () => void = () => {};
    adapter.login.mockImplementationOnce(() => new Promise((resolve) => (answer = () => resolve({ userID: 'me' }))));
    const store = createChatStore(adapter, { scheduler: immediateUpdates });
    store.actions.start();
    // An old session's expiry arrives while this tab is still logging in.
    adapter.emit({ type: 'connection', state: 'signedOut', reason: expired() });
    answer();
    await settle();
    expect(store.getState()).toMatchObject({ session: 'ready', connection: 'connected', connectionError: null });
  });
});
