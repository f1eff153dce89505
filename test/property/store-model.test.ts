import type { ChatAdapter, ChatEvent, ChatListener, GroupMessageReceipt, Message, MessageID, MessageReceipt, UserID } from '../../src/core';
import { ChatError, ErrorCode } from '../../src/core';
import { createChatStore, type ChatStore } from '../../src/core/store';
import { createMockBackend, type MockBackend } from '../../src/mock';
import { fc, NUM_RUNS, PROPERTY_TIMEOUT } from './fc-config';

/**
 * Model-based test of the live store over the mock backend, with a network the commands
 * control: every event the backend pushes to the sender waits in a queue until a command
 * delivers it (in order or out of order), duplicates it, or a disconnect loses it.
 *
 * The model: a group with changing membership; each message's eligible readers are fixed
 * when it is sent (the mock backend's documented rule), and its read set only grows.
 * After every step the sender's store must show counts that are consistent with the model,
 * never ahead of it and never going backwards.
 */

const GROUP = 'g';
const CONVERSATION = `GROUP${GROUP}`;
const ME = 'u0';
const USERS = Array.from({ length: 8 }, (_, i) => `u${i}`);
const INITIAL_MEMBERS = USERS.slice(0, 5);

const tick = async (): Promise<void> => {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
};

interface ModelMessage {
  id: MessageID;
  eligible: ReadonlySet<UserID>;
  readers: Set<UserID>;
}

class World {
  readonly backend: MockBackend;
  readonly members = new Set<UserID>(INITIAL_MEMBERS);
  readonly messages: ModelMessage[] = [];
  /** Events pushed to the sender that are still on the wire. */
  queue: ChatEvent[] = [];
  connected = true;
  /** Every receipt that reached the store (pushed or pulled), in arrival order. */
  readonly applied: MessageReceipt[] = [];
  readonly store: ChatStore;
  private readonly listeners = new Set<ChatListener>();
  /** Highest readCount the store ever showed per message. */
  private readonly shown = new Map<MessageID, GroupMessageReceipt>();

  constructor() {
    this.backend = createMockBackend({
      users: USERS.map((userID) => ({ userID })),
      groups: [{ groupID: GROUP, name: 'Model', type: 'Work', members: INITIAL_MEMBERS }],
    });
    this.backend.connect(ME, (event) => {
      if (this.connected) this.queue.push(event);
    });
    this.store = createChatStore(this.adapter(), { historyPageSize: 100, resyncBatchSize: 7, random: () => 0.5 });
  }

  private adapter(): ChatAdapter {
    const online = <T>(run: () => T): Promise<T> =>
      this.connected ? Promise.resolve().then(run) : Promise.reject(new ChatError(ErrorCode.NETWORK, 'offline'));
    const refuse = (): Promise<never> => Promise.reject(new ChatError(ErrorCode.UNKNOWN, 'not used by the model'));
    return {
      login: async () => ({ userID: ME }),
      logout: async () => undefined,
      getUserProfiles: refuse,
      getGroupInfo: refuse,
      getMessageHistory: (query) => online(() => this.backend.getMessageHistory(ME, query)),
      sendMessage: refuse,
      sendMessageReadReceipts: refuse,
      getMessageReadReceipts: (ids) =>
        online(() => {
          const receipts = this.backend.getMessageReadReceipts(ME, ids);
          this.applied.push(...receipts);
          return receipts;
        }),
      getGroupMessageReadMemberList: refuse,
      markC2CMessageAsRead: refuse,
      subscribe: (listener) => {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
      },
    };
  }

  emit(event: ChatEvent): void {
    if (event.type === 'receipts') this.applied.push(...event.receipts);
    for (const listener of [...this.listeners]) listener(event);
  }

  async start(): Promise<void> {
    this.store.actions.start();
    await tick();
    await this.store.actions.openConversation(CONVERSATION);
    await tick();
  }

  truth(): Map<MessageID, GroupMessageReceipt> {
    const ids = this.messages.map((m) => m.id);
    if (ids.length === 0) return new Map();
    return new Map(this.backend.getMessageReadReceipts(ME, ids).map((r) => [r.messageID, r as GroupMessageReceipt]));
  }

