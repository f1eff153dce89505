// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/core';
import type { MockServer } from '../../src/mock/server';
import { generateUserSig, verifyUserSig } from '../../src/mock/server';
import { codeOf } from '../contract/fixture';
import { SECRET, adapterFor, loggedIn, rawClient, sigFor, startServer, type RawClient } from './harness';

const codeOfReply = (reply: Record<string, unknown>) => (reply.error as { code: number } | undefined)?.code;

describe('userSig', () => {
  it('verifies a sig for its user and secret only', () => {
    const sig = generateUserSig({ userID: 'alice', secret: SECRET, expireSeconds: 60 });
    expect(() => verifyUserSig(sig, 'alice', SECRET)).not.toThrow();
    expect(() => verifyUserSig(sig, 'bob', SECRET)).toThrow(expect.objectContaining({ code: ErrorCode.NO_PERMISSION }));
    expect(() => verifyUserSig(sig, 'alice', 'another-secret')).toThrow(expect.objectContaining({ code: ErrorCode.NO_PERMISSION }));
  });

  it('rejects an expired sig with USER_SIG_EXPIRED, and a tampered expiry as forged', () => {
    const old = generateUserSig({ userID: 'alice', secret: SECRET, expireSeconds: 60, now: Date.now() - 120_000 });
    expect(() => verifyUserSig(old, 'alice', SECRET)).toThrow(expect.objectContaining({ code: ErrorCode.USER_SIG_EXPIRED }));
    const body = JSON.parse(Buffer.from(old, 'base64url').toString()) as { expire: number };
    const extended = Buffer.from(JSON.stringify({ ...body, expire: body.expire + 3600 })).toString('base64url');
    expect(() => verifyUserSig(extended, 'alice', SECRET)).toThrow(expect.objectContaining({ code: ErrorCode.NO_PERMISSION }));
  });

  it.each([
    ['absent', undefined],
    ['a number', 42],
    ['empty', ''],
    ['not base64 JSON', 'not-base64-json'],
    ['JSON of the wrong shape', Buffer.from('[]').toString('base64url')],
    ['over-long', 'x'.repeat(5000)],
  ])(
    'rejects a sig that is %s with NO_PERMISSION',
    (_label, sig) => {
      expect(() => verifyUserSig(sig, 'alice', SECRET)).toThrow(expect.objectContaining({ code: ErrorCode.NO_PERMISSION }));
    },
  );
});

