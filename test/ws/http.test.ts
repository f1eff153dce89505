// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { verifyUserSig, type MockServer, type MockServerOptions } from '../../src/mock/server';
import { ErrorCode } from '../../src/core';
import { SECRET, loggedIn, smallBackend, startServer } from './harness';
import { get, rawHTTP, upgradeAs } from './http-client';

/** The demo's dev server, allowed by default. */
const DEMO = 'http://127.0.0.1:5173';
const EVIL = 'http://127.0.0.1:6666';

describe('HTTP and upgrades against hostile requests', () => {
  let server: MockServer;
  const start = async (options: Partial<MockServerOptions> = {}) => {
    server = await startServer({ logger: { warn: () => undefined, error: () => undefined }, ...options });
    return server;
  };
  afterEach(async () => {
    await server.close();
  });

  it.each([
    ['a path that is no URL', 'GET //[ HTTP/1.1'],
    ['an absolute target with an open IPv6 bracket', 'GET http://[::1 HTTP/1.1'],
    ['an absolute target with port 99999', 'GET http://a:99999/ HTTP/1.1'],
  ])('answers %s with 400 and keeps serving (issue 16, finding 1)', async (_label, line) => {
    await start({ devSigs: true });
    const answer = await rawHTTP(server, `${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`, 2000);
    expect(answer.status).toBe(400);
    const client = await loggedIn(server, 'alice');
    expect(await client.request('getGroupInfo', { groupID: 'team' })).toMatchObject({ ok: true });
    client.close();
  });

  it('answers a request whose handler has a bug with 500, logs it, and keeps serving', async () => {
    const errors: unknown[] = [];
    const backend = smallBackend();
    backend.getUserProfiles = () => {
      throw new TypeError('a bug in the backend');
    };
    await start({ backend, devSigs: true, logger: { warn: () => undefined, error: (_message, error) => errors.push(error) } });
    expect((await get(`${server.httpURL}/dev/usersig?userID=alice`)).status).toBe(500);
    const alice = await loggedIn(server, 'alice');
    const reply = await alice.request('getUserProfiles', { userIDs: ['bob'] });
    expect(reply).toMatchObject({ ok: false, error: { code: ErrorCode.UNKNOWN, message: 'Internal server error' } });
    expect(await alice.request('getGroupInfo', { groupID: 'team' })).toMatchObject({ ok: true });
    alice.close();
    expect(errors).toEqual([expect.objectContaining({ message: 'a bug in the backend' }), expect.objectContaining({ message: 'a bug in the backend' })]);
  });

  it('refuses WebSocket upgrades from origins not listed, with 403 (issue 16, finding 2)', async () => {
    await start();
    expect(await upgradeAs(server, EVIL)).toBe(403);
    expect(await upgradeAs(server, 'null')).toBe(403);
    expect(await upgradeAs(server, DEMO)).toBe('open');
    // Node and other non-browser clients send no Origin; they could claim any one anyway.
    expect(await upgradeAs(server, undefined)).toBe('open');
  });

  it('takes the allowed origins from its options, and refuses a wildcard', async () => {
    await start({ allowedOrigins: ['http://localhost:6006/'] });
    expect(await upgradeAs(server, 'http://localhost:6006')).toBe('open');
    expect(await upgradeAs(server, DEMO)).toBe(403);
    await expect(startServer({ allowedOrigins: ['*'] })).rejects.toThrow(/not allowed/);
  });

  it('keeps /dev/usersig off unless devSigs is set, and says so at start when it is on', async () => {
    const warnings: string[] = [];
    await start({ logger: { warn: (message) => warnings.push(message), error: () => undefined } });
    expect(warnings).toEqual([]);
    const off = await get(`${server.httpURL}/dev/usersig?userID=alice`, { origin: DEMO });
    expect(off.status).toBe(404);
    expect(off.body).not.toContain('"userSig"');
    await server.close();
    await start({ devSigs: true, logger: { warn: (message) => warnings.push(message), error: () => undefined } });
    expect(warnings).toEqual([expect.stringMatching(/^DEV ONLY: .*\/dev\/usersig.*http:\/\/127\.0\.0\.1:5173/)]);
  });

  it('hands dev sigs only to listed origins and loopback hosts, with no wildcard CORS (issue 16, finding 2)', async () => {
    await start({ devSigs: true });
    const url = `${server.httpURL}/dev/usersig?userID=alice`;
    const demo = await get(url, { origin: DEMO });
    expect(demo.status).toBe(200);
    expect(demo.headers['access-control-allow-origin']).toBe(DEMO);
    expect(() => verifyUserSig((JSON.parse(demo.body) as { userSig: string }).userSig, 'alice', SECRET)).not.toThrow();

    const evil = await get(url, { origin: EVIL });
    expect(evil.status).toBe(403);
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    expect(evil.body).not.toContain('"userSig"');

    // A page that re-points its own name at 127.0.0.1 fetches same-origin: no Origin, its own Host.
    const rebound = await get(url, { host: `attacker.example:${new URL(server.httpURL).port}` });
    expect(rebound.status).toBe(403);
    expect(rebound.body).not.toContain('"userSig"');

    const plain = await get(url);
    expect(plain.status).toBe(200);
    expect(plain.headers['access-control-allow-origin']).toBeUndefined();
  });
});
