import { WebSocket } from 'ws';
import type { ChatEvent } from '../../src/core';
import { createMockBackend, createWebSocketAdapter, type MockBackend, type WebSocketAdapter, type WebSocketAdapterOptions } from '../../src/mock';
import { generateUserSig, startMockServer, type MockServer, type MockServerOptions } from '../../src/mock/server';

export const SECRET = 'test-secret-0123456789';

/** alice, bob, carol in the Work group `team`; olga in no group; the fixture of the ws tests. */
export function smallBackend(): MockBackend {
  const users = ['alice', 'bob', 'carol', 'olga'].map((userID) => ({ userID, nickname: userID.toUpperCase() }));
  return createMockBackend({
    users,
    groups: [{ groupID: 'team', name: 'Team', type: 'Work', members: ['alice', 'bob', 'carol'] }],
  });
}

export function startServer(options: Partial<MockServerOptions> = {}): Promise<MockServer> {
  return startMockServer({ port: 0, secret: SECRET, backend: smallBackend(), ...options });
}

export function sigFor(userID: string, expireSeconds = 3600): string {
  return generateUserSig({ userID, secret: SECRET, expireSeconds });
}

/**
 * A sig that expires at the first whole second at least `minMs` from now (sigs carry whole
 * seconds), so it is still good when used and expires within `minMs + 1000` ms.
 */
export function sigExpiringSoon(userID: string, minMs = 250): { userSig: string; expiresAt: number } {
  const now = Date.now();
  const expire = Math.ceil((now + minMs) / 1000);
  return { userSig: generateUserSig({ userID, secret: SECRET, expireSeconds: expire - Math.floor(now / 1000), now }), expiresAt: expire * 1000 };
}

export function adapterFor(server: MockServer, userID: string, options: Partial<WebSocketAdapterOptions> = {}): WebSocketAdapter {
  return createWebSocketAdapter({ url: server.url, userID, userSig: sigFor(userID), WebSocket, ...options });
}

/** A raw protocol client: send frames, await replies by id, collect events. */
export interface RawClient {
  socket: WebSocket;
  events: ChatEvent[];
  frames: unknown[];
  request(op: string, params?: unknown): Promise<Record<string, unknown>>;
  sendRaw(data: string | Buffer): void;
  /** Resolves with the next frame that is not an event. */
  nextReply(): Promise<Record<string, unknown>>;
  closed: Promise<{ code: number }>;
  close(): void;
}

export async function rawClient(server: MockServer): Promise<RawClient> {
  const socket = new WebSocket(server.url);
  const events: ChatEvent[] = [];
  const frames: unknown[] = [];
  const waiting: ((frame: Record<string, unknown>) => void)[] = [];
  const replies: Record<string, unknown>[] = [];
  let nextID = 0;
  socket.on('message', (data) => {
    const frame = JSON.parse(String(data)) as Record<string, unknown>;
    frames.push(frame);
    if ('event' in frame) events.push(frame.event as ChatEvent);
    else {
      const waiter = waiting.shift();
      if (waiter) waiter(frame);
      else replies.push(frame);
    }
  });
  const closed = new Promise<{ code: number }>((resolve) => socket.on('close', (code) => resolve({ code })));
  socket.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const nextReply = () =>
    new Promise<Record<string, unknown>>((resolve) => {
      const ready = replies.shift();
      if (ready) resolve(ready);
      else waiting.push(resolve);
    });
  return {
    socket,
    events,
    frames,
    sendRaw: (data) => socket.send(data),
    nextReply,
    async request(op, params = {}) {
      nextID += 1;
      socket.send(JSON.stringify({ id: nextID, op, params }));
      return nextReply();
    },
    closed,
    close: () => socket.close(),
  };
}

export async function loggedIn(server: MockServer, userID: string): Promise<RawClient> {
  const client = await rawClient(server);
  const reply = await client.request('login', { userID, userSig: sigFor(userID) });
  if (reply.ok !== true) throw new Error(`login failed: ${JSON.stringify(reply)}`);
  return client;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function until(check: () => boolean, timeoutMs = 3000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(5);
  }
}
