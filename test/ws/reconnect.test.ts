// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { ErrorCode } from '../../src/core';
import type { ConnectionState } from '../../src/core';
import type { MockServer } from '../../src/mock/server';
import { createWebSocketAdapter, type WebSocketAdapter, type WebSocketConstructor } from '../../src/mock';
import { generateUserSig } from '../../src/mock/server';
import { codeOf } from '../contract/fixture';
import { SECRET, adapterFor, sleep, startServer, until } from './harness';

/** `ws`, recording when each connection attempt starts. */
function recordingWebSocket(attempts: number[]): WebSocketConstructor {
  return class extends WebSocket {
    constructor(url: string) {
      super(url);
      attempts.push(Date.now());
    }
  };
}

describe('reconnect', () => {
  let server: MockServer;
  const adapters: WebSocketAdapter[] = [];
  afterEach(async () => {
    await Promise.all(adapters.splice(0).map((adapter) => adapter.logout()));
    await server.close();
  });

  it('reconnects with capped exponential backoff after a restart, logs in again and keeps state', async () => {
    server = await startServer();
    const attempts: number[] = [];
    const states: ConnectionState[] = [];
    const adapter = adapterFor(server, 'alice', {
      WebSocket: recordingWebSocket(attempts),
      reconnect: { minMs: 20, maxMs: 80 },
      random: () => 0.999,
    });
    adapters.push(adapter);
    adapter.subscribe((event) => event.type === 'connection' && states.push(event.state));
    await adapter.login();
    const sent = await adapter.sendMessage({ conversationID: 'GROUPteam', text: 'before', needReadReceipt: true });

    const restart = server.restart({ downMs: 400 });
    await until(() => adapter.connectionState === 'disconnected', 1000, 'disconnect');
    expect(await codeOf(adapter.getGroupInfo('team'))).toBe(ErrorCode.NETWORK);
    await restart;
    await until(() => adapter.connectionState === 'connected', 2000, 'reconnect');

    // attempts[0] is the first login; the retries after it wait ~20, ~40, ~80, then stay
    // capped at ~80 (random 0.999 takes almost the full delay; a refused connect adds little).
    const retries = attempts.slice(1);
    const gaps = retries.slice(1).map((at, i) => at - (retries[i] as number));
    expect(gaps.length).toBeGreaterThanOrEqual(3);
    expect(gaps[0]).toBeGreaterThanOrEqual(35);
    for (const gap of gaps.slice(1)) expect(gap).toBeGreaterThanOrEqual(70);
    for (const gap of gaps) expect(gap).toBeLessThan(80 + 150);
    expect(states).toEqual(['connecting', 'connected', 'disconnected', ...states.slice(3, -1), 'connected']);
    expect(states.slice(3, -1).every((s) => s === 'connecting' || s === 'disconnected')).toBe(true);

    const history = await adapter.getMessageHistory({ conversationID: 'GROUPteam' });
    expect(history.messages.map((m) => m.messageID)).toEqual([sent.messageID]);
  });

  it('signs out when the sig expired meanwhile: calls then fail with USER_SIG_EXPIRED and nothing reconnects', async () => {
    server = await startServer();
    // Expires 0.3-1.3 s from now (expiry has whole-second precision).
    const userSig = generateUserSig({ userID: 'alice', secret: SECRET, expireSeconds: 1, now: Date.now() + 300 });
    const adapter = adapterFor(server, 'alice', { userSig, reconnect: { minMs: 10, maxMs: 20 } });
    adapters.push(adapter);
    await adapter.login();
    await sleep(1400);
    await server.restart();
    // The server ended the session at expiry (4002); the adapter signs out instead of retrying.
    await until(() => server.socketCount === 0 && adapter.connectionState === 'signedOut', 2000, 'signedOut');
    await sleep(100);
    expect(await codeOf(adapter.getGroupInfo('team'))).toBe(ErrorCode.USER_SIG_EXPIRED);
    expect(server.socketCount).toBe(0);
  });

  it('does not reconnect after logout', async () => {
    server = await startServer();
    const adapter = adapterFor(server, 'alice', { reconnect: { minMs: 5, maxMs: 10 } });
    await adapter.login();
    await adapter.logout();
    expect(await codeOf(adapter.getGroupInfo('team'))).toBe(ErrorCode.NOT_LOGGED_IN);
    await server.restart();
    await sleep(100);
    expect(server.socketCount).toBe(0);
  });

  it('fails a call that gets no answer with TIMEOUT', async () => {
    server = await startServer();
    // A server that accepts the login and then never answers.
    const stub = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise<void>((resolve) => stub.once('listening', () => resolve()));
    stub.on('connection', (socket) =>
      socket.on('message', (data) => {
        const frame = JSON.parse(String(data)) as { id: number; op: string };
        if (frame.op === 'login') socket.send(JSON.stringify({ id: frame.id, ok: true, result: { userID: 'alice' } }));
      }),
    );
    const { port } = stub.address() as { port: number };
    const adapter = createWebSocketAdapter({ url: `ws://127.0.0.1:${port}`, userID: 'alice', userSig: 'x', WebSocket, requestTimeoutMs: 50 });
    try {
      await adapter.login();
      expect(await codeOf(adapter.getGroupInfo('team'))).toBe(ErrorCode.TIMEOUT);
    } finally {
      await adapter.logout();
      for (const client of stub.clients) client.terminate();
      await new Promise((resolve) => stub.close(resolve));
    }
  });
});
