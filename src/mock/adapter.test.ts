import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorCode } from '../core';
import type { ChatEvent } from '../core';
import { createMockAdapter } from './adapter';
import { buildBackend } from '../../test/support/mock-backend';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

async function loggedIn(userID: string, backend = buildBackend(), options = {}) {
  const adapter = createMockAdapter(backend, userID, options);
  const events: ChatEvent[] = [];
  adapter.subscribe((e) => events.push(e));
  const login = adapter.login();
  await vi.runAllTimersAsync();
  await login;
  return { adapter, events, backend };
}

const types = (events: ChatEvent[]) => events.map((e) => e.type);

describe('createMockAdapter: latency', () => {
  it('settles a call only after the configured latency, never synchronously', async () => {
    const adapter = createMockAdapter(buildBackend(), 'alice', { latency: 100 });
    let settled = false;
    void adapter.login().then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(99);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });

  it('settles in a later macrotask even with zero latency', async () => {
    const adapter = createMockAdapter(buildBackend(), 'alice');
    let settled = false;
    void adapter.login().then(() => (settled = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.runAllTimersAsync();
    expect(settled).toBe(true);
  });

  it('delivers events later than the call that caused them', async () => {
    const backend = buildBackend();
    const bob = await loggedIn('bob', backend, { latency: 50 });
    const alice = await loggedIn('alice', backend);
    const sent = alice.adapter.sendMessage({ conversationID: 'GROUPteam', text: 'x', needReadReceipt: true });
    await vi.advanceTimersByTimeAsync(1);
    await sent;
    expect(types(bob.events)).toEqual(['connection']);
    await vi.advanceTimersByTimeAsync(50);
    expect(types(bob.events)).toEqual(['connection', 'messages']);
  });
});

describe('createMockAdapter: copies', () => {
  it('gives each listener its own copy of an event', async () => {
    const backend = buildBackend();
    const bob = await loggedIn('bob', backend);
    const second: ChatEvent[] = [];
    bob.adapter.subscribe((e) => {
      if (e.type === 'messages') (e.messages[0] as { text: string }).text = 'mutated';
    });
    bob.adapter.subscribe((e) => second.push(e));
    backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'original', needReadReceipt: false });
    await vi.runAllTimersAsync();
    expect(second).toEqual([{ type: 'messages', messages: [expect.objectContaining({ text: 'original' })] }]);
  });

  it('copies arguments at call time', async () => {
    const { adapter, backend } = await loggedIn('alice', buildBackend(), { latency: 10 });
    const input = { conversationID: 'GROUPteam', text: 'first', needReadReceipt: false };
    const sent = adapter.sendMessage(input);
    input.text = 'changed';
    await vi.runAllTimersAsync();
    expect((await sent).text).toBe('first');
    expect(backend.getMessageHistory('alice', { conversationID: 'GROUPteam' }).messages[0]?.text).toBe('first');
  });
});

describe('createMockAdapter: faults', () => {
  it('fails a forced operation with the chosen code and leaves others alone', async () => {
    const { adapter } = await loggedIn('alice', buildBackend(), { forceError: { getGroupInfo: ErrorCode.RATE_LIMITED } });
    const failed = adapter.getGroupInfo('team').catch((e: { code: number }) => e.code);
    const ok = adapter.getUserProfiles(['bob']);
    await vi.runAllTimersAsync();
    expect(await failed).toBe(ErrorCode.RATE_LIMITED);
    expect(await ok).toHaveLength(1);
  });

  it('replays the same random failures for the same seed', async () => {
    const outcomes = async (seed: number) => {
      const { adapter } = await loggedIn('alice', buildBackend(), { seed, errorRate: { getGroupInfo: 0.5 } });
      const calls = Array.from({ length: 12 }, () => adapter.getGroupInfo('team').then(() => 'ok', (e: { code: number }) => e.code));
      await vi.runAllTimersAsync();
      return Promise.all(calls);
    };
    const first = await outcomes(3);
    expect(first).toContain('ok');
    expect(first).toContain(ErrorCode.NETWORK);
    expect(await outcomes(3)).toEqual(first);
  });

  it('can be changed at run time with setFaults', async () => {
    const { adapter } = await loggedIn('alice');
    adapter.setFaults({ forceError: { getGroupInfo: ErrorCode.TIMEOUT } });
    const failed = adapter.getGroupInfo('team').catch((e: { code: number }) => e.code);
    await vi.runAllTimersAsync();
    expect(await failed).toBe(ErrorCode.TIMEOUT);
  });

  it('can change its latency at run time with setLatency', async () => {
    const { adapter } = await loggedIn('alice');
    adapter.setLatency(500);
    let settled = false;
    const info = adapter.getGroupInfo('team').then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(499);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await info;
    expect(settled).toBe(true);
  });

  it('drops, duplicates and holds back events as configured', async () => {
    const backend = buildBackend();
    const dropped = await loggedIn('bob', backend, { events: { dropRate: 1 } });
    const doubled = await loggedIn('carol', backend, { events: { duplicateRate: 1 } });
    const reordered = await loggedIn('dave', backend, { seed: 5, events: { reorderRate: 0.5, reorderWindow: 100 } });
    for (let i = 0; i < 20; i += 1) backend.sendMessage('alice', { conversationID: 'GROUPteam', text: String(i), needReadReceipt: false });
    await vi.runAllTimersAsync();
    const texts = (events: ChatEvent[]) => events.flatMap((e) => (e.type === 'messages' ? e.messages.map((m) => m.text) : []));
    expect(texts(dropped.events)).toEqual([]);
    expect(texts(doubled.events)).toHaveLength(40);
    const order = texts(reordered.events);
    expect([...order].sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 20 }, (_, i) => String(i)));
    expect(order).not.toEqual([...order].sort((a, b) => Number(a) - Number(b)));
  });
});

describe('createMockAdapter: connection', () => {
  it('emits connection events, fails calls with NETWORK and loses events while disconnected', async () => {
    const backend = buildBackend();
    const bob = await loggedIn('bob', backend, { latency: 10 });
    bob.adapter.disconnect();
    const failed = bob.adapter.getGroupInfo('team').catch((e: { code: number }) => e.code);
    backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'missed', needReadReceipt: false });
    await vi.runAllTimersAsync();
    expect(await failed).toBe(ErrorCode.NETWORK);
    bob.adapter.reconnect();
    await vi.runAllTimersAsync();
    backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'seen', needReadReceipt: false });
    await vi.runAllTimersAsync();
    expect(bob.events.map((e) => (e.type === 'connection' ? e.state : e.type === 'messages' ? e.messages[0]?.text : e.type))).toEqual([
      'connected',
      'disconnected',
      'connecting',
      'connected',
      'seen',
    ]);
    expect(bob.adapter.connectionState).toBe('connected');
    const info = bob.adapter.getGroupInfo('team');
    await vi.runAllTimersAsync();
    await expect(info).resolves.toMatchObject({ groupID: 'team' });
  });

  it('stops events after logout', async () => {
    const backend = buildBackend();
    const bob = await loggedIn('bob', backend);
    const out = bob.adapter.logout();
    await vi.runAllTimersAsync();
    await out;
    backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'x', needReadReceipt: false });
    await vi.runAllTimersAsync();
    expect(types(bob.events)).toEqual(['connection']);
  });
});
