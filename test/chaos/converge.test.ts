import { ErrorCode, type Message, type MessageID } from '../../src/core';
import { createRandom } from '../../src/mock/prng';
import {
  advance,
  backendReaders,
  CHAOS_FAULTS,
  CONVERSATION,
  createWorld,
  GROUP_SIZE,
  NO_FAULTS,
  openStore,
  reportSome,
  until,
  type Client,
  type World,
} from './harness';

/**
 * Chaos that converges: several clients in a 200-member group send messages asking for
 * receipts, report reads and receive receipts while events are dropped, duplicated,
 * reordered and delayed, calls fail or lose their reply, connections drop in the middle of
 * a batch and the server "restarts" (every client cut off and reconnected to the same
 * backend state). Sends lose their replies and are retried, members go offline while
 * others send more than a page, tabs reload (offline too) on the same storage, and userSigs
 * expire and are renewed. After the network heals, every client's list equals the server's
 * (nothing missing, nothing twice), every sender's counts equal the backend's, no reported
 * read is lost or counted twice, and no count ever went backwards on screen.
 *
 * `npm test` runs 20 seeds, `SOAK=1` 200. Replay one: `CHAOS_SEED=<n> npx vitest run --project unit test/chaos`.
 */

const SOAK = Boolean(process.env.SOAK);
const replaySeed = process.env.CHAOS_SEED;
const seeds =
  replaySeed !== undefined && replaySeed !== ''
    ? [Number(replaySeed)]
    : Array.from({ length: SOAK ? 200 : 20 }, (_, i) => i + 1);
const CLIENTS = 6;
const STEPS = 60;

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2025, 0, 1) });
});
afterEach(() => {
  vi.useRealTimers();
});

const connected = (client: Client) => client.store.getState().connection === 'connected';

async function startAll(world: World): Promise<() => void> {
  await until(() => world.clients.every((c) => c.store.getState().session === 'ready' && connected(c)), 'login');
  for (const client of world.clients) void client.store.actions.openConversation(CONVERSATION);
  await until(
    () => world.clients.every((c) => c.store.getState().conversations.get(CONVERSATION)?.status === 'ready'),
    'conversations to load',
  );
  return () => world.clients.forEach((client) => client.stop());
}

/** The user sends, if the composer lets them: a fresh tab's composer waits for the login. */
function sendOne(client: Client, text: string, log: string[]): void {
  if (client.store.getState().userID === null) return void log.push(`  (${client.userID} is still logging in)`);
  void client.store.actions.sendMessage(CONVERSATION, text, { needReadReceipt: true });
}

const failedMessages = (client: Client) => [...client.store.getState().messages.values()].filter((m) => m.status === 'failed');

/** The user presses Retry on every failed bubble. */
function retryFailed(client: Client): void {
  for (const message of failedMessages(client)) void client.store.actions.retry(message.messageID);
}

/** A tab reloads: its store goes, a fresh one opens on the same storage and the conversation again. */
function reload(world: World, client: Client): void {
  client.stop();
  openStore(client, createRandom(world.random.int(1, 1e9)), world.historyPageSize);
  const { store } = client;
  const unsubscribe = store.subscribe((state) => {
    if (state.session !== 'ready') return;
    unsubscribe();
    void store.actions.openConversation(CONVERSATION);
  });
}

/** Members without a client read a few messages straight on the backend. */
function othersRead(world: World): void {
  const ids = world.backend.receiptMessageIDs(CONVERSATION);
  if (ids.length === 0) return;
  const count = world.random.int(1, 12);
  for (let i = 0; i < count; i += 1) {
    try {
      world.backend.sendMessageReadReceipts(world.random.pick(world.others), [world.random.pick(ids)]);
    } catch {
      // Only repeats are possible here, and those succeed; nothing to handle.
    }
  }
}

