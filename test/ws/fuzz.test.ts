// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/core';
import type { MockServer } from '../../src/mock/server';
import { fc, SOAK } from '../property/fc-config';
import { loggedIn, startServer, type RawClient } from './harness';
import { get, rawHTTP } from './http-client';
import { frameWith, VALID_PARAMS } from './valid-params';

/**
 * Bounded fuzzing of what a hostile client controls: HTTP request lines and headers, and
 * WebSocket frames. Whatever arrives, the server answers (a 4xx, or a frame with a known error
 * code) and keeps serving. Replay a failure with `FC_SEED=<seed> npx vitest run --project unit test/ws/fuzz.test.ts`.
 */

const RUNS = SOAK ? 2000 : 300;
const KNOWN_CODES = new Set<number>(Object.values(ErrorCode).filter((code) => code !== ErrorCode.UNKNOWN));

const chars = (alphabet: string, maxLength: number) => fc.string({ unit: fc.constantFrom(...alphabet), maxLength });
const method = fc.oneof(fc.constantFrom('GET', 'POST', 'HEAD', 'OPTIONS', 'PUT', 'CONNECT', 'PRI', 'get'), chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ-', 8));
const target = fc.oneof(
  fc.constantFrom('/', '*', '/dev/usersig', '/dev/usersig?userID=alice', '/dev/usersig?userID=alice&expireSeconds=1e9', '//[', 'http://[::1', 'http://a:99999/'),
  fc.tuple(fc.constantFrom('/', '//', 'http://', 'ws://', ''), chars('/?#[]@:%&=+-.ab19\\\u00e9~ ', 40)).map(([a, b]) => a + b),
  fc.string({ maxLength: 30 }),
);
const version = fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/0.9', '', 'HTTP/1.1x', 'http/1.1');
const headerName = fc.oneof(
  fc.constantFrom('Host', 'Origin', 'Upgrade', 'Connection', 'Sec-WebSocket-Key', 'Sec-WebSocket-Version', 'Sec-WebSocket-Extensions', 'Sec-WebSocket-Protocol', 'Content-Length', 'Transfer-Encoding', 'Expect'),
  chars('abcXYZ-_:; ', 12),
);
const headerValue = fc.oneof(
  fc.constantFrom('websocket', 'Upgrade', 'keep-alive', '13', '8', 'dGhlIHNhbXBsZSBub25jZQ==', 'http://127.0.0.1:5173', 'http://evil.example', 'null', '127.0.0.1', '[::1', '0', '-1', '99999999999999999999', 'chunked', '100-continue', 'permessage-deflate; client_max_window_bits=99', 'a, a'),
  fc.string({ maxLength: 30 }),
);
const httpRequest = fc
  .record({ method, target, version, headers: fc.array(fc.tuple(headerName, headerValue), { maxLength: 8 }), body: fc.string({ maxLength: 20 }) })
  .map(({ method: m, target: t, version: v, headers, body }) => `${m} ${t} ${v}\r\n${headers.map(([n, value]) => `${n}: ${value}\r\n`).join('')}\r\n${body}`);

// Not logout: the rest of the run would only test NOT_LOGGED_IN.
const OPS = Object.keys(VALID_PARAMS).filter((op) => op !== 'logout');
const PARAMS = [...new Set(Object.values(VALID_PARAMS).flatMap((params) => Object.keys(params))), '__proto__', 'constructor'];
const nested = fc
  .tuple(fc.integer({ min: 1, max: 20_000 }), fc.boolean())
  .map(([depth, array]) => (array ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth / 2)}0${'}'.repeat(depth / 2)}`));
/** Any JSON as a frame, including ids, ops and params of the wrong type. */
const anyShape = fc
  .record(
    {
      id: fc.oneof(fc.integer(), fc.string({ maxLength: 70 }), fc.constant(null), fc.double()),
      op: fc.oneof(fc.constantFrom(...OPS), fc.string({ maxLength: 12 })),
      params: fc.oneof(fc.dictionary(fc.constantFrom(...PARAMS), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }), fc.jsonValue({ maxDepth: 2 })),
    },
    { requiredKeys: [] },
  )
  .map((value) => JSON.stringify(value));
/** A valid call with one field replaced by any JSON or a deep nest: the other checks pass, so this one is reached. */
const oneFieldWrong = fc
  .tuple(fc.constantFrom(...OPS), fc.constantFrom(...PARAMS), fc.oneof(fc.json({ maxDepth: 3 }), nested))
  .map(([op, field, value]) => frameWith(1, op, field, value));
const frame = fc.oneof(anyShape, oneFieldWrong, fc.string({ maxLength: 60 }), fc.json({ maxDepth: 3 }), fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes)));

describe('fuzzing the server (issue 16, finding 1)', () => {
  let server: MockServer;
  const logged: string[] = [];
  beforeAll(async () => {
    server = await startServer({
      devSigs: true,
      limits: { callRate: { capacity: 1e6, perSecond: 1e6 }, loginRate: { capacity: 1e6, perSecond: 1e6 } },
      logger: { warn: () => undefined, error: (message, error) => logged.push(`${message}: ${String(error)}`) },
    });
  });
  afterAll(async () => {
    await server.close();
  });
  afterEach(() => {
    // A handler that threw is a server bug even when the client got an answer.
    expect(logged).toEqual([]);
  });

  it('answers any request line and headers with a status below 500, and keeps serving', async () => {
    await fc.assert(
      fc.asyncProperty(httpRequest, async (request) => {
        const { status, head } = await rawHTTP(server, request, 2000);
        if (status === undefined) {
          // Node's parser reads `PRI ...\r\n\r\n` as the start of an HTTP/2 preface and waits
          // for the rest: a wait for input, not a hang of ours. Others are still served.
          expect(request.startsWith('PRI '), `no answer to ${JSON.stringify(request)}`).toBe(true);
          expect((await get(`${server.httpURL}/`)).status).toBe(404);
          return;
        }
        expect(status, head).toBeGreaterThan(0);
        expect(status, head).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
    expect((await get(`${server.httpURL}/dev/usersig?userID=alice`)).status).toBe(200);
  }, 60_000);

  it('answers any frame with one reply: a result or a known error code, never 9999', async () => {
    const client: RawClient = await loggedIn(server, 'alice');
    try {
      await fc.assert(
        fc.asyncProperty(frame, async (data) => {
          client.sendRaw(data);
          const reply = await client.nextReply();
          if (reply.ok === true) return;
          const error = reply.error as { code: number; message: string };
          expect(KNOWN_CODES.has(error.code), JSON.stringify(reply).slice(0, 300)).toBe(true);
          expect(error.message.length).toBeGreaterThan(0);
          expect(error.message.length).toBeLessThan(300);
        }),
        { numRuns: RUNS * 2 },
      );
      expect(client.socket.readyState).toBe(client.socket.OPEN);
    } finally {
      client.close();
    }
    const fresh = await loggedIn(server, 'bob');
    expect(await fresh.request('getGroupInfo', { groupID: 'team' })).toMatchObject({ ok: true });
    fresh.close();
  }, 60_000);
});
