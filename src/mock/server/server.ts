import { createServer, type Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import type { MockBackend } from '../backend';
import { presets } from '../presets';
import { handleDevRequest } from './dev-usersig';
import { DEFAULT_LIMITS, type ServerLimits } from './limits';
import { SocketSession } from './session';

export interface MockServerOptions {
  /** 0 picks a free port (tests). @default 8787 */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Signs and checks userSigs. */
  secret: string;
  /** @default presets.demo().backend */
  backend?: MockBackend;
  limits?: Partial<ServerLimits>;
  /** Ping interval; a socket that misses one pong is dropped at the next tick. @default 30000 */
  heartbeatMs?: number;
}

export interface MockServer {
  /** `ws://host:port`, for createWebSocketAdapter. */
  readonly url: string;
  /** `http://host:port`, for the dev-only `GET /dev/usersig`. */
  readonly httpURL: string;
  readonly backend: MockBackend;
  /** Number of open sockets (for tests and diagnostics). */
  readonly socketCount: number;
  close(): Promise<void>;
  /** Drops every socket and stops listening, waits `downMs`, then listens again on the same port with the same backend. */
  restart(options?: { downMs?: number }): Promise<void>;
}

interface Listening {
  http: Server;
  wss: WebSocketServer;
  heartbeat: ReturnType<typeof setInterval>;
  sockets: Set<WebSocket>;
}

export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1';
  const backend = options.backend ?? presets.demo().backend;
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const heartbeatMs = options.heartbeatMs ?? 30_000;
  const { secret } = options;
  if (typeof secret !== 'string' || secret.length < 8) throw new Error('startMockServer needs a secret of at least 8 characters');

  async function listen(port: number): Promise<Listening> {
    const sockets = new Set<WebSocket>();
    const http = createServer((req, res) => handleDevRequest(req, res, backend, secret));
    const wss = new WebSocketServer({ server: http, maxPayload: limits.maxFrameBytes });
    const alive = new WeakSet<WebSocket>();
    wss.on('connection', (socket) => {
      sockets.add(socket);
      alive.add(socket);
      const session = new SocketSession(socket, { backend, secret, limits });
      socket.on('message', (data, isBinary) => session.handle(data as Buffer, isBinary));
      socket.on('pong', () => alive.add(socket));
      // ws has already closed the socket (1009 for an oversized frame, 1002 for bad framing).
      socket.on('error', () => undefined);
      socket.on('close', () => {
        sockets.delete(socket);
        session.close();
      });
    });
    // A half-open socket (peer gone without a FIN) never answers a ping: terminate it.
    const heartbeat = setInterval(() => {
      for (const socket of sockets) {
        if (!alive.has(socket)) {
          socket.terminate();
          continue;
        }
        alive.delete(socket);
        socket.ping();
      }
    }, heartbeatMs);
    heartbeat.unref();
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(port, host, () => {
        http.off('error', reject);
        resolve();
      });
    });
    return { http, wss, heartbeat, sockets };
  }

  async function stop({ http, wss, heartbeat, sockets }: Listening): Promise<void> {
    clearInterval(heartbeat);
    for (const socket of sockets) socket.terminate();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
    http.closeAllConnections();
    await new Promise<void>((resolve) => http.close(() => resolve()));
  }

  let current: Listening | undefined = await listen(options.port ?? 8787);
  const address = current.http.address();
  const port = typeof address === 'object' && address !== null ? address.port : (options.port ?? 8787);
  const authority = `${host.includes(':') ? `[${host}]` : host}:${port}`;

  return {
    url: `ws://${authority}`,
    httpURL: `http://${authority}`,
    backend,
    get socketCount() {
      return current?.sockets.size ?? 0;
    },
    async close() {
      const listening = current;
      current = undefined;
      if (listening !== undefined) await stop(listening);
    },
    async restart({ downMs = 0 } = {}) {
      if (current === undefined) throw new Error('The server is closed');
      const listening = current;
      current = undefined;
      await stop(listening);
      await new Promise((resolve) => setTimeout(resolve, downMs));
      current = await listen(port);
    },
  };
}