async function chaos(world: World, log: string[]): Promise<void> {
  const { random, clients } = world;
  for (const client of clients) {
    client.raw.setFaults(CHAOS_FAULTS);
    client.layer.lostReplyRate = 0.1;
  }
  for (let step = 0; step < STEPS; step += 1) {
    const roll = random.next();
    const client = random.pick(clients);
    if (roll < 0.25) {
      log.push(`${step}: ${client.userID} sends`);
      sendOne(client, `message ${step} from ${client.userID}`, log);
    } else if (roll < 0.5) {
      reportSome(client, random, 0.5);
    } else if (roll < 0.63) {
      othersRead(world);
    } else if (roll < 0.7) {
      log.push(`${step}: ${client.userID} ${client.raw.connectionState === 'disconnected' ? 'reconnects' : 'disconnects'}`);
      if (client.raw.connectionState === 'disconnected') client.raw.reconnect();
      else client.raw.disconnect();
    } else if (roll < 0.74) {
      // Cut the connection while a receipt batch is on its way.
      log.push(`${step}: ${client.userID} cut mid-batch`);
      reportSome(client, random, 1);
      await advance(random.int(40, 60), 5);
      client.raw.disconnect();
      await advance(random.int(20, 100));
      client.raw.reconnect();
    } else if (roll < 0.77) {
      // The server restarts with its state kept: everyone is cut off, then reconnects.
      log.push(`${step}: server restart`);
      for (const c of clients) c.raw.disconnect();
      await advance(random.int(50, 200));
      for (const c of clients) c.raw.reconnect();
    } else if (roll < 0.83) {
      // Offline while others send more than a page.
      const count = random.int(5, 25);
      log.push(`${step}: ${client.userID} offline for ${count} messages`);
      client.raw.disconnect();
      for (let i = 0; i < count; i += 1) {
        const senderID = random.pick(world.others);
        world.backend.sendMessage(senderID, { conversationID: CONVERSATION, text: `burst ${step}.${i}`, needReadReceipt: true });
      }
      await advance(random.int(20, 100));
      client.raw.reconnect();
    } else if (roll < 0.88) {
      const offline = client.raw.connectionState === 'disconnected';
      log.push(`${step}: ${client.userID} reloads${offline ? ' while offline' : ''}`);
      reload(world, client);
    } else if (roll < 0.91) {
      log.push(`${step}: ${client.userID}'s userSig expires`);
      client.layer.expire();
    } else if (roll < 0.93) {
      // The backend will refuse this member's receipt of one message for good, whole batches with it.
      const ids = world.backend.receiptMessageIDs(CONVERSATION);
      if (ids.length > 0) {
        const id = random.pick(ids);
        log.push(`${step}: ${client.userID}'s receipt of ${id} will be refused`);
        client.layer.poisoned.add(id);
      }
    } else {
      log.push(`${step}: ${client.userID} retries what failed`);
      retryFailed(client);
    }
    await advance(random.int(5, 40), 5);
  }
}

async function heal(world: World): Promise<void> {
  for (const client of world.clients) {
    client.raw.setFaults(NO_FAULTS);
    client.layer.lostReplyRate = 0;
  }
  // The network comes back: every client reconnects, which makes it pull what it missed.
  for (const client of world.clients) client.raw.disconnect();
  await advance(20);
  for (const client of world.clients) client.raw.reconnect();
  await until(() => world.clients.every(connected), 'every client to reconnect').catch((error: unknown) => {
    if (process.env.CHAOS_DEBUG) {
      for (const c of world.clients) {
        const st = c.store.getState();
        console.log(c.userID, st.session, st.connection, c.raw.connectionState, st.connectionError?.message, st.errors.slice(-3).map((e) => `${e.error.code} ${e.error.message}`).join(' | '));
      }
    }
    throw error;
  });
  await until(
    () => world.clients.every((c) => c.store.getState().session === 'ready' && [...c.store.getState().messages.values()].every((m) => m.status !== 'sending')),
    'sends to settle',
  );
  // Whatever failed on the way, the user retries.
  for (const client of world.clients) retryFailed(client);
  await until(
    () => world.clients.every((c) => [...c.store.getState().messages.values()].every((m) => m.status === 'sent')),
    'retries to settle',
  );
  await advance(500);
  // Each reader scrolls back through the whole history and loads every gap a reconnect left.
  for (const client of world.clients) {
    for (let pages = 0; pages < 1000; pages += 1) {
      const conversation = client.store.getState().conversations.get(CONVERSATION);
      if (!conversation) break;
      const [gap] = conversation.gaps;
      if (gap) await waitFor(client.store.actions.loadGap(CONVERSATION, gap.gapID));
      else if (conversation.hasMore) await waitFor(client.store.actions.loadMore(CONVERSATION));
      else break;
    }
  }
  // Readers catch up on what they could not see before.
  for (const client of world.clients) reportSome(client, world.random, 1);
  await until(() => world.clients.every((c) => c.store.getState().outbox.size === 0), 'every outbox to drain');
  await advance(1000);
}

