import { ChatError, ErrorCode } from '../errors';
import { createChatStore } from './create-chat-store';
import { immediateUpdates } from './scheduler';
import type { ErrorEntry } from './types';
import { createFakeAdapter, settle } from '../../../test/support/fake-adapter';

// Issue 18, finding 6: a failing history call or login reached nobody but `useErrors()`.
describe('the onError option', () => {
  it('hears a failed login once, with the entry the state holds', async () => {
    const adapter = createFakeAdapter();
    adapter.login.mockRejectedValueOnce(new ChatError(ErrorCode.NO_PERMISSION, 'refused'));
    const heard: ErrorEntry[] = [];
    const store = createChatStore(adapter, { scheduler: immediateUpdates, onError: (entry) => heard.push(entry) });
    store.actions.start();
    await settle();
    expect(heard.map((entry) => entry.error.code)).toEqual([ErrorCode.NO_PERMISSION]);
    expect(store.getState().errors).toEqual(heard);
  });

  it('hears a failed history page, and the next failure as a new entry', async () => {
    const adapter = createFakeAdapter();
    adapter.getMessageHistory.mockRejectedValue(new ChatError(ErrorCode.NETWORK, 'offline'));
    const onError = vi.fn();
    const store = createChatStore(adapter, { scheduler: immediateUpdates, onError });
    store.actions.start();
    await settle();
    await store.actions.openConversation('GROUPteam');
    await store.actions.openConversation('GROUPteam');
    expect(onError).toHaveBeenCalledTimes(2);
    const [first, second] = onError.mock.calls.map(([entry]) => entry as ErrorEntry);
    expect(first?.error.code).toBe(ErrorCode.NETWORK);
    expect(second?.id).toBeGreaterThan(first?.id ?? Infinity);
  });

  it('hears every error of a batch, even those past errorLimit', async () => {
    const adapter = createFakeAdapter();
    const onError = vi.fn();
    const store = createChatStore(adapter, { scheduler: immediateUpdates, errorLimit: 2, onError });
    store.actions.start();
    await settle();
    const bad = Array.from({ length: 5 }, (_, i) => ({ kind: 'group', messageID: `m${i}`, groupID: 'team', readCount: -1, unreadCount: 1 }));
    adapter.emit({ type: 'receipts', receipts: bad as never });
    await settle();
    expect(store.getState().errors).toHaveLength(2);
    expect(onError).toHaveBeenCalledTimes(5);
  });

  it('keeps the store working when the listener throws, and rethrows outside it', async () => {
    vi.useFakeTimers();
    const adapter = createFakeAdapter();
    adapter.getMessageHistory.mockRejectedValueOnce(new ChatError(ErrorCode.NETWORK, 'offline'));
    const store = createChatStore(adapter, {
      scheduler: immediateUpdates,
      onError: () => {
        throw new Error('app bug');
      },
    });
    store.actions.start();
    await vi.advanceTimersByTimeAsync(0);
    await store.actions.openConversation('GROUPteam');
    expect(store.getState().conversations.get('GROUPteam')?.status).toBe('error');
    expect(() => vi.runOnlyPendingTimers()).toThrow('app bug');
    await store.actions.openConversation('GROUPteam');
    expect(store.getState().conversations.get('GROUPteam')?.status).toBe('ready');
    vi.useRealTimers();
  });
});