  /** The invariants that hold after every step. */
  check(): void {
    const state = this.store.getState();
    expect(state.errors.map((e) => e.error.message)).toEqual([]);
    for (const message of this.messages) {
      const receipt = state.receipts.get(message.id);
      if (receipt === undefined) continue;
      expect(receipt.kind).toBe('group');
      if (receipt.kind !== 'group') continue;
      const eligible = message.eligible.size;
      expect(receipt.readCount).toBeGreaterThanOrEqual(0);
      expect(receipt.readCount).toBeLessThanOrEqual(eligible);
      expect(receipt.readCount + receipt.unreadCount).toBe(eligible);
      // The store never knows of more readers than really read.
      expect(receipt.readCount).toBeLessThanOrEqual(message.readers.size);
      const before = this.shown.get(message.id);
      if (before !== undefined) {
        expect(receipt.readCount).toBeGreaterThanOrEqual(before.readCount);
        expect(receipt.unreadCount).toBeLessThanOrEqual(before.unreadCount);
      }
      this.shown.set(message.id, receipt);
    }
    // The backend agrees with the model.
    for (const [id, receipt] of this.truth()) {
      const message = this.messages.find((m) => m.id === id)!;
      expect({ read: receipt.readCount, unread: receipt.unreadCount }).toEqual({
        read: message.readers.size,
        unread: message.eligible.size - message.readers.size,
      });
    }
  }
}

type Command = { name: string; run: (world: World) => Promise<void> | void };

/** Commands print as their name in counterexamples, e.g. [message, receipt(3,1), deliver(2)]. */
function named(command: Command): Command {
  return Object.assign(command, { [fc.toStringMethod]: () => command.name });
}

const at = <T>(list: readonly T[], index: number): T | undefined => (list.length === 0 ? undefined : list[index % list.length]);

const commands: fc.Arbitrary<Command>[] = [
  fc.constant<Command>(named({
    name: 'message',
    run: (w) => {
      const sent = w.backend.sendMessage(ME, { conversationID: CONVERSATION, text: `m${w.messages.length}`, needReadReceipt: true });
      w.messages.push({ id: sent.messageID, eligible: new Set([...w.members].filter((u) => u !== ME)), readers: new Set() });
    },
  })),
  fc.record({ m: fc.nat(), u: fc.nat() }).map<Command>(({ m, u }) => named({
    name: `receipt(${m},${u})`,
    run: async (w) => {
      const message = at(w.messages, m);
      const reader = at(USERS.slice(1), u)!;
      if (!message) return;
      try {
        w.backend.sendMessageReadReceipts(reader, [message.id]);
      } catch {
        // A reader outside the group cannot see the message: nothing changes.
      }
      if (w.members.has(reader) && message.eligible.has(reader)) message.readers.add(reader);
      await tick(); // the backend coalesces pushes within a microtask
    },
  })),
  fc.nat().map<Command>((i) => named({
    name: `deliver(${i})`,
    // Index 0 is in order; any other index overtakes the events before it (reorder).
    run: (w) => {
      if (w.queue.length === 0) return;
      const [event] = w.queue.splice(i % Math.min(w.queue.length, 4), 1);
      w.emit(event!);
    },
  })),
  fc.nat().map<Command>((i) => named({
    name: `duplicate(${i})`,
    run: (w) => {
      const event = at(w.queue, i);
      if (event) w.queue.push(structuredClone(event));
    },
  })),
  fc.nat().map<Command>((i) => named({
    name: `reorder(${i})`,
    run: (w) => {
      if (w.queue.length < 2) return;
      const a = i % w.queue.length;
      const b = (a + 1) % w.queue.length;
      [w.queue[a], w.queue[b]] = [w.queue[b]!, w.queue[a]!];
    },
  })),
  fc.nat().map<Command>((i) => named({
    name: `join(${i})`,
    run: (w) => {
      const user = at(USERS.filter((u) => !w.members.has(u)), i);
      if (!user) return;
      w.backend.addMember(GROUP, user);
      w.members.add(user);
    },
  })),
  fc.nat().map<Command>((i) => named({
    name: `leave(${i})`,
    run: (w) => {
      const user = at([...w.members].filter((u) => u !== ME), i);
      if (!user) return;
      w.backend.removeMember(GROUP, user);
      w.members.delete(user);
    },
  })),
  fc.constant<Command>(named({
    name: 'disconnect',
    run: async (w) => {
      if (!w.connected) return;
      w.connected = false;
      w.queue = []; // what was on the wire is lost
      w.emit({ type: 'connection', state: 'disconnected' });
      await tick();
    },
  })),
  fc.constant<Command>(named({
    name: 'reconnect',
    run: async (w) => {
      if (w.connected) return;
      w.connected = true;
      w.emit({ type: 'connection', state: 'connected' }); // the store reloads history and pulls counts
      await tick();
    },
  })),
  fc.constant<Command>(named({
    name: 'snapshot',
    // The authoritative counts of now, put on the wire: it may arrive late, after newer pushes.
    run: (w) => {
      if (!w.connected || w.messages.length === 0) return;
      w.queue.push({ type: 'receipts', receipts: [...w.truth().values()] });
    },
  })),
];