/** Lets simulated time run until `promise` settles. */
async function waitFor(promise: Promise<void>): Promise<void> {
  let done = false;
  void promise.finally(() => (done = true));
  await until(() => done, 'a page to load');
}

/** The whole conversation as the server has it, oldest first. */
function serverMessages(world: World): Message[] {
  const messages: Message[] = [];
  let cursor = '';
  for (;;) {
    const page = world.backend.getMessageHistory('u0', { conversationID: CONVERSATION, cursor, count: 100 });
    messages.unshift(...page.messages);
    if (page.isFinished) return messages;
    cursor = page.nextCursor;
  }
}

describe(`chaos in a ${GROUP_SIZE}-member group converges`, () => {
  it.each(seeds.map((seed) => [seed]))('CHAOS_SEED=%i', { timeout: 60_000 }, async (seed) => {
    const where = `CHAOS_SEED=${seed}`;
    const world = createWorld(seed, CLIENTS);
    const log: string[] = [];
    const stop = await startAll(world);
    await chaos(world, log);
    await heal(world).catch((error: unknown) => {
      throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}\n${log.join('\n')}`);
    });
    const context = `${where}\n${log.join('\n')}`;
    if (process.env.CHAOS_STATS) console.log(seed, world.backend.receiptMessageIDs(CONVERSATION).length, world.clients.map((c) => `${c.reported.size}/${[...c.shown.values()].reduce((n, h) => n + h.length, 0)}`).join(' '), log.filter((l) => !l.includes('sends')).join('; '));

    // Every client's list equals the server's: nothing missing, nothing twice, in order.
    const truth = serverMessages(world);
    const truthIDs = truth.map((m) => m.messageID);
    const listErrors: string[] = [];
    for (const client of world.clients) {
      const shown = [...(client.store.getState().conversations.get(CONVERSATION)?.messageIDs ?? [])];
      const missing = truthIDs.filter((id) => !shown.includes(id));
      const extra = shown.filter((id, i) => !truthIDs.includes(id) || shown.indexOf(id) !== i);
      if (missing.length > 0 || extra.length > 0 || shown.join() !== truthIDs.join()) {
        if (process.env.CHAOS_DEBUG) {
          const c = client.store.getState().conversations.get(CONVERSATION);
          console.log(client.userID, c?.status, c?.hasMore, c?.moreStatus, c?.cursor, JSON.stringify(c?.gaps), 'missing at', missing.map((id) => truthIDs.indexOf(id)).join(','), client.store.getState().errors.map((e) => e.error.message).join(' | '));
        }
        listErrors.push(`${client.userID}: ${missing.length} missing, ${extra.length} extra or twice, ${shown.length} shown of ${truthIDs.length}`);
      }
    }
    expect(listErrors, context).toEqual([]);
    // Every send the users made is on the server once (retries after lost replies included).
    const texts = truth.map((m) => m.text);
    expect(texts.filter((text, i) => texts.indexOf(text) !== i), context).toEqual([]);

    const senderOf = new Map<MessageID, Client>();
    const clientByID = new Map(world.clients.map((c) => [c.userID, c]));
    for (const message of truth) {
      const client = clientByID.get(message.senderID);
      if (client) senderOf.set(message.messageID, client);
    }
    const all = world.backend.receiptMessageIDs(CONVERSATION).filter((id) => senderOf.has(id));
    expect(all.length, context).toBeGreaterThan(0);

    const wrongCounts: string[] = [];
    const doubleCounted: string[] = [];
    for (const id of all) {
      const sender = senderOf.get(id)!;
      const [truth] = world.backend.getMessageReadReceipts(sender.userID, [id]);
      const readers = backendReaders(world.backend, sender.userID, id);
      if (truth?.kind !== 'group' || new Set(readers).size !== readers.length || readers.length !== truth.readCount) {
        doubleCounted.push(`${id}: readCount ${truth?.kind === 'group' ? truth.readCount : '?'}, readers ${readers.length}`);
      }
      const mine = sender.store.getState().receipts.get(id);
      if (
        truth?.kind !== 'group' ||
        mine?.kind !== 'group' ||
        mine.readCount !== truth.readCount ||
        mine.unreadCount !== truth.unreadCount ||
        truth.readCount + truth.unreadCount !== GROUP_SIZE - 1
      ) {
        wrongCounts.push(`${id} (${sender.userID}): shows ${JSON.stringify(mine)}, backend ${JSON.stringify(truth)}`);
      }
    }
    expect(wrongCounts, context).toEqual([]);
    expect(doubleCounted, context).toEqual([]);

    const lost: string[] = [];
    const unreported: string[] = [];
    const senderIDOf = new Map(truth.map((m) => [m.messageID, m.senderID]));
    for (const reader of world.clients) {
      const refused = new Set([...reader.store.getState().refusedReceipts.values()].flatMap((r) => r.messageIDs));
      for (const id of reader.reported) {
        // A refused receipt is never counted, and the reader is told; the rest of its batch still is.
        if (reader.layer.poisoned.has(id)) {
          if (!refused.has(id) && !backendReaders(world.backend, senderIDOf.get(id)!, id).includes(reader.userID)) unreported.push(`${reader.userID} ${id}`);
          continue;
        }
        const senderID = senderIDOf.get(id)!;
        if (!backendReaders(world.backend, senderID, id).includes(reader.userID)) lost.push(`${reader.userID} read ${id}`);
      }
    }
    expect(lost, context).toEqual([]);
    expect(unreported, context).toEqual([]);
    if (process.env.CHAOS_STATS) console.log(seed, 'refused', world.clients.map((c) => c.store.getState().refusedReceipts.size).join(' '));
    // The readers did report: the run exercised receipts from clients, not only from others.
    expect(world.clients.reduce((n, c) => n + c.reported.size, 0), context).toBeGreaterThan(0);

    const backwards: string[] = [];
    for (const client of world.clients) {
      for (const [id, shown] of client.shown) {
        if (shown.some((value, i) => i > 0 && value < shown[i - 1]!)) backwards.push(`${client.userID} ${id}: ${shown.join(' → ')}`);
      }
    }
    expect(backwards, context).toEqual([]);

    // Only transient network trouble and the injected expiries were reported: nothing
    // malformed, nothing dropped for good.
    const transient = new Set<number>([ErrorCode.NETWORK, ErrorCode.TIMEOUT, ErrorCode.USER_SIG_EXPIRED]);
    const injected = (error: { code: number; message: string }) => error.code === ErrorCode.INVALID_PARAMETER && error.message.startsWith('Injected:');
    const unexpected = world.clients.flatMap((c) =>
      c.store
        .getState()
        .errors.filter((e) => !transient.has(e.error.code) && !injected(e.error))
        .map((e) => `${c.userID}: ${e.error.code} ${e.error.message}`),
    );
    expect(unexpected, context).toEqual([]);
    stop();
  });
});
