import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocketServer } from 'ws';
import { handleHttpRequest, type HttpContext } from './dev-usersig';
import { originAllowed } from './origins';

/** Where the server reports what it does on purpose: the dev-sig warning at start, and its own bugs. */
export interface ServerLogger {
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/**
 * The HTTP side of the server: plain requests, WebSocket upgrades (from allowed origins only)
 * and CONNECT. Bad input must never reach the process: whatever a handler throws is logged,
 * and only the request or socket that caused it is answered or dropped.
 */
export function createGuardedHttpServer(context: HttpContext, wss: WebSocketServer, logger: ServerLogger): Server {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    try {
      handleHttpRequest(req, res, context);
    } catch (error) {
      logger.error('mock server: HTTP handler failed', error);
      if (res.headersSent) res.destroy();
      else res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' }).end('{"error":"Internal server error"}');
    }
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Node stops watching the socket once it is handed over here; an unhandled reset would throw.
    socket.on('error', () => undefined);
    try {
      if (!originAllowed(req, context.allowedOrigins)) {
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\nOrigin not allowed\n');
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    } catch (error) {
      logger.error('mock server: WebSocket upgrade failed', error);
      socket.destroy();
    }
  });
  // Unanswered, Node drops a CONNECT without a word; say why instead.
  server.on('connect', (_req: IncomingMessage, socket: Duplex) => {
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  return server;
}
