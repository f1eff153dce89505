import { ErrorCode, type MessageID } from '../../src/core';
import {
  advance,
  backendReaders,
  CHAOS_FAULTS,
  CONVERSATION,
  createWorld,
  GROUP_SIZE,
  NO_FAULTS,
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
 * backend state). After the network heals, every sender's counts equal the backend's, no
 * reported read is lost or counted twice, and no count ever went backwards on screen.
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
  const stops = world.clients.map((client) => client.store.actions.start());
  await until(() => world.clients.every((c) => c.store.getState().session === 'ready' && connected(c)), 'login');
  for (const client of world.clients) void client.store.actions.openConversation(CONVERSATION);
  await until(
    () => world.clients.every((c) => c.store.getState().conversations.get(CONVERSATION)?.status === 'ready'),
    'conversations to load',
  );
  return () => stops.forEach((stop) => stop());
}

function sendOne(client: Client, text: string): void {
  void client.store.actions
    .sendMessage(CONVERSATION, text, { needReadReceipt: true })
    .then((message) => {
      if (message?.status === 'sent') client.sent.add(message.messageID);
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
    if (roll < 0.3) {
      log.push(`${step}: ${client.userID} sends`);
      sendOne(client, `message ${step} from ${client.userID}`);
    } else if (roll < 0.65) {
      reportSome(client, random, 0.5);
    } else if (roll < 0.85) {
      othersRead(world);
    } else if (roll < 0.93) {
      log.push(`${step}: ${client.userID} ${client.raw.connectionState === 'disconnected' ? 'reconnects' : 'disconnects'}`);
      if (client.raw.connectionState === 'disconnected') client.raw.reconnect();
      else client.raw.disconnect();
    } else if (roll < 0.97) {
      // Cut the connection while a receipt batch is on its way.
      log.push(`${step}: ${client.userID} cut mid-batch`);
      reportSome(client, random, 1);
      await advance(random.int(40, 60), 5);
      client.raw.disconnect();
      await advance(random.int(20, 100));
      client.raw.reconnect();
    } else {
      // The server restarts with its state kept: everyone is cut off, then reconnects.
      log.push(`${step}: server restart`);
      for (const c of clients) c.raw.disconnect();
      await advance(random.int(50, 200));
      for (const c of clients) c.raw.reconnect();
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
  await until(() => world.clients.every(connected), 'every client to reconnect');
  await until(
    () => world.clients.every((c) => [...c.store.getState().messages.values()].every((m) => m.status !== 'sending')),
    'sends to settle',
  );
  await advance(500);
  // Readers catch up on what they could not see before.
  for (const client of world.clients) reportSome(client, world.random, 1);
  await until(() => world.clients.every((c) => c.store.getState().outbox.size === 0), 'every outbox to drain');
  await advance(1000);
}

describe(`chaos in a ${GROUP_SIZE}-member group converges`, () => {
  it.each(seeds.map((seed) => [seed]))('CHAOS_SEED=%i', async (seed) => {
    const where = `CHAOS_SEED=${seed}`;
    const world = createWorld(seed, CLIENTS);
    const log: string[] = [];
    const stop = await startAll(world);
    await chaos(world, log);
    await heal(world);
    const context = `${where}\n${log.join('\n')}`;
    if (process.env.CHAOS_STATS) console.log(seed, world.backend.receiptMessageIDs(CONVERSATION).length, world.clients.map((c) => `${c.reported.size}/${c.sent.size}/${[...c.shown.values()].reduce((n, h) => n + h.length, 0)}`).join(' '), log.filter((l) => !l.includes('sends')).join('; '));

    const senderOf = new Map<MessageID, Client>();
    for (const client of world.clients) for (const id of client.sent) senderOf.set(id, client);
    const all = world.backend.receiptMessageIDs(CONVERSATION);
    expect(all.length, context).toBeGreaterThan(0);
    // Every message on the backend was sent by a client that knows it as sent.
    expect(all.filter((id) => !senderOf.has(id)), context).toEqual([]);

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
    for (const reader of world.clients) {
      for (const id of reader.reported) {
        const sender = senderOf.get(id)!;
        if (!backendReaders(world.backend, sender.userID, id).includes(reader.userID)) lost.push(`${reader.userID} read ${id}`);
      }
    }
    expect(lost, context).toEqual([]);
    // The readers did report: the run exercised receipts from clients, not only from others.
    expect(world.clients.reduce((n, c) => n + c.reported.size, 0), context).toBeGreaterThan(0);

    const backwards: string[] = [];
    for (const client of world.clients) {
      for (const [id, shown] of client.shown) {
        if (shown.some((value, i) => i > 0 && value < shown[i - 1]!)) backwards.push(`${client.userID} ${id}: ${shown.join(' → ')}`);
      }
    }
    expect(backwards, context).toEqual([]);

    // Only transient network trouble was reported: nothing malformed, nothing dropped for good.
    const transient = new Set<number>([ErrorCode.NETWORK, ErrorCode.TIMEOUT]);
    const unexpected = world.clients.flatMap((c) =>
      c.store.getState().errors.filter((e) => !transient.has(e.error.code)).map((e) => `${c.userID}: ${e.error.code} ${e.error.message}`),
    );
    expect(unexpected, context).toEqual([]);
    stop();
  });
});
