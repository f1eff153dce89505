import type { ChatAdapter, ChatEvent, ChatListener, HistoryQuery } from '../../src/core/adapter';
import { createChatStore, immediateUpdates, type ChatStore } from '../../src/core/store';
import type { Message } from '../../src/core/types';
import type { Figure } from '../report';
import { median } from '../stats';
import { inFreshProcess, runAsChild } from './fresh-process';

/**
 * History as an app loads it: page by page through an adapter (`loadMore`, pages of 100, a
 * receipt pull after each, as the seed prescribes), and new messages through its events. The
 * adapter answers from an array, so what is timed is the kit. Each figure compares a
 * conversation holding 100,000 messages with a short one, the two driven in turns.
 */

const CONVERSATION = 'GROUPbench';
const PAGE = 100;

interface PagingAdapter extends ChatAdapter {
  emit(event: ChatEvent): void;
}

function messagesOf(count: number, prefix: string): Message[] {
  const start = Date.UTC(2024, 0, 1);
  return Array.from({ length: count }, (_, i) => ({
    messageID: `${prefix}${i}`,
    conversationID: CONVERSATION,
    senderID: i % 3 === 0 ? 'me' : `user${i % 50}`,
    text: `Message ${i}`,
    time: start + i * 60_000,
    seq: i + 1,
    status: 'sent' as const,
    needReadReceipt: i % 3 === 0,
  }));
}

/** Serves `all` (oldest first) newest page first; the cursor is where the next older page ends. */
function pagingAdapter(all: readonly Message[]): PagingAdapter {
  const listeners = new Set<ChatListener>();
  const none = async () => [];
  return {
    emit: (event) => listeners.forEach((listener) => listener(event)),
    login: async () => ({ userID: 'me' }),
    logout: async () => undefined,
    getUserProfiles: none,
    getGroupInfo: async (groupID) => ({ groupID, name: 'Bench', type: 'Work', memberCount: 500, receiptsEnabled: true }),
    getMessageHistory: async ({ cursor, count }: HistoryQuery) => {
      const end = cursor === '' ? all.length : Number(cursor);
      const start = Math.max(0, end - (count ?? PAGE));
      return { messages: all.slice(start, end), nextCursor: start > 0 ? String(start) : '', isFinished: start === 0 };
    },
    sendMessage: () => Promise.reject(new Error('not in the bench')),
    sendMessageReadReceipts: async () => undefined,
    getMessageReadReceipts: none,
    getGroupMessageReadMemberList: async () => ({ members: [], nextSeq: '', isFinished: true }),
    markC2CMessageAsRead: async () => undefined,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

async function openedStore(all: readonly Message[], loaded: number) {
  const adapter = pagingAdapter(all);
  const store: ChatStore = createChatStore(adapter, { historyPageSize: PAGE, scheduler: immediateUpdates });
  store.actions.start();
  while (store.getState().userID === null) await new Promise((resolve) => setTimeout(resolve, 0));
  await store.actions.openConversation(CONVERSATION);
  const started = performance.now();
  for (let have = PAGE; have < loaded; have += PAGE) await store.actions.loadMore(CONVERSATION);
  const loadMs = performance.now() - started;
  if (store.getState().conversations.get(CONVERSATION)?.messageIDs.length !== loaded) throw new Error('the pages did not all load');
  return { adapter, store, loadMs };
}

interface Repetition {
  smallPageMs: number;
  largePageMs: number;
  smallMessageMs: number;
  largeMessageMs: number;
  loadLargeMs: number;
}

async function repetition(large: number, small: number, turns: number): Promise<Repetition> {
  const extra = turns * PAGE;
  const big = await openedStore(messagesOf(large + extra, 'b'), large);
  const little = await openedStore(messagesOf(small + extra, 's'), small);
  const page = async (store: ChatStore) => {
    const t0 = performance.now();
    await store.actions.loadMore(CONVERSATION);
    return performance.now() - t0;
  };
  const smallPages: number[] = [];
  const largePages: number[] = [];
  for (let t = 0; t < turns; t += 1) {
    smallPages.push(await page(little.store));
    largePages.push(await page(big.store));
  }
  // New messages from another member, one event each, into both conversations in turns.
  const smallMessages: number[] = [];
  const largeMessages: number[] = [];
  const send = (adapter: PagingAdapter, n: number, into: number[]) => {
    const message: Message = { ...messagesOf(1, 'x')[0]!, messageID: `new-${into.length}-${n}`, seq: 10_000_000 + n, time: Date.UTC(2030, 0, 1) + n, senderID: 'user7' };
    const t0 = performance.now();
    adapter.emit({ type: 'messages', messages: [message] });
    into.push(performance.now() - t0);
  };
  for (let n = 0; n < 400; n += 1) {
    send(little.adapter, n, smallMessages);
    send(big.adapter, n, largeMessages);
  }
  return {
    smallPageMs: median(smallPages),
    largePageMs: median(largePages),
    // The first hundred warm the path up.
    smallMessageMs: median(smallMessages.slice(100)),
    largeMessageMs: median(largeMessages.slice(100)),
    loadLargeMs: big.loadMs,
  };
}

export async function historyPages({ quick }: { quick: boolean }): Promise<Figure[]> {
  const large = quick ? 20_000 : 100_000;
  const repetitions = quick ? 1 : 3;
  const pageRuns = Array.from({ length: repetitions }, () => inFreshProcess<Repetition>(import.meta.url, [String(large), '1000', '15']));
  const messageRuns = Array.from({ length: repetitions }, () => inFreshProcess<Repetition>(import.meta.url, [String(large), '100', '1']));
  const n = large.toLocaleString('en-US');
  const scenario = 'paging';
  return [
    { scenario, metric: `load ${n} messages page by page (pages of ${PAGE}; informational)`, value: median(pageRuns.map((r) => r.loadLargeMs)), unit: 'ms', budget: Infinity, kind: 'max', informational: true },
    { scenario, metric: `history page at 1,000 loaded (median of 15, informational)`, value: median(pageRuns.map((r) => r.smallPageMs)), unit: 'ms', budget: Infinity, kind: 'max', informational: true },
    { scenario, metric: `history page appended at ${n} ÷ at 1,000 loaded (median of ${repetitions} processes)`, value: median(pageRuns.map((r) => r.largePageMs / r.smallPageMs)), unit: '×', budget: 1.5, kind: 'max' },
    { scenario, metric: 'new message into 100 (median of 300, informational)', value: median(messageRuns.map((r) => r.smallMessageMs)) * 1000, unit: 'µs', budget: Infinity, kind: 'max', informational: true },
    { scenario, metric: `new message into ${n} ÷ into 100 (median of ${repetitions} processes)`, value: median(messageRuns.map((r) => r.largeMessageMs / r.smallMessageMs)), unit: '×', budget: 1.5, kind: 'max' },
  ];
}

runAsChild(import.meta.url, ([large, small, turns]) => repetition(Number(large), Number(small), Number(turns)));
