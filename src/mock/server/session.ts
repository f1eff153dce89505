import { WebSocket } from 'ws';
import { ChatError, ErrorCode, toChatError } from '../../core';
import type { ChatEvent, UserID } from '../../core';
import type { MockBackend, MockConnection } from '../backend';
import { field } from '../params';
import { WsCloseCode, type WsRequest, type WsServerFrame } from '../ws-protocol';
import { Deadline } from './deadline';
import type { ServerLogger } from './http-server';
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
  /** A socket without a logged-in session for this long is closed with 4001. */
  loginDeadlineMs: number;
  /** Told of server bugs: anything an op throws that is not a ChatError. */
  logger: ServerLogger;
}

/**
 * One socket's session. Who acts is decided here, once, by a verified userSig at login; every
 * later call runs as that user whatever its params say, until the sig expires: then the socket
 * is closed with 4002, as Tencent ends a session whose UserSig expired.
 */
export class SocketSession {
  private connection: MockConnection | undefined;
  private expiresAt = 0;
  private readonly calls: TokenBucket;
  private readonly loginDeadline = new Deadline();
  private readonly sigExpiry = new Deadline();

  constructor(
    private readonly socket: WebSocket,
    private readonly deps: SessionDeps,
  ) {
    this.calls = new TokenBucket(deps.limits.callRate);
    this.armLoginDeadline();
  }

  get userID(): UserID | undefined {
    return this.connection?.userID;
  }

  handle(data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean): void {
    // Frames still arrive while a close is under way; they get no answer.
    if (this.socket.readyState !== WebSocket.OPEN || this.backlogged()) return;
    // The timer may run late on a busy loop; a call after expiry must not be served meanwhile.
    if (this.connection !== undefined && Date.now() >= this.expiresAt) return this.expire();
    const text = isBinary ? undefined : Buffer.isBuffer(data) ? data.toString('utf8') : undefined;
    const parsed = text === undefined ? undefined : parseFrame(text);
    const id = parsed === undefined ? null : parsed.ok ? parsed.request.id : parsed.id;
    if (!this.calls.take()) return this.send(errorFrame(id, rateLimited('calls')));
    if (parsed === undefined) return this.send(errorFrame(null, new ChatError(ErrorCode.INVALID_PARAMETER, 'Frames must be JSON text')));
    if (!parsed.ok) return this.send(errorFrame(id, parsed.error));
    try {
      this.send({ id: parsed.request.id, ok: true, result: this.run(parsed.request) ?? null });
    } catch (thrown) {
      // Anything not a ChatError is a server bug: log it, and tell the client without its details.
      if (!(thrown instanceof ChatError)) this.deps.logger.error(`mock server: ${parsed.request.op.slice(0, 40)} failed`, thrown);
      const error = thrown instanceof ChatError ? thrown : new ChatError(ErrorCode.UNKNOWN, 'Internal server error');
      this.send(errorFrame(parsed.request.id, toChatError(error)));
    }
  }

  /** The socket closed: nothing of the session outlives it. */
  dispose(): void {
    this.loginDeadline.clear();
    this.sigExpiry.clear();
    this.logout();
  }

  private logout(): void {
    this.connection?.close();
    this.connection = undefined;
    this.sigExpiry.clear();
  }

  private armLoginDeadline(): void {
    const ms = this.deps.loginDeadlineMs;
    this.loginDeadline.arm(Date.now() + ms, () => this.end(WsCloseCode.LOGIN_DEADLINE, `No login within ${ms} ms`));
  }

  private expire(): void {
    this.end(WsCloseCode.USER_SIG_EXPIRED, 'userSig expired; log in again with a new one');
  }

  /**
   * Ends the socket with `code`. A reader that never reads never gets the close frame either,
   * so the socket is cut after a grace period and what it had queued is freed.
   */
  end(code: number, reason: string): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    this.dispose();
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
    if (op === 'logout') {
      this.logout();
      return this.armLoginDeadline();
    }
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
    const listing = field(params, 'listConversations');
    if (listing !== undefined && typeof listing !== 'boolean') throw new ChatError(ErrorCode.INVALID_PARAMETER, 'listConversations must be a boolean');
    const { expiresAt } = verifyUserSig(field(params, 'userSig'), userID, this.deps.secret);
    if (this.connection !== undefined && this.connection.userID !== userID) {
      throw new ChatError(ErrorCode.NO_PERMISSION, 'This socket is logged in as another user; log out first');
    }
    // Logging in again as the same user with a fresh sig extends the session to its expiry.
    this.connection ??= this.deps.backend.connect(userID, (event) => this.push(event));
    // A client resuming after a reconnect had the conversation feed on the old socket: keep it on.
    if (listing === true) this.connection.listConversations();
    this.loginDeadline.clear();
    this.expiresAt = expiresAt;
    this.sigExpiry.arm(expiresAt, () => this.expire());
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
