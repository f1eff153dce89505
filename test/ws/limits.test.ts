// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/core';
import type { MockServer, ServerLimits } from '../../src/mock/server';
import { codeOf } from '../contract/fixture';
import { generateUserSig } from '../../src/mock/server';
import { WsCloseCode } from '../../src/mock';
import { adapterFor, loggedIn, rawClient, sigFor, startServer, until, type RawClient } from './harness';

const errorCode = (reply: Record<string, unknown>) => (reply.error as { code: number } | undefined)?.code;
const ids = (n: number, prefix = 'm') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('server limits', () => {
  let server: MockServer;
  const clients: RawClient[] = [];
  const start = async (limits: Partial<ServerLimits> = {}) => {
    server = await startServer({ limits });
    const client = await loggedIn(server, 'alice');
    clients.push(client);
    return client;
  };
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await server.close();
  });

  it('rate-limits receipt calls per user with RATE_LIMITED, and refills', async () => {
    const alice = await start({ receiptRate: { capacity: 3, perSecond: 20 } });
    const bob = await loggedIn(server, 'bob');
    clients.push(bob);
    const sent = await alice.request('sendMessage', { conversationID: 'GROUPteam', text: 'x', needReadReceipt: true });
    const messageIDs = [(sent.result as { messageID: string }).messageID];
    const codes = [];
    for (let i = 0; i < 5; i += 1) codes.push(errorCode(await bob.request('sendMessageReadReceipts', { messageIDs })) ?? 'ok');
    expect(codes).toEqual(['ok', 'ok', 'ok', ErrorCode.RATE_LIMITED, ErrorCode.RATE_LIMITED]);
    // Another user has their own bucket; other calls are not receipt calls.
    const carol = await loggedIn(server, 'carol');
    clients.push(carol);
    expect(await carol.request('sendMessageReadReceipts', { messageIDs })).toMatchObject({ ok: true });
    expect(await bob.request('getGroupInfo', { groupID: 'team' })).toMatchObject({ ok: true });
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await bob.request('sendMessageReadReceipts', { messageIDs })).toMatchObject({ ok: true });
  });

  it('shares the receipt budget among all sockets of one user (issue 16, finding 4)', async () => {
    const alice = await start({ receiptRate: { capacity: 20, perSecond: 0.001 } });
    const sent = await alice.request('sendMessage', { conversationID: 'GROUPteam', text: 'x', needReadReceipt: true });
    const messageIDs = [(sent.result as { messageID: string }).messageID];
    const bobs = await Promise.all(Array.from({ length: 10 }, () => loggedIn(server, 'bob')));
    clients.push(...bobs);
    const replies = await Promise.all(bobs.flatMap((bob) => Array.from({ length: 30 }, () => bob.request('sendMessageReadReceipts', { messageIDs }))));
    const codes = replies.map((reply) => errorCode(reply) ?? 'ok');
    expect(codes.filter((code) => code === 'ok')).toHaveLength(20);
    expect(codes.filter((code) => code !== 'ok').every((code) => code === ErrorCode.RATE_LIMITED)).toBe(true);
    const carol = await loggedIn(server, 'carol');
    clients.push(carol);
    expect(await carol.request('sendMessageReadReceipts', { messageIDs })).toMatchObject({ ok: true });
  });

  it('shares the send budget among all sockets of one user (issue 16, finding 4)', async () => {
    await start({ sendRate: { capacity: 10, perSecond: 0.001 } });
    const alices = await Promise.all(Array.from({ length: 5 }, () => loggedIn(server, 'alice')));
    clients.push(...alices);
    const input = { conversationID: 'GROUPteam', text: 'spam', needReadReceipt: false };
    const replies = await Promise.all(alices.flatMap((alice) => Array.from({ length: 10 }, () => alice.request('sendMessage', input))));
    const codes = replies.map((reply) => errorCode(reply) ?? 'ok');
    expect(codes.filter((code) => code === 'ok')).toHaveLength(10);
    expect(codes.filter((code) => code !== 'ok').every((code) => code === ErrorCode.RATE_LIMITED)).toBe(true);
    const bob = await loggedIn(server, 'bob');
    clients.push(bob);
    expect(await bob.request('sendMessage', input)).toMatchObject({ ok: true });
  });

  it('limits login attempts per IP over all its sockets, good sigs included (issue 16, finding 4)', async () => {
    await start({ loginRate: { capacity: 20, perSecond: 0.001 } });
    // start() logged alice in: one attempt of the 20 is spent.
    const sockets = await Promise.all(Array.from({ length: 40 }, () => rawClient(server)));
    clients.push(...sockets);
    const forged = generateUserSig({ userID: 'bob', secret: 'guessed-secret-0000' });
    const replies = await Promise.all(sockets.flatMap((socket) => Array.from({ length: 5 }, () => socket.request('login', { userID: 'bob', userSig: forged }))));
    const codes = replies.map(errorCode);
    expect(codes.filter((code) => code === ErrorCode.NO_PERMISSION)).toHaveLength(19);
    expect(codes.filter((code) => code !== ErrorCode.NO_PERMISSION).every((code) => code === ErrorCode.RATE_LIMITED)).toBe(true);
    const late = await rawClient(server);
    clients.push(late);
    expect(errorCode(await late.request('login', { userID: 'bob', userSig: sigFor('bob') }))).toBe(ErrorCode.RATE_LIMITED);
  });

  it('rate-limits every call, including bad frames and logins', async () => {
    const alice = await start({ callRate: { capacity: 4, perSecond: 0.001 } });
    const replies = [];
    for (let i = 0; i < 3; i += 1) replies.push(errorCode(await alice.request('getGroupInfo', { groupID: 'team' })) ?? 'ok');
    alice.sendRaw('not json');
    replies.push(errorCode(await alice.nextReply()));
    expect(replies).toEqual(['ok', 'ok', 'ok', ErrorCode.RATE_LIMITED]);
  });

  it('surfaces RATE_LIMITED through the adapter as a transient error', async () => {
    await start({ receiptRate: { capacity: 1, perSecond: 0.001 } });
    const adapter = adapterFor(server, 'bob');
    await adapter.login();
    await adapter.markC2CMessageAsRead('alice');
    const error = await adapter.markC2CMessageAsRead('alice').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: ErrorCode.RATE_LIMITED, transient: true });
    await adapter.logout();
  });

  it('closes a socket that does not read its replies with 4003 SLOW_READER (issue 16, finding 3)', async () => {
    server = await startServer({ limits: { maxBufferedBytes: 256 * 1024 }, closeGraceMs: 30_000 });
    for (let i = 0; i < 100; i += 1) {
      server.backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'x'.repeat(8000), needReadReceipt: false });
    }
    const reader = await loggedIn(server, 'bob');
    clients.push(reader);
    reader.socket.pause();
    const page = JSON.stringify({ id: 9, op: 'getMessageHistory', params: { conversationID: 'GROUPteam', count: 100 } });
    // 40 pages of ~810 KB: more than the kernel's socket buffers take, so the rest queues in the server.
    for (let i = 0; i < 40; i += 1) reader.sendRaw(page);
    await until(() => server.bufferedBytes > 256 * 1024, 10_000, 'replies to queue up');
    reader.socket.resume();
    expect(await reader.closed).toEqual({ code: WsCloseCode.SLOW_READER });
    const replies = reader.frames.filter((frame) => (frame as { id?: unknown }).id === 9);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.length).toBeLessThan(40);
  });

  it('closes the socket with 1009 on a frame over maxFrameBytes', async () => {
    const alice = await start({ maxFrameBytes: 1024 });
    alice.sendRaw(JSON.stringify({ id: 1, op: 'sendMessage', params: { conversationID: 'GROUPteam', text: 'x'.repeat(2000), needReadReceipt: false } }));
    expect(await alice.closed).toEqual({ code: 1009 });
  });

  it('refuses text over maxTextLength with INVALID_PARAMETER', async () => {
    const alice = await start({ maxTextLength: 10 });
    const reply = await alice.request('sendMessage', { conversationID: 'GROUPteam', text: 'x'.repeat(11), needReadReceipt: false });
    expect(errorCode(reply)).toBe(ErrorCode.INVALID_PARAMETER);
    expect(await alice.request('sendMessage', { conversationID: 'GROUPteam', text: 'x'.repeat(10), needReadReceipt: false })).toMatchObject({ ok: true });
  });

  it('bounds batches: 30 IDs per receipt call, 100 per count pull and per profile lookup', async () => {
    const alice = await start();
    expect(errorCode(await alice.request('sendMessageReadReceipts', { messageIDs: ids(31) }))).toBe(ErrorCode.INVALID_PARAMETER);
    expect(errorCode(await alice.request('sendMessageReadReceipts', { messageIDs: ids(30) }))).toBe(ErrorCode.MESSAGE_NOT_FOUND);
    expect(errorCode(await alice.request('getMessageReadReceipts', { messageIDs: ids(101) }))).toBe(ErrorCode.INVALID_PARAMETER);
    expect(errorCode(await alice.request('getUserProfiles', { userIDs: ids(101, 'u') }))).toBe(ErrorCode.INVALID_PARAMETER);
    expect(await alice.request('getUserProfiles', { userIDs: ['bob', ...ids(99, 'u')] })).toMatchObject({ ok: true, result: [{ userID: 'bob' }] });
  });

  it('the adapter splits up to 100 receipts into calls of 30, as one call would behave', async () => {
    const alice = await start();
    const sent = await alice.request('sendMessage', { conversationID: 'GROUPteam', text: 'x', needReadReceipt: true });
    const messageID = (sent.result as { messageID: string }).messageID;
    const bob = adapterFor(server, 'bob');
    await bob.login();
    await bob.sendMessageReadReceipts([...ids(70), messageID]);
    expect(await alice.request('getMessageReadReceipts', { messageIDs: [messageID] })).toMatchObject({ result: [{ readCount: 1 }] });
    expect(await codeOf(bob.sendMessageReadReceipts(ids(90)))).toBe(ErrorCode.MESSAGE_NOT_FOUND);
    const plain = await alice.request('sendMessage', { conversationID: 'GROUPteam', text: 'y', needReadReceipt: false });
    const plainID = (plain.result as { messageID: string }).messageID;
    expect(await codeOf(bob.sendMessageReadReceipts([...ids(40), plainID]))).toBe(ErrorCode.RECEIPT_LIST_EMPTY);
    expect(await codeOf(bob.sendMessageReadReceipts(ids(101)))).toBe(ErrorCode.INVALID_PARAMETER);
    await bob.logout();
  });
});
