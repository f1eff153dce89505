import type { IncomingMessage, Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import type { MockBackend } from '../backend';
import { presets } from '../presets';
import type { HttpContext } from './dev-usersig';
import { createGuardedHttpServer, type ServerLogger } from './http-server';
import { createBudgets, DEFAULT_LIMITS, type ServerLimits } from './limits';
import { DEMO_ORIGINS, normalizeOrigins } from './origins';
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
  /**
   * Browser origins that may open a WebSocket and fetch dev sigs, such as `http://127.0.0.1:5173`.
   * Requests without an `Origin` (Node, curl) are not browsers' cross-origin requests and pass.
   * @default DEMO_ORIGINS (the demo's dev server on 127.0.0.1 and localhost, port 5173)
   */
  allowedOrigins?: readonly string[];
  /** DEV ONLY: serve `GET /dev/usersig`, a sig for any user; logged as a warning at start. @default false */
  devSigs?: boolean;
  /** @default console */
  logger?: ServerLogger;
  /** A socket that has not logged in (or has logged out) for this long is closed with 4001 (LOGIN_DEADLINE). @default 10000 */
  loginDeadlineMs?: number;
  /** How long a socket the server closes (slow reader, deadlines) may take to read the close frame before it is cut. @default 1000 */
  closeGraceMs?: number;
}

export interface MockServer {
  /** `ws://host:port`, for createWebSocketAdapter. */
  readonly url: string;
  /** `http://host:port`, for the dev-only `GET /dev/usersig`. */
  readonly httpURL: string;
  readonly backend: MockBackend;
  /** Number of open sockets (for tests and diagnostics). */
  readonly socketCount: number;
  /** Bytes queued to send over all open sockets, their `bufferedAmount` summed (for tests and diagnostics). */
  readonly bufferedBytes: number;
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
  const allowedOrigins = normalizeOrigins(options.allowedOrigins ?? DEMO_ORIGINS);
  const logger = options.logger ?? console;
  // Outlive restarts, as a real service's budgets would outlive one node going down.
  const budgets = createBudgets(limits);
  const httpContext: HttpContext = { backend, secret, devSigs: options.devSigs === true, allowedOrigins, host };

  async function listen(port: number): Promise<Listening> {
    const sockets = new Set<WebSocket>();
    const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxFrameBytes });
    const server = createGuardedHttpServer(httpContext, wss, logger);
    const alive = new WeakSet<WebSocket>();
    wss.on('connection', (socket: WebSocket, req: IncomingMessage) => {
      sockets.add(socket);
      alive.add(socket);
      const session = new SocketSession(socket, {
        backend,
        secret,
        limits,
        budgets,
        ip: req.socket.remoteAddress ?? 'unknown',
        closeGraceMs: options.closeGraceMs ?? 1000,
        loginDeadlineMs: options.loginDeadlineMs ?? 10_000,
        logger,
      });
      socket.on('message', (data, isBinary) => {
        try {
          session.handle(data as Buffer, isBinary);
        } catch (error) {
          logger.error('mock server: WebSocket handler failed', error);
          socket.close(1011, 'Internal server error');
        }
      });
      socket.on('pong', () => alive.add(socket));
      // ws has already closed the socket (1009 for an oversized frame, 1002 for bad framing).
      socket.on('error', () => undefined);
      socket.on('close', () => {
        sockets.delete(socket);
        session.dispose();
      });
    });
    // A half-open socket (peer gone without a FIN) never answers a ping: terminate it.
    const heartbeat = setInterval(() => {
      for (const budget of Object.values(budgets)) budget.prune();
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
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    return { http: server, wss, heartbeat, sockets };
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
  if (httpContext.devSigs) {
    logger.warn(
      `DEV ONLY: http://${authority}/dev/usersig hands a userSig for any user to ${[...allowedOrigins].join(', ') || 'no browser origin'} ` +
        'and to non-browser clients. Never expose this server beyond localhost.',
    );
  }

  return {
    url: `ws://${authority}`,
    httpURL: `http://${authority}`,
    backend,
    get socketCount() {
      return current?.sockets.size ?? 0;
    },
    get bufferedBytes() {
      let total = 0;
      for (const socket of current?.sockets ?? []) total += socket.bufferedAmount;
      return total;
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
