// @vitest-environment node
import { ChatError, ErrorCode, type ChatEvent } from '../../src/core';
import { rejectionOf, useFakeSdkClock, useRealSdk } from './real-sdk/harness';

type Connection = Extract<ChatEvent, { type: 'connection' }>;
const statesAfter = (events: ChatEvent[], from: Connection) =>
  events.slice(events.indexOf(from) + 1).flatMap((e) => (e.type === 'connection' ? [e.state] : []));

// Regression: issue 14, findings 2 and 3 (session codes off by one; a kick ended "connected").
describe('Tencent on the real SDK: a session that ends', () => {
  const h = useRealSdk('index.js', { readyTimeoutMs: 2000 });

  it.each([
    ['another device', 2, ErrorCode.KICKED_OUT, 3002],
    ['another account on the page', 1, ErrorCode.KICKED_OUT, 3003],
    ['the REST API', 3, ErrorCode.KICKED_BY_SERVER, 3006],
  ] as const)('a kick by %s ends in signedOut with its reason and stays there', async (_by, kickType, code, backendCode) => {
    const alice = await h().as('alice');
    h().setup.service.kick('alice', kickType);
    const ended = await alice.waitFor('connection', (e) => e.state === 'signedOut');
    expect(ended.reason).toBeInstanceOf(ChatError);
    expect(ended.reason).toMatchObject({ code, backendCode, endsSession: true });
    // The SDK reconnects its socket after a REST-API kick and reports connecting → connected.
    await alice.settle('connection');
    expect(statesAfter(alice.events, ended)).toEqual([]);
    const sent = h().setup.service.requests.length;
    const error = await rejectionOf(alice.adapter.getGroupInfo('team'));
    expect(error).toMatchObject({ code, backendCode, transient: false, endsSession: true });
    expect(h().setup.service.requests.slice(sent).map((r) => r.servcmd)).not.toContain('group_open_http_svc.get_group_self_member_info');
  });

  it('an expired userSig ends in signedOut (USER_SIG_EXPIRED); a new userSig logs the same user in again', async () => {
    const alice = await h().as('alice');
    h().setup.service.expireUserSig('alice');
    const first = await rejectionOf(alice.adapter.getGroupInfo('team'));
    expect(first).toMatchObject({ code: ErrorCode.USER_SIG_EXPIRED, endsSession: true });
    const ended = await alice.waitFor('connection', (e) => e.state === 'signedOut');
    expect(ended.reason).toMatchObject({ code: ErrorCode.USER_SIG_EXPIRED, backendCode: 3004 });
    await alice.settle('connection');
    expect(statesAfter(alice.events, ended)).toEqual([]);

    await expect(alice.adapter.login({ userSig: 'sig-alice-renewed' })).resolves.toEqual({ userID: 'alice' });
    const logins = h().setup.service.requests.filter((r) => r.servcmd === 'im_open_status.wslogin');
    expect(logins.at(-1)?.userID).toBe('alice');
    await alice.waitFor('connection', (e) => e.state === 'connected' && alice.events.indexOf(e) > alice.events.indexOf(ended));
    await expect(alice.adapter.getGroupInfo('team')).resolves.toMatchObject({ groupID: 'team' });
  });

  it('a userSig the service refuses as expired rejects login with USER_SIG_EXPIRED and Tencent\'s code', async () => {
    const alice = await h().as('alice');
    h().setup.service.kick('alice', 2);
    await alice.waitFor('connection', (e) => e.state === 'signedOut');
    h().setup.service.expiredUserSigs.add('sig-stale');
    const error = await rejectionOf(alice.adapter.login({ userSig: 'sig-stale' }));
    expect(error).toMatchObject({ code: ErrorCode.USER_SIG_EXPIRED, backendCode: 70001 });
    expect((error as Error).message).toContain('(Tencent code 70001: userSig expired)');
  });
});

// Regression: issue 14, finding 4 (a call in flight at a REST-API kick never settled).
describe('Tencent on the real SDK: every call settles', () => {
  const h = useRealSdk('index.js', { callTimeoutMs: 400 });

  it('a call in flight when a REST-API kick closes the socket rejects with the kick', async () => {
    const alice = await h().as('alice');
    h().setup.service.holdNext('get_group_self_member_info');
    const pending = rejectionOf(alice.adapter.getGroupInfo('team'));
    await vi.waitFor(() => expect(h().setup.service.requestsOf('get_group_self_member_info')).toHaveLength(1));
    h().setup.service.kick('alice', 3);
    expect(await pending).toMatchObject({ code: ErrorCode.KICKED_BY_SERVER, backendCode: 3006 });
  });

  it('a call the service never answers rejects with TIMEOUT at callTimeoutMs, as a transient error', async () => {
    const alice = await h().as('alice');
    h().setup.service.holdNext('get_group_self_member_info');
    const started = Date.now();
    const error = await rejectionOf(alice.adapter.getGroupInfo('team'));
    expect(error).toMatchObject({ code: ErrorCode.TIMEOUT, transient: true });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('Tencent on the real SDK: the default deadline', () => {
  const h = useRealSdk('index.js');
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is a little over the SDK\'s 15 s: a call the SDK never settles rejects with TIMEOUT after 17 s', async () => {
    useFakeSdkClock();
    const alice = await h().as('alice');
    // What a dropped request looks like from outside: a promise that never settles.
    Object.assign(h().setup.chatOf('alice'), { getGroupProfile: () => new Promise(() => {}) });
    let settled: unknown;
    void alice.adapter.getGroupInfo('team').then(
      () => (settled = 'resolved'),
      (error: unknown) => (settled = error),
    );
    await vi.advanceTimersByTimeAsync(16_000);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1_500);
    expect(settled).toMatchObject({ code: ErrorCode.TIMEOUT, transient: true });
  });
});

describe('Tencent on the real SDK: a logout the kit did not make', () => {
  const h = useRealSdk();

  it('the app calling chat.logout() ends in signedOut (LOGGED_OUT, 3005); the kit\'s own logout does not', async () => {
    const alice = await h().as('alice');
    await h().setup.chatOf('alice').logout();
    const ended = await alice.waitFor('connection', (e) => e.state === 'signedOut');
    expect(ended.reason).toMatchObject({ code: ErrorCode.LOGGED_OUT, backendCode: 3005, endsSession: true });
    expect(await rejectionOf(alice.adapter.getGroupInfo('team'))).toMatchObject({ code: ErrorCode.LOGGED_OUT });

    const bob = await h().as('bob');
    await bob.adapter.logout();
    expect(await bob.settle('connection')).toEqual([]);
    expect(await rejectionOf(bob.adapter.getGroupInfo('team'))).toMatchObject({ code: ErrorCode.NOT_LOGGED_IN });
  });
});
