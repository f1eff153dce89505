// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { ChatError, ErrorCode } from '../../src/core';
import type { MockServer, ServerLimits } from '../../src/mock/server';
import { adapterFor, loggedIn, smallBackend, startServer, until, type RawClient } from './harness';

const codeOf = (reply: Record<string, unknown>) => (reply.error as { code: number } | undefined)?.code;
const messageOf = (reply: Record<string, unknown>) => (reply.error as { message: string } | undefined)?.message ?? '';

/**
 * The conversation list and reminders over the wire (issue 20): the same authorization as the
 * other ops (only one's own conversations, only the sender reminds), shape errors naming the
 * field, per-user budgets, the reminder interval's time on the refusal frame, and the
 * conversation feed kept on across a reconnect.
 */
describe('conversation and reminder ops at the server', () => {
  let server: MockServer;
  const clients: RawClient[] = [];
  const start = async (limits: Partial<ServerLimits> = {}) => {
    server = await startServer({ limits });
  };
  const as = async (userID: string) => {
    const client = await loggedIn(server, userID);
    clients.push(client);
    return client;
  };
  const sendAs = async (client: RawClient, conversationID = 'GROUPteam') =>
    ((await client.request('sendMessage', { conversationID, text: 'x', needReadReceipt: true })).result as { messageID: string }).messageID;
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await server.close();
  });

  it('refuses a non-member’s group and another pair’s chat, and lists only one’s own conversations', async () => {
    await start();
    const alice = await as('alice');
    const olga = await as('olga');
    await sendAs(alice);
    await sendAs(alice, 'C2Cbob');
    for (const op of ['getConversation', 'markConversationRead']) {
      expect(codeOf(await olga.request(op, { conversationID: 'GROUPteam' }))).toBe(ErrorCode.NO_PERMISSION);
    }
    const listed = await olga.request('getConversationList', {});
    expect(listed).toMatchObject({ ok: true, result: { conversations: [], isFinished: true } });
    expect(JSON.stringify(listed)).not.toMatch(/Team|C2Cbob/);
  });

  it('lets only the sender remind, once per interval, and puts the time of the next on the refusal', async () => {
    await start();
    const alice = await as('alice');
    const bob = await as('bob');
    const messageID = await sendAs(alice);
    expect(codeOf(await bob.request('remindUnread', { messageID }))).toBe(ErrorCode.NO_PERMISSION);
    const first = await alice.request('remindUnread', { messageID });
    expect(first).toMatchObject({ ok: true, result: { reminded: 2 } });
    const again = await alice.request('remindUnread', { messageID });
    expect(again).toMatchObject({ ok: false, error: { code: ErrorCode.RATE_LIMITED, retryAt: (first.result as { nextAllowedAt: number }).nextAllowedAt } });
    await until(() => bob.events.some((e) => e.type === 'reminder'), 2000, 'the reminder');
    // An ID inside params never chooses the acting user.
    expect(codeOf(await bob.request('remindUnread', { messageID, userID: 'alice' }))).toBe(ErrorCode.NO_PERMISSION);
  });

  it.each([
    ['remindUnread', { messageID: 42 }, 'messageID'],
    ['remindUnread', {}, 'messageID'],
    ['getConversation', { conversationID: ['GROUPteam'] }, 'conversationID'],
    ['markConversationRead', { conversationID: 7 }, 'conversationID'],
    ['getConversationList', { nextSeq: { cursor: 1 } }, 'nextSeq'],
    ['getConversationList', { count: 'ten' }, 'count'],
  ])('%s with %j is INVALID_PARAMETER naming %s', async (op, params, field) => {
    await start();
    const alice = await as('alice');
    const reply = await alice.request(op, params);
    expect(codeOf(reply)).toBe(ErrorCode.INVALID_PARAMETER);
    expect(messageOf(reply)).toContain(field);
  });

  it('spends the per-user receipt budget on markConversationRead, over all sockets of the user', async () => {
    await start({ receiptRate: { capacity: 5, perSecond: 0.001 } });
    const bobs = [await as('bob'), await as('bob')];
    const replies = await Promise.all(bobs.flatMap((bob) => Array.from({ length: 5 }, () => bob.request('markConversationRead', { conversationID: 'GROUPteam' }))));
    expect(replies.filter((r) => r.ok === true)).toHaveLength(5);
    expect(replies.filter((r) => r.ok !== true).every((r) => codeOf(r) === ErrorCode.RATE_LIMITED)).toBe(true);
  });

  it('spends the per-user send budget on remindUnread', async () => {
    await start({ sendRate: { capacity: 3, perSecond: 0.001 } });
    const alice = await as('alice');
    const ids = [await sendAs(alice), await sendAs(alice)];
    expect(await alice.request('remindUnread', { messageID: ids[0] })).toMatchObject({ ok: true });
    const refused = await alice.request('remindUnread', { messageID: ids[1] });
    expect(refused).toMatchObject({ ok: false, error: { code: ErrorCode.RATE_LIMITED } });
    expect(refused.error).not.toHaveProperty('retryAt');
  });

  it('refuses a bad listConversations flag at login, naming it', async () => {
    await start();
    const client = await loggedIn(server, 'alice');
    clients.push(client);
    const reply = await client.request('login', { userID: 'alice', userSig: 'x', listConversations: 'yes' });
    expect(codeOf(reply)).toBe(ErrorCode.INVALID_PARAMETER);
    expect(messageOf(reply)).toContain('listConversations');
  });
});

describe('the WebSocket adapter’s conversation feed', () => {
  let server: MockServer | undefined;
  afterEach(async () => {
    await server?.close();
  });

  it('stays on across a server restart for a client that listed, and is off for one that did not', async () => {
    const backend = smallBackend();
    server = await startServer({ backend });
    const listing = adapterFor(server, 'bob', { reconnect: { minMs: 5, maxMs: 20 } });
    const quiet = adapterFor(server, 'carol', { reconnect: { minMs: 5, maxMs: 20 } });
    const events: string[] = [];
    const quietEvents: string[] = [];
    listing.subscribe((e) => events.push(e.type));
    quiet.subscribe((e) => quietEvents.push(e.type));
    await listing.login();
    await quiet.login();
    await listing.getConversationList();
    await server.restart({ downMs: 10 });
    await until(() => listing.connectionState === 'connected' && quiet.connectionState === 'connected', 3000, 'reconnects');
    backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'after the restart', needReadReceipt: false });
    await until(() => events.includes('unreadTotal'), 2000, 'the feed after reconnecting');
    expect(events).toContain('conversations');
    await until(() => quietEvents.includes('messages'), 2000, 'the message');
    expect(quietEvents.filter((t) => t === 'conversations' || t === 'unreadTotal')).toEqual([]);
    await listing.logout();
    await quiet.logout();
  });

  it('rejects a refused reminder with the time it may be sent again', async () => {
    server = await startServer();
    const alice = adapterFor(server, 'alice');
    await alice.login();
    const message = await alice.sendMessage({ conversationID: 'GROUPteam', text: 'x', needReadReceipt: true });
    const { nextAllowedAt } = await alice.remindUnread({ messageID: message.messageID });
    const refusal = await alice.remindUnread({ messageID: message.messageID }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ChatError);
    expect(refusal).toMatchObject({ code: ErrorCode.RATE_LIMITED, retryAt: nextAllowedAt });
    await alice.logout();
  });
});
