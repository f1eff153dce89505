import { vi } from 'vitest';
import { ChatError, ErrorCode, type ChatAdapter, type ChatEvent, type MessageID, type UserID } from '../../src/core';
import { createChatStore, memoryStorage, type ChatStore, type OutboxStorage } from '../../src/core/store';
import { createMockAdapter, createMockBackend, type MockAdapter, type MockBackend, type MockFaults } from '../../src/mock';
import { createRandom, type Random } from '../../src/mock/prng';

/**
 * A chaotic network for several clients of one mock backend. Faults come from two layers:
 * the mock adapter's own (dropped, duplicated, reordered and delayed events; failed calls)
 * and `FaultLayer` here, which loses the *reply* of a receipt call or a send after the backend
 * applied it (the client must retry, the backend must not count or store twice), and can
 * expire the session's userSig (the store must get a new one and lose no queued work).
 */

export const GROUP = 'chaos';
export const CONVERSATION = `GROUP${GROUP}`;
export const GROUP_SIZE = 200;

export interface Client {
  userID: UserID;
  raw: MockAdapter;
  layer: FaultLayer;
  store: ChatStore;
  /** Stops the current store (a tab closing). */
  stop: () => void;
  /** Where the store keeps pending work: a reload opens a fresh store on it. */
  storage: OutboxStorage;
  /** Messages this client reported as read (incoming, asked for a receipt, known to its store). */
  reported: Set<MessageID>;
  /** Every readCount this client's current store showed, per message, in order (a reload starts a fresh screen). */
  shown: Map<MessageID, number[]>;
}

/** Loses replies after the backend applied the call, and expires the userSig, with some probability. */
export class FaultLayer {
  lostReplyRate = 0;
  /** Messages whose receipts the backend refuses for good: a batch holding one is refused whole. */
  readonly poisoned = new Set<MessageID>();
  /** While set, every call fails with USER_SIG_EXPIRED and pushes are lost, until the next login. */
  private expired = false;
  private readonly listeners = new Set<(event: ChatEvent) => void>();
  constructor(private readonly random: Random) {}

  /** The userSig expires now: the store hears `signedOut` and must renew. */
  expire(): void {
    this.expired = true;
    const reason = new ChatError(ErrorCode.USER_SIG_EXPIRED, 'Injected: the userSig expired');
    for (const listener of this.listeners) listener({ type: 'connection', state: 'signedOut', reason });
  }

  wrap(adapter: MockAdapter): ChatAdapter {
    const refuse = () => new ChatError(ErrorCode.USER_SIG_EXPIRED, 'Injected: the userSig expired');
    const lose = <A extends unknown[], T>(call: (...args: A) => Promise<T>) =>
      async (...args: A): Promise<T> => {
        if (this.expired) throw refuse();
        const result = await call(...args);
        if (this.random.chance(this.lostReplyRate)) {
          throw new ChatError(ErrorCode.TIMEOUT, 'Injected: the reply was lost after the server applied the call');
        }
        return result;
      };
    const guard = <A extends unknown[], T>(call: (...args: A) => Promise<T>) =>
      async (...args: A): Promise<T> => {
        if (this.expired) throw refuse();
        return call(...args);
      };
    return Object.assign(Object.create(adapter) as MockAdapter, {
      login: async (...args: Parameters<MockAdapter['login']>) => {
        const result = await adapter.login(...args);
        this.expired = false;
        return result;
      },
      sendMessage: lose((input: Parameters<MockAdapter['sendMessage']>[0]) => adapter.sendMessage(input)),
      sendMessageReadReceipts: lose((ids: MessageID[]) => {
        const bad = ids.find((id) => this.poisoned.has(id));
        if (bad !== undefined) return Promise.reject(new ChatError(ErrorCode.INVALID_PARAMETER, `Injected: ${bad} is refused`));
        return adapter.sendMessageReadReceipts(ids);
      }),
      getMessageReadReceipts: lose((ids: MessageID[]) => adapter.getMessageReadReceipts(ids)),
      getMessageHistory: guard((query: Parameters<MockAdapter['getMessageHistory']>[0]) => adapter.getMessageHistory(query)),
      markC2CMessageAsRead: guard((peerID: UserID) => adapter.markC2CMessageAsRead(peerID)),
      subscribe: (listener: (event: ChatEvent) => void) => {
        const own = (event: ChatEvent) => {
          if (!this.expired) listener(event);
        };
        this.listeners.add(listener);
        const remove = adapter.subscribe(own);
        return () => {
          this.listeners.delete(listener);
          remove();
        };
      },
    });
  }
}