// Weighted so runs are long enough to read most messages, with faults sprinkled in.
const WEIGHTS = [3, 8, 8, 2, 2, 1, 1, 1, 2, 1];
const scenario = fc.array(fc.oneof(...commands.map((arbitrary, i) => ({ arbitrary, weight: WEIGHTS[i]! }))), {
  minLength: 5,
  maxLength: 120,
  size: 'medium',
});

/** Replays the receipts the store received, in a given order, into a fresh store. */
async function replay(messages: Message[], receipts: readonly MessageReceipt[]): Promise<ReadonlyMap<MessageID, MessageReceipt>> {
  const listeners = new Set<ChatListener>();
  const refuse = (): Promise<never> => Promise.reject(new ChatError(ErrorCode.UNKNOWN, 'unused'));
  const store = createChatStore({
    login: async () => ({ userID: ME }),
    logout: async () => undefined,
    getUserProfiles: refuse,
    // As large as the group ever gets: the replay is about order, not bounds.
    getGroupInfo: async (groupID) => ({ groupID, name: 'Model', type: 'Work', memberCount: USERS.length, receiptsEnabled: true }),
    getMessageHistory: async () => ({ messages: [], nextCursor: '', isFinished: true }),
    sendMessage: refuse,
    sendMessageReadReceipts: refuse,
    getMessageReadReceipts: async () => [],
    getGroupMessageReadMemberList: refuse,
    markC2CMessageAsRead: refuse,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
  store.actions.start();
  await store.actions.loadGroupInfo(GROUP);
  await tick();
  const emit = (event: ChatEvent) => listeners.forEach((listener) => listener(event));
  emit({ type: 'messages', messages });
  for (const receipt of receipts) emit({ type: 'receipts', receipts: [receipt] });
  return store.getState().receipts;
}

const byCounts = (a: MessageReceipt, b: MessageReceipt): number => {
  const ga = a as GroupMessageReceipt;
  const gb = b as GroupMessageReceipt;
  return ga.messageID.localeCompare(gb.messageID) || (ga.version ?? 0) - (gb.version ?? 0) || ga.readCount - gb.readCount;
};

describe('chat store against a model (over the mock backend)', () => {
  it(`keeps counts consistent, monotonic and order-independent (${NUM_RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (steps) => {
        const world = new World();
        await world.start();
        for (const step of steps) {
          await step.run(world);
          world.check();
        }

        // Heal: reconnect, deliver what is left on the wire in order, then a final snapshot.
        if (!world.connected) {
          world.connected = true;
          world.emit({ type: 'connection', state: 'connected' });
          await tick();
        }
        while (world.queue.length > 0) {
          world.emit(world.queue.shift()!);
          world.check();
        }
        if (world.messages.length > 0) world.emit({ type: 'receipts', receipts: [...world.truth().values()] });
        await tick();
        world.check();

        // Converged: every count equals the backend's.
        const state = world.store.getState();
        for (const [id, truth] of world.truth()) {
          expect(state.receipts.get(id)).toMatchObject({ readCount: truth.readCount, unreadCount: truth.unreadCount });
        }

        // The final state does not depend on delivery order: the same receipts sorted, and
        // reversed, give the same map.
        const messages = world.messages.map((m) => state.messages.get(m.id)!);
        expect(messages.every(Boolean)).toBe(true);
        const sorted = [...world.applied].sort(byCounts);
        expect(await replay(messages, sorted)).toEqual(state.receipts);
        expect(await replay(messages, [...sorted].reverse())).toEqual(state.receipts);
      }),
    );
  }, PROPERTY_TIMEOUT);
});
