import { WebSocket } from 'ws';
import { ChatError, ErrorCode, toChatError } from '../../core';
import type { ChatEvent, UserID } from '../../core';
import type { MockBackend, MockConnection } from '../backend';
import { field } from '../params';
import { WsCloseCode, type WsRequest, type WsServerFrame } from '../ws-protocol';
import { errorFrame, parseFrame } from './frames';
import { TokenBucket, type ServerLimits, type SharedBudgets } from './limits';
import { OPS } from './ops';
import { verifyUserSig } from './usersig';

export interface SessionDeps {
  backend: MockBackend;
  secret: string;
  limits: ServerLimits;
  /** Per-user and per-IP budgets, shared with every other socket of the server. */
  budgets: SharedBudgets;
  /** The client's address, for the per-IP login budget. */
  ip: string;
  /** How long a socket the server closes may take to read its close frame before it is cut. */
  closeGraceMs: number;
}

/**
 * One socket's session. Who acts is decided here, once, by a verified userSig at login; every
 * later call runs as that user whatever its params say.
 */
export class SocketSession {
  private connection: MockConnection | undefined;
  private readonly calls: TokenBucket;

  constructor(
    private readonly socket: WebSocket,
    private readonly deps: SessionDeps,
  ) {
    this.calls = new TokenBucket(deps.limits.callRate);
  }

  get userID(): UserID | undefined {
    return this.connection?.userID;
  }

  handle(data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean): void {
    // Frames still arrive while a close is under way; they get no answer.
    if (this.socket.readyState !== WebSocket.OPEN || this.backlogged()) return;
    const text = isBinary ? undefined : Buffer.isBuffer(data) ? data.toString('utf8') : undefined;
    const parsed = text === undefined ? undefined : parseFrame(text);
    const id = parsed === undefined ? null : parsed.ok ? parsed.request.id : parsed.id;
    if (!this.calls.take()) return this.send(errorFrame(id, rateLimited('calls')));
    if (parsed === undefined) return this.send(errorFrame(null, new ChatError(ErrorCode.INVALID_PARAMETER, 'Frames must be JSON text')));
    if (!parsed.ok) return this.send(errorFrame(id, parsed.error));
    try {
      this.send({ id: parsed.request.id, ok: true, result: this.run(parsed.request) ?? null });
    } catch (thrown) {
      // Anything not a ChatError is a server bug: say so without leaking its details.
      const error = thrown instanceof ChatError ? thrown : new ChatError(ErrorCode.UNKNOWN, 'Internal server error');
      this.send(errorFrame(parsed.request.id, toChatError(error)));
    }
  }

  close(): void {
    this.connection?.close();
    this.connection = undefined;
  }

  /**
   * Ends the socket with `code`. A reader that never reads never gets the close frame either,
   * so the socket is cut after a grace period and what it had queued is freed.
   */
  end(code: number, reason: string): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    this.close();
    this.socket.close(code, reason);
    setTimeout(() => this.socket.terminate(), this.deps.closeGraceMs).unref();
  }

  /** Past the outbound bound, the client is not reading: stop serving it rather than queue more. */
  private backlogged(): boolean {
    const limit = this.deps.limits.maxBufferedBytes;
    if (this.socket.bufferedAmount <= limit) return false;
    this.end(WsCloseCode.SLOW_READER, `Over ${limit} bytes of replies unread`);
    return true;
  }

  private run({ op, params }: WsRequest): unknown {
    if (op === 'login') return this.login(params);
    if (op === 'logout') return this.close();
    const spec = OPS.get(op);
    if (spec === undefined) throw new ChatError(ErrorCode.INVALID_PARAMETER, `Unknown op ${JSON.stringify(op).slice(0, 80)}`);
    const connection = this.connection;
    if (connection === undefined) throw new ChatError(ErrorCode.NOT_LOGGED_IN, `${op} needs login first`);
    // Per user, not per socket: ten sockets of one user share one budget.
    if (spec.budget !== undefined && !this.deps.budgets[spec.budget].take(connection.userID)) throw rateLimited(op);
    return spec.run({ backend: this.deps.backend, userID: connection.userID, connection, limits: this.deps.limits }, params);
  }

  private login(params: Readonly<Record<string, unknown>>): { userID: UserID } {
    if (!this.deps.budgets.logins.take(this.deps.ip)) throw rateLimited('login');
    const userID = field(params, 'userID');
    if (typeof userID !== 'string' || userID === '') throw new ChatError(ErrorCode.INVALID_PARAMETER, 'login needs a userID');
    verifyUserSig(field(params, 'userSig'), userID, this.deps.secret);
    if (this.connection !== undefined) {
      if (this.connection.userID === userID) return { userID };
      throw new ChatError(ErrorCode.NO_PERMISSION, 'This socket is logged in as another user; log out first');
    }
    this.connection = this.deps.backend.connect(userID, (event) => this.push(event));
    return { userID };
  }

  private push(event: ChatEvent): void {
    this.send({ event });
  }

  private send(frame: WsServerFrame): void {
    if (this.socket.readyState !== WebSocket.OPEN || this.backlogged()) return;
    this.socket.send(JSON.stringify(frame));
  }
}

function rateLimited(what: string): ChatError {
  return new ChatError(ErrorCode.RATE_LIMITED, `Too many ${what} calls; slow down and retry`);
}
