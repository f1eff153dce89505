// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode, type ChatEvent } from '../../src/core';
import { WsCloseCode, type WebSocketAdapter } from '../../src/mock';
import type { MockServer } from '../../src/mock/server';
import { codeOf } from '../contract/fixture';
import { adapterFor, loggedIn, rawClient, sigExpiringSoon, sigFor, sleep, startServer, until, type RawClient } from './harness';

const connectionEvents = (events: ChatEvent[]) => events.filter((e): e is Extract<ChatEvent, { type: 'connection' }> => e.type === 'connection');

describe('session deadlines at the server', () => {
  let server: MockServer;
  const clients: RawClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await server.close();
  });
  const raw = async () => {
    const client = await rawClient(server);
    clients.push(client);
    return client;
  };

  it('closes a socket that never logs in after the login deadline, with 4001 (issue 16, finding 6)', async () => {
    server = await startServer({ loginDeadlineMs: 100 });
    const idle = await raw();
    const alice = await loggedIn(server, 'alice');
    clients.push(alice);
    expect(await idle.closed).toEqual({ code: WsCloseCode.LOGIN_DEADLINE });
    await sleep(150);
    expect(await alice.request('getGroupInfo', { groupID: 'team' })).toMatchObject({ ok: true });
    expect(server.socketCount).toBe(1);
  });

  it('restarts the login deadline on logout', async () => {
    server = await startServer({ loginDeadlineMs: 100 });
    const alice = await loggedIn(server, 'alice');
    clients.push(alice);
    expect(await alice.request('logout')).toMatchObject({ ok: true });
    expect(await alice.closed).toEqual({ code: WsCloseCode.LOGIN_DEADLINE });
  });

  it('ends a session when its userSig expires, with 4002 (issue 16, finding 5)', async () => {
    server = await startServer();
    const { userSig, expiresAt } = sigExpiringSoon('alice');
    const alice = await raw();
    expect(await alice.request('login', { userID: 'alice', userSig })).toMatchObject({ ok: true });
    expect(await alice.request('getGroupInfo', { groupID: 'team' })).toMatchObject({ ok: true });
    expect(await alice.closed).toEqual({ code: WsCloseCode.USER_SIG_EXPIRED });
    expect(Date.now()).toBeGreaterThanOrEqual(expiresAt);
  });

  it('extends the session when the same user logs in again with a fresh sig', async () => {
    server = await startServer();
    const { userSig, expiresAt } = sigExpiringSoon('alice');
    const alice = await raw();
    await alice.request('login', { userID: 'alice', userSig });
    expect(await alice.request('login', { userID: 'alice', userSig: sigFor('alice') })).toMatchObject({ ok: true });
    await sleep(expiresAt - Date.now() + 100);
    expect(await alice.request('getGroupInfo', { groupID: 'team' })).toMatchObject({ ok: true });
  });
});

describe('the WebSocket adapter when the session ends', () => {
  let server: MockServer;
  const adapters: WebSocketAdapter[] = [];
  afterEach(async () => {
    await Promise.all(adapters.splice(0).map((adapter) => adapter.logout()));
    await server.close();
  });
  const watch = (adapter: WebSocketAdapter) => {
    const events: ChatEvent[] = [];
    adapter.subscribe((event) => events.push(event));
    adapters.push(adapter);
    return events;
  };

  it('turns the expiry into signedOut with USER_SIG_EXPIRED, retries nothing, and resumes on login({ userSig }) (issue 16, finding 5)', async () => {
    server = await startServer();
    const adapter = adapterFor(server, 'alice', { userSig: sigExpiringSoon('alice').userSig, reconnect: { minMs: 5, maxMs: 10 } });
    const events = watch(adapter);
    await adapter.login();
    await until(() => adapter.connectionState === 'signedOut', 3000, 'signedOut');
    await sleep(20);
    const last = connectionEvents(events).at(-1);
    expect(last).toMatchObject({ type: 'connection', state: 'signedOut', reason: { code: ErrorCode.USER_SIG_EXPIRED } });
    expect(last?.reason?.endsSession).toBe(true);
    expect(await codeOf(adapter.getGroupInfo('team'))).toBe(ErrorCode.USER_SIG_EXPIRED);
    await sleep(100);
    expect(server.socketCount).toBe(0);

    await adapter.login({ userSig: sigFor('alice') });
    expect(adapter.connectionState).toBe('connected');
    expect(await adapter.getGroupInfo('team')).toMatchObject({ groupID: 'team' });
  });

  it('signs out with the reason when a reconnect is refused for an expired sig, instead of stopping silently', async () => {
    server = await startServer();
    const { userSig, expiresAt } = sigExpiringSoon('alice', 400);
    const adapter = adapterFor(server, 'alice', { userSig, reconnect: { minMs: 10, maxMs: 20 } });
    const events = watch(adapter);
    await adapter.login();
    // Down until the sig has expired: the adapter's next login is refused, not its live session ended.
    await server.restart({ downMs: expiresAt - Date.now() + 100 });
    await until(() => adapter.connectionState === 'signedOut', 3000, 'signedOut');
    await sleep(20);
    expect(connectionEvents(events).at(-1)).toMatchObject({ state: 'signedOut', reason: { code: ErrorCode.USER_SIG_EXPIRED } });
    expect(await codeOf(adapter.sendMessage({ conversationID: 'GROUPteam', text: 'x', needReadReceipt: false }))).toBe(ErrorCode.USER_SIG_EXPIRED);

    await adapter.login({ userSig: sigFor('alice') });
    expect(await adapter.getGroupInfo('team')).toMatchObject({ groupID: 'team' });
  });

  it('a login({ userSig }) while connected refreshes the live session past the old expiry', async () => {
    server = await startServer();
    const { userSig, expiresAt } = sigExpiringSoon('alice');
    const adapter = adapterFor(server, 'alice', { userSig });
    watch(adapter);
    await adapter.login();
    await adapter.login({ userSig: sigFor('alice') });
    await sleep(expiresAt - Date.now() + 100);
    expect(adapter.connectionState).toBe('connected');
    expect(await adapter.getGroupInfo('team')).toMatchObject({ groupID: 'team' });
  });
});