describe('login over the socket', () => {
  let server: MockServer;
  let clients: RawClient[];
  const client = async () => {
    const made = await rawClient(server);
    clients.push(made);
    return made;
  };
  beforeEach(async () => {
    server = await startServer();
    clients = [];
  });
  afterEach(async () => {
    for (const made of clients) made.close();
    await server.close();
  });

  it('logs in with a good sig; calls before that fail with NOT_LOGGED_IN', async () => {
    const raw = await client();
    expect(codeOfReply(await raw.request('getGroupInfo', { groupID: 'team' }))).toBe(ErrorCode.NOT_LOGGED_IN);
    expect(await raw.request('login', { userID: 'alice', userSig: sigFor('alice') })).toEqual({ id: 2, ok: true, result: { userID: 'alice' } });
    expect(await raw.request('getGroupInfo', { groupID: 'team' })).toMatchObject({ ok: true, result: { groupID: 'team' } });
  });

  it('refuses an expired sig with USER_SIG_EXPIRED', async () => {
    const raw = await client();
    const userSig = generateUserSig({ userID: 'alice', secret: SECRET, expireSeconds: 1, now: Date.now() - 5000 });
    expect(codeOfReply(await raw.request('login', { userID: 'alice', userSig }))).toBe(ErrorCode.USER_SIG_EXPIRED);
    expect(codeOfReply(await raw.request('getGroupInfo', { groupID: 'team' }))).toBe(ErrorCode.NOT_LOGGED_IN);
  });

  it('refuses a forged sig and a sig of another user with NO_PERMISSION', async () => {
    const raw = await client();
    const forged = generateUserSig({ userID: 'alice', secret: 'not-the-server-secret' });
    expect(codeOfReply(await raw.request('login', { userID: 'alice', userSig: forged }))).toBe(ErrorCode.NO_PERMISSION);
    expect(codeOfReply(await raw.request('login', { userID: 'alice', userSig: sigFor('bob') }))).toBe(ErrorCode.NO_PERMISSION);
  });

  it('refuses to switch a logged-in socket to another user', async () => {
    const raw = await loggedIn(server, 'alice');
    clients.push(raw);
    expect(codeOfReply(await raw.request('login', { userID: 'bob', userSig: sigFor('bob') }))).toBe(ErrorCode.NO_PERMISSION);
    expect(await raw.request('login', { userID: 'alice', userSig: sigFor('alice') })).toMatchObject({ ok: true });
  });

  it('takes identity from the session only: user IDs inside params are ignored', async () => {
    const raw = await loggedIn(server, 'alice');
    clients.push(raw);
    const sent = await raw.request('sendMessage', {
      conversationID: 'GROUPteam',
      text: 'hi',
      needReadReceipt: true,
      senderID: 'bob',
      userID: 'bob',
      as: 'bob',
    });
    expect(sent).toMatchObject({ ok: true, result: { senderID: 'alice' } });
    const messageID = (sent.result as { messageID: string }).messageID;
    // As the real sender, alice may pull counts; claiming to be bob in params changes nothing.
    const pulled = await raw.request('getMessageReadReceipts', { messageIDs: [messageID], userID: 'bob' });
    expect(pulled).toMatchObject({ ok: true, result: [{ readCount: 0 }] });
    // A receipt "from bob" sent by alice is alice reading her own message: refused.
    const spoof = await raw.request('sendMessageReadReceipts', { messageIDs: [messageID], userID: 'bob' });
    expect(codeOfReply(spoof)).toBe(ErrorCode.RECEIPT_LIST_EMPTY);
  });

  it('logout ends the session on the socket', async () => {
    const raw = await loggedIn(server, 'alice');
    clients.push(raw);
    expect(await raw.request('logout')).toMatchObject({ ok: true });
    expect(codeOfReply(await raw.request('getGroupInfo', { groupID: 'team' }))).toBe(ErrorCode.NOT_LOGGED_IN);
  });

  it('the adapter rejects login with the server’s code and does not retry', async () => {
    const expired = generateUserSig({ userID: 'alice', secret: SECRET, expireSeconds: 1, now: Date.now() - 5000 });
    const adapter = adapterFor(server, 'alice', { userSig: expired, reconnect: { minMs: 5, maxMs: 10 } });
    expect(await codeOf(adapter.login())).toBe(ErrorCode.USER_SIG_EXPIRED);
    expect(await codeOf(adapter.getGroupInfo('team'))).toBe(ErrorCode.NOT_LOGGED_IN);
    expect(adapter.connectionState).toBe('disconnected');
    await adapter.logout();
  });

  it('serves dev sigs for known users only (GET /dev/usersig, with devSigs on)', async () => {
    await server.close();
    server = await startServer({ devSigs: true, logger: { warn: () => undefined, error: () => undefined } });
    const ok = await fetch(`${server.httpURL}/dev/usersig?userID=bob`);
    expect(ok.status).toBe(200);
    // No wildcard CORS: only a listed origin is echoed (test/ws/http.test.ts), and fetch sends none here.
    expect(ok.headers.get('access-control-allow-origin')).toBeNull();
    const { userSig } = (await ok.json()) as { userSig: string };
    expect(() => verifyUserSig(userSig, 'bob', SECRET)).not.toThrow();
    expect((await fetch(`${server.httpURL}/dev/usersig?userID=nobody`)).status).toBe(404);
    expect((await fetch(`${server.httpURL}/dev/usersig`)).status).toBe(400);
    expect((await fetch(`${server.httpURL}/elsewhere`)).status).toBe(404);
  });
});