export const CHAOS_FAULTS: MockFaults = {
  events: { dropRate: 0.15, duplicateRate: 0.2, reorderRate: 0.3, reorderWindow: 80 },
  errorRate: { sendMessageReadReceipts: 0.15, getMessageReadReceipts: 0.15, getMessageHistory: 0.1 },
};

export const NO_FAULTS: MockFaults = {
  events: { dropRate: 0, duplicateRate: 0, reorderRate: 0 },
  errorRate: 0,
};

export interface World {
  seed: number;
  random: Random;
  backend: MockBackend;
  clients: Client[];
  /** Group members without a client: they read straight on the backend. */
  others: UserID[];
  historyPageSize: number;
}

export function createWorld(seed: number, clientCount: number): World {
  const random = createRandom(seed);
  // Some seeds page in fives, so a reconnect's gap is longer than a page.
  const historyPageSize = random.pick([5, 20, 100]);
  const users = Array.from({ length: GROUP_SIZE }, (_, i) => ({ userID: `u${i}`, nickname: `User ${i}` }));
  const backend = createMockBackend({
    users,
    groups: [{ groupID: GROUP, name: 'Chaos', type: 'Work', members: users.map((u) => u.userID) }],
    // Coalesce pushes a little, as a real server does.
    receiptFlushInterval: random.int(0, 20),
  });
  const clients = Array.from({ length: clientCount }, (_, i): Client => {
    const userID = `u${i}`;
    const layer = new FaultLayer(createRandom(seed * 7919 + i));
    const raw = createMockAdapter(backend, userID, {
      seed: seed * 104729 + i,
      latency: { min: 0, max: random.int(5, 30) },
    });
    const client = { userID, raw, layer, storage: memoryStorage(), reported: new Set(), shown: new Map() } as unknown as Client;
    openStore(client, createRandom(seed * 31 + i), historyPageSize);
    return client;
  });
  const others = users.slice(clientCount).map((u) => u.userID);
  return { seed, random, backend, clients, others, historyPageSize };
}

/**
 * Opens a fresh store for the client on its storage (the first tab, or a reload: what the old
 * store left pending comes back from storage) and watches every readCount it shows.
 */
export function openStore(client: Client, jitter: Random, historyPageSize: number): void {
  const store = createChatStore(client.layer.wrap(client.raw), {
    historyPageSize,
    gapPageLimit: 3,
    receiptIntervalMs: 40,
    retryBaseMs: 40,
    retryMaxMs: 400,
    rateLimitBaseMs: 100,
    resyncBatchSize: 30,
    storage: client.storage,
    random: () => jitter.next(),
    renewSession: () => ({ userSig: 'renewed' }),
  });
  const shown = new Map<MessageID, number[]>();
  client.shown = shown;
  store.subscribe((state) => {
    for (const [messageID, receipt] of state.receipts) {
      if (receipt.kind !== 'group') continue;
      const history = shown.get(messageID);
      if (history === undefined) shown.set(messageID, [receipt.readCount]);
      else if (history[history.length - 1] !== receipt.readCount) history.push(receipt.readCount);
    }
  });
  client.store = store;
  client.stop = store.actions.start();
}

export async function advance(ms: number, step = 10): Promise<void> {
  for (let elapsed = 0; elapsed < ms; elapsed += step) await vi.advanceTimersByTimeAsync(step);
}

export async function until(condition: () => boolean, what: string, limitMs = 20_000): Promise<void> {
  for (let elapsed = 0; !condition(); elapsed += 20) {
    if (elapsed > limitMs) throw new Error(`Timed out (simulated ${limitMs} ms) waiting for ${what}`);
    await vi.advanceTimersByTimeAsync(20);
  }
}

/** Reports every incoming message this client knows as read, remembering what it reported. */
export function reportSome(client: Client, random: Random, share: number): void {
  const state = client.store.getState();
  const incoming = (state.conversations.get(CONVERSATION)?.messageIDs ?? []).filter((id) => {
    const message = state.messages.get(id);
    return message !== undefined && message.senderID !== client.userID && message.status === 'sent' && message.needReadReceipt;
  });
  const chosen = incoming.filter(() => random.chance(share));
  for (const id of chosen) client.reported.add(id);
  client.store.actions.reportRead(chosen);
}

/** All readers of a message, paging the backend's member list as its sender. */
export function backendReaders(backend: MockBackend, senderID: UserID, messageID: MessageID): UserID[] {
  const readers: UserID[] = [];
  let nextSeq = '';
  for (;;) {
    const page = backend.getGroupMessageReadMemberList(senderID, { messageID, filter: 'read', nextSeq, count: 100 });
    readers.push(...page.members.map((m) => m.profile.userID));
    if (page.isFinished) return readers;
    nextSeq = page.nextSeq;
  }
}
