// @vitest-environment node
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { MockServer } from '../../src/mock/server';
import { loggedIn, sleep, startServer, until, type RawClient } from './harness';

/** A peer that completes the WebSocket handshake and then goes silent: it never answers a ping. */
async function silentPeer(server: MockServer): Promise<{ socket: Socket; closed: Promise<void> }> {
  const { hostname, port } = new URL(server.url);
  const socket = connect(Number(port), hostname);
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  socket.on('error', () => undefined);
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  socket.write(
    [
      'GET / HTTP/1.1',
      `Host: ${hostname}:${port}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
      'Sec-WebSocket-Version: 13',
      '',
      '',
    ].join('\r\n'),
  );
  await new Promise<void>((resolve) => socket.once('data', () => resolve()));
  return { socket, closed };
}

describe('heartbeat', () => {
  let server: MockServer;
  const clients: RawClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await server.close();
  });

  it('terminates a socket that stops answering pings, and keeps a live one', async () => {
    server = await startServer({ heartbeatMs: 40 });
    const live = await loggedIn(server, 'alice');
    clients.push(live);
    const peer = await silentPeer(server);
    expect(server.socketCount).toBe(2);
    const started = Date.now();
    await peer.closed;
    // Dropped at the second tick at the earliest (ping sent, no pong by the next one).
    expect(Date.now() - started).toBeGreaterThanOrEqual(30);
    await until(() => server.socketCount === 1, 1000, 'the half-open socket to be dropped');
    await sleep(150);
    expect(server.socketCount).toBe(1);
    expect(await live.request('getGroupInfo', { groupID: 'team' })).toMatchObject({ ok: true });
  });
});
