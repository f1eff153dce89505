import { ChatError, ErrorCode } from '../errors';
import type { Message } from '../types';
import { createChatStore } from './create-chat-store';
import { buildMessage } from '../../../test/support/builders';
import { createFakeAdapter, settle } from '../../../test/support/fake-adapter';
import type { ChatStoreOptions } from './types';

async function started(options: ChatStoreOptions = {}) {
  const adapter = createFakeAdapter();
  const store = createChatStore(adapter, { random: () => 0.5, ...options });
  const dispose = store.actions.start();
  await settle();
  return { adapter, store, dispose };
}

function incoming(count: number, overrides: Partial<Message> = {}): Message[] {
  return Array.from({ length: count }, () => buildMessage({ senderID: 'alice', ...overrides }));
}

function sentIDs(adapter: ReturnType<typeof createFakeAdapter>): string[][] {
  return adapter.sendMessageReadReceipts.mock.calls.map((call) => call[0] as string[]);
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('receipt outbox', () => {
  it('sends only incoming, sent messages that asked for a receipt, each once', async () => {
    const { adapter, store } = await started();
    const wanted = incoming(2);
    const own = buildMessage({ senderID: 'me' });
    const noReceipt = buildMessage({ senderID: 'alice', needReadReceipt: false });
    adapter.emit({ type: 'messages', messages: [...wanted, own, noReceipt] });
    const ids = [...wanted, own, noReceipt].map((m) => m.messageID);
    store.actions.reportRead(ids);
    store.actions.reportRead(ids);
    await vi.advanceTimersByTimeAsync(2000);
    store.actions.reportRead(ids);
    await vi.advanceTimersByTimeAsync(2000);
    expect(sentIDs(adapter)).toEqual([wanted.map((m) => m.messageID)]);
  });

  it('batches at most 30 IDs per call and one call per 500 ms per conversation (no receipt storm)', async () => {
    const { adapter, store } = await started();
    const messages = incoming(70);
    const other = incoming(3, { conversationID: 'GROUPg2' });
    adapter.emit({ type: 'messages', messages: [...messages, ...other] });
    for (const message of [...messages, ...other]) store.actions.reportRead([message.messageID]);
    await vi.advanceTimersByTimeAsync(0);
    expect(sentIDs(adapter).map((ids) => ids.length)).toEqual([30, 3]);
    await vi.advanceTimersByTimeAsync(499);
    expect(adapter.sendMessageReadReceipts).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sentIDs(adapter).map((ids) => ids.length)).toEqual([30, 3, 30]);
    await vi.advanceTimersByTimeAsync(500);
    expect(sentIDs(adapter).map((ids) => ids.length)).toEqual([30, 3, 30, 10]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(adapter.sendMessageReadReceipts).toHaveBeenCalledTimes(4);
    expect(new Set(sentIDs(adapter).flat()).size).toBe(73);
    expect(store.getState().outbox.size).toBe(0);
  });

  it('honours a configured batch size and interval', async () => {
    const { adapter, store } = await started({ receiptBatchSize: 5, receiptIntervalMs: 100 });
    const messages = incoming(12);
    adapter.emit({ type: 'messages', messages });
    store.actions.reportRead(messages.map((m) => m.messageID));
    await vi.advanceTimersByTimeAsync(250);
    expect(sentIDs(adapter).map((ids) => ids.length)).toEqual([5, 5, 2]);
  });

  it('never makes an empty call', async () => {
    const { adapter, store } = await started();
    store.actions.reportRead([]);
    store.actions.reportRead(['unknown']);
    await vi.advanceTimersByTimeAsync(5000);
    expect(adapter.sendMessageReadReceipts).not.toHaveBeenCalled();
  });

  it('keeps reads made offline and flushes them once on reconnect', async () => {
    const { adapter, store } = await started();
    const messages = incoming(4);
    adapter.emit({ type: 'messages', messages });
    adapter.emit({ type: 'connection', state: 'disconnected' });
    store.actions.reportRead(messages.map((m) => m.messageID));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(adapter.sendMessageReadReceipts).not.toHaveBeenCalled();
    expect(store.getState().outbox.get('GROUPteam')).toHaveLength(4);
    adapter.emit({ type: 'connection', state: 'connecting' });
    adapter.emit({ type: 'connection', state: 'connected' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sentIDs(adapter)).toEqual([messages.map((m) => m.messageID)]);
    expect(store.getState().outbox.size).toBe(0);
  });

  it('retries a transient error with growing backoff and loses nothing', async () => {
    const { adapter, store } = await started({ retryBaseMs: 1000 });
    adapter.sendMessageReadReceipts
      .mockRejectedValueOnce(new ChatError(ErrorCode.NETWORK, 'offline'))
      .mockRejectedValueOnce(new ChatError(ErrorCode.TIMEOUT, 'slow'));
    const messages = incoming(2);
    adapter.emit({ type: 'messages', messages });
    store.actions.reportRead(messages.map((m) => m.messageID));
    await vi.advanceTimersByTimeAsync(0);
    expect(adapter.sendMessageReadReceipts).toHaveBeenCalledTimes(1);
    // random 0.5 -> 75% of the nominal delay: 750 ms, then 1500 ms.
    await vi.advanceTimersByTimeAsync(749);
    expect(adapter.sendMessageReadReceipts).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(adapter.sendMessageReadReceipts).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1499);
    expect(adapter.sendMessageReadReceipts).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(adapter.sendMessageReadReceipts).toHaveBeenCalledTimes(3);
    expect(sentIDs(adapter)[2]).toEqual(messages.map((m) => m.messageID));
    expect(store.getState().errors).toHaveLength(0);
  });

  it('backs off longer after RATE_LIMITED', async () => {
    const { adapter, store } = await started({ retryBaseMs: 1000, rateLimitBaseMs: 8000 });
    adapter.sendMessageReadReceipts.mockRejectedValueOnce(new ChatError(ErrorCode.RATE_LIMITED, 'slow down'));
    const messages = incoming(1);
    adapter.emit({ type: 'messages', messages });
    store.actions.reportRead([messages[0]!.messageID]);
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(5999);
    expect(adapter.sendMessageReadReceipts).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(adapter.sendMessageReadReceipts).toHaveBeenCalledTimes(2);
  });

  it('drops a single refused receipt, reports it once, and never sends it again', async () => {
    const { adapter, store } = await started();
    adapter.sendMessageReadReceipts.mockRejectedValueOnce(new ChatError(ErrorCode.NO_PERMISSION, 'no'));
    const [message] = incoming(1);
    adapter.emit({ type: 'messages', messages: [message!] });
    store.actions.reportRead([message!.messageID]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(adapter.sendMessageReadReceipts).toHaveBeenCalledTimes(1);
    expect(store.getState().errors.map((entry) => entry.error.code)).toEqual([ErrorCode.NO_PERMISSION]);
    expect(store.getState().outbox.size).toBe(0);
    store.actions.reportRead([message!.messageID]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(adapter.sendMessageReadReceipts).toHaveBeenCalledTimes(1);
  });

  it('sends every receipt of a refused batch whose halves the backend accepts (one refusal loses nothing)', async () => {
    const { adapter, store } = await started();
    adapter.sendMessageReadReceipts.mockRejectedValueOnce(new ChatError(ErrorCode.NO_PERMISSION, 'no'));
    const messages = incoming(3);
    adapter.emit({ type: 'messages', messages });
    store.actions.reportRead(messages.map((m) => m.messageID));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sentIDs(adapter).slice(1).flat().sort()).toEqual(messages.map((m) => m.messageID).sort());
    expect(store.getState().errors).toEqual([]);
    expect(store.getState().outbox.size).toBe(0);
  });

  it('does not report reads when sendReceipts is off, and drops what was queued', async () => {
    const { adapter, store } = await started();
    const messages = incoming(2);
    adapter.emit({ type: 'messages', messages });
    adapter.emit({ type: 'connection', state: 'disconnected' });
    store.actions.reportRead([messages[0]!.messageID]);
    store.actions.setPrivacy({ sendReceipts: false });
    store.actions.reportRead([messages[1]!.messageID]);
    adapter.emit({ type: 'connection', state: 'connected' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(adapter.sendMessageReadReceipts).not.toHaveBeenCalled();
    expect(store.getState().sendReceipts).toBe(false);
  });

  it('keeps the outbox across a dispose and restart (StrictMode) without sending twice', async () => {
    const { adapter, store, dispose } = await started();
    const messages = incoming(2);
    adapter.emit({ type: 'messages', messages });
    store.actions.reportRead(messages.map((m) => m.messageID));
    dispose();
    store.actions.start();
    store.actions.reportRead(messages.map((m) => m.messageID));
    await vi.advanceTimersByTimeAsync(5000);
    expect(sentIDs(adapter)).toEqual([messages.map((m) => m.messageID)]);
    expect(adapter.login).toHaveBeenCalledTimes(1);
    expect(adapter.listenerCount()).toBe(1);
  });
});

describe('marking 1:1 chats read', () => {
  it('marks a 1:1 chat read when new incoming messages are seen, throttled', async () => {
    const { adapter, store } = await started({ c2cReadIntervalMs: 1000 });
    const first = buildMessage({ conversationID: 'C2Cbob', senderID: 'bob', time: 10, needReadReceipt: false });
    const second = buildMessage({ conversationID: 'C2Cbob', senderID: 'bob', time: 20, needReadReceipt: false });
    adapter.emit({ type: 'messages', messages: [first] });
    store.actions.reportRead([first.messageID]);
    await vi.advanceTimersByTimeAsync(0);
    expect(adapter.markC2CMessageAsRead.mock.calls).toEqual([['bob']]);
    adapter.emit({ type: 'messages', messages: [second] });
    store.actions.reportRead([first.messageID]);
    store.actions.reportRead([second.messageID]);
    await vi.advanceTimersByTimeAsync(999);
    expect(adapter.markC2CMessageAsRead).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(adapter.markC2CMessageAsRead).toHaveBeenCalledTimes(2);
    store.actions.reportRead([second.messageID]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(adapter.markC2CMessageAsRead).toHaveBeenCalledTimes(2);
    expect(adapter.sendMessageReadReceipts).not.toHaveBeenCalled();
  });
});

describe('a batch the backend refuses', () => {
  it('is narrowed down to the refused ID: the other 29 are still sent, and the refusal reported once', async () => {
    const { adapter, store } = await started();
    const messages = incoming(30);
    const bad = messages[17]!.messageID;
    adapter.sendMessageReadReceipts.mockImplementation(async (ids: string[]) => {
      if (ids.includes(bad)) throw new ChatError(ErrorCode.INVALID_PARAMETER, `bad ID ${bad}`);
    });
    adapter.emit({ type: 'messages', messages });
    store.actions.reportRead(messages.map((m) => m.messageID));
    await vi.advanceTimersByTimeAsync(30_000);
    const delivered = new Set(sentIDs(adapter).filter((ids) => !ids.includes(bad)).flat());
    expect(delivered.size).toBe(29);
    expect(delivered.has(bad)).toBe(false);
    expect(store.getState().errors.map((entry) => entry.error.message)).toEqual([`bad ID ${bad}`]);
    expect(store.getState().outbox.size).toBe(0);
    // Single IDs are tried once each at most: log2(30) rounds of halves, not 30 calls.
    expect(adapter.sendMessageReadReceipts.mock.calls.length).toBeLessThanOrEqual(11);
  });
});
