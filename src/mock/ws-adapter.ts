import { ChatError, ErrorCode, MAX_RECEIPT_BATCH, toChatError } from '../core';
import type { ChatAdapter, ChatEvent, ConnectionState, MessageID, UserID } from '../core';

import { ListenerSet } from '../core/listener-set';
import type { WebSocketConstructor, WebSocketLike, WsOp } from './ws-protocol';

/**
 * ChatAdapter over the mock server's WebSocket protocol (./ws-protocol.ts): request/response by
 * id with a timeout, events pushed as `{ event }`, reconnect with capped backoff. Browser-safe:
 * uses the global WebSocket unless one is injected (`ws` in Node).
 */
export interface WebSocketAdapterOptions {
  url: string;
  userID: UserID;
  userSig: string;
  WebSocket?: WebSocketConstructor;
  /** Backoff between reconnect attempts: doubles from `minMs` up to `maxMs`, with jitter. */
  reconnect?: { minMs?: number; maxMs?: number };
  /** A call without an answer by then fails with TIMEOUT. @default 10000 */
  requestTimeoutMs?: number;
  /** For jitter. @default Math.random */
  random?: () => number;
}

/** The WebSocket adapter: a `ChatAdapter` plus its connection state. */
export interface WebSocketAdapter extends ChatAdapter {
  readonly connectionState: ConnectionState;
}

/** The server takes this many IDs per receipt call (Tencent's cap); longer lists are split. */
const SERVER_RECEIPT_BATCH = 30;
const KNOWN_CODES: ReadonlySet<number> = new Set(Object.values(ErrorCode));
/** Refusals of a receipt batch that another batch of the same list may still outweigh. */
const REFUSALS: readonly number[] = [ErrorCode.MESSAGE_NOT_FOUND, ErrorCode.RECEIPTS_NOT_ENABLED, ErrorCode.RECEIPT_LIST_EMPTY];

interface Pending {
  resolve(result: unknown): void;
  reject(error: ChatError): void;
  timer: ReturnType<typeof setTimeout>;
}

/** A `ChatAdapter` that talks to the mock backend's WebSocket server (`npm run backend`). */
export function createWebSocketAdapter(options: WebSocketAdapterOptions): WebSocketAdapter {
  const { url, userID, userSig } = options;
  const minMs = Math.max(1, options.reconnect?.minMs ?? 500);
  const maxMs = Math.max(minMs, options.reconnect?.maxMs ?? 30_000);
  const timeoutMs = options.requestTimeoutMs ?? 10_000;
  const random = options.random ?? Math.random;
  const listeners = new ListenerSet();
  const pending = new Map<number, Pending>();
  // 'out': not logged in; 'in': wants a live session (reconnects); 'dead': the server refused the sig.
  let session: 'out' | 'in' | 'dead' = 'out';
  let fatal: ChatError | undefined;
  let state: ConnectionState = 'disconnected';
  let socket: WebSocketLike | undefined;
  let firstLogin: { resolve(value: { userID: UserID }): void; reject(error: ChatError): void } | undefined;
  let loginPromise: Promise<{ userID: UserID }> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let nextID = 0;

  function emit(event: ChatEvent): void {
    // Never call listeners from inside an adapter method (the ChatEvent contract).
    queueMicrotask(() => listeners.emit(event));
  }

  function setState(next: ConnectionState): void {
    if (state === next) return;
    state = next;
    emit({ type: 'connection', state: next });
  }

  function failPending(error: ChatError): void {
    for (const entry of pending.values()) {
      clearTimeout(entry.timer);
      entry.reject(error);
    }
    pending.clear();
  }

  function settleLogin(error?: ChatError): void {
    const waiter = firstLogin;
    firstLogin = undefined;
    if (error === undefined) waiter?.resolve({ userID });
    else waiter?.reject(error);
  }

  function rawRequest(ws: WebSocketLike, op: string, params: Record<string, unknown>): Promise<unknown> {
    return new Promise((resolve, reject) => {
      nextID += 1;
      const id = nextID;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new ChatError(ErrorCode.TIMEOUT, `${op}: no answer from ${url} within ${timeoutMs} ms`));
      }, timeoutMs);
      pending.set(id, { resolve, reject, timer });
      try {
        ws.send(JSON.stringify({ id, op, params }));
      } catch (error) {
        clearTimeout(timer);
        pending.delete(id);
        reject(new ChatError(ErrorCode.NETWORK, `${op}: could not send`, { cause: error }));
      }
    });
  }

  function onFrame(data: unknown): void {
    if (typeof data !== 'string') return;
    let frame: unknown;
    try {
      frame = JSON.parse(data);
    } catch {
      return;
    }
    if (typeof frame !== 'object' || frame === null) return;
    const record = frame as Record<string, unknown>;
    if ('event' in record) {
      const event = record.event as { type?: unknown } | null;
      // Connection state is this adapter's to tell; the store validates everything else.
      if (typeof event === 'object' && event !== null && typeof event.type === 'string' && event.type !== 'connection') {
        emit(event as ChatEvent);
      }
      return;
    }
    const entry = typeof record.id === 'number' ? pending.get(record.id) : undefined;
    if (entry === undefined) return;
    pending.delete(record.id as number);
    clearTimeout(entry.timer);
    if (record.ok === true) return entry.resolve(record.result);
    const error = (record.error ?? {}) as { code?: unknown; message?: unknown };
    const code = typeof error.code === 'number' && KNOWN_CODES.has(error.code) ? (error.code as ErrorCode) : ErrorCode.UNKNOWN;
    entry.reject(new ChatError(code, typeof error.message === 'string' ? error.message : 'Server refused the call'));
  }

  function onClosed(ws: WebSocketLike): void {
    if (socket !== ws) return;
    socket = undefined;
    failPending(new ChatError(ErrorCode.NETWORK, `Connection to ${url} closed`));
    setState('disconnected');
    if (firstLogin !== undefined) {
      session = 'out';
      settleLogin(new ChatError(ErrorCode.NETWORK, `Could not connect to ${url}`));
    } else if (session === 'in') {
      scheduleRetry();
    }
  }

  function scheduleRetry(): void {
    attempt += 1;
    const delay = Math.min(maxMs, minMs * 2 ** Math.min(attempt - 1, 30));
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      if (session === 'in' && socket === undefined) open();
    }, delay / 2 + random() * (delay / 2));
  }

  async function logIn(ws: WebSocketLike): Promise<void> {
    try {
      await rawRequest(ws, 'login', { userID, userSig });
    } catch (thrown) {
      if (socket !== ws) return;
      const error = toChatError(thrown);
      const retry = firstLogin === undefined && error.transient;
      if (!retry) {
        // A refused sig will be refused again: stop for good and tell every later call why.
        session = firstLogin === undefined ? 'dead' : 'out';
        fatal = error;
        socket = undefined;
        setState('disconnected');
        settleLogin(error);
      }
      ws.close(1000, 'login failed');
      return;
    }
    if (socket !== ws) return;
    attempt = 0;
    setState('connected');
    settleLogin();
  }

  function open(): void {
    const Ctor = options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
    setState('connecting');
    let ws: WebSocketLike;
    try {
      if (Ctor === undefined) throw new Error('no WebSocket implementation: pass options.WebSocket');
      ws = new Ctor(url);
    } catch (error) {
      session = 'out';
      setState('disconnected');
      settleLogin(new ChatError(ErrorCode.NETWORK, `Cannot open ${url}: ${String(error)}`, { cause: error }));
      return;
    }
    socket = ws;
    ws.onopen = () => void (socket === ws && logIn(ws));
    ws.onmessage = (event: { data: unknown }) => socket === ws && onFrame(event.data);
    ws.onclose = () => onClosed(ws);
    ws.onerror = () => undefined; // a close event always follows
  }

  function call(op: WsOp, params: Record<string, unknown>): Promise<never> {
    if (session === 'dead' && fatal !== undefined) return Promise.reject(fatal);
    if (session !== 'in') return Promise.reject(new ChatError(ErrorCode.NOT_LOGGED_IN, `${op} needs login() first`));
    if (state !== 'connected' || socket === undefined) {
      return Promise.reject(new ChatError(ErrorCode.NETWORK, `${op} failed: the connection is ${state}`));
    }
    return rawRequest(socket, op, params) as Promise<never>;
  }

  async function sendReceipts(messageIDs: MessageID[]): Promise<void> {
    const splittable =
      Array.isArray(messageIDs) &&
      messageIDs.length > SERVER_RECEIPT_BATCH &&
      messageIDs.length <= MAX_RECEIPT_BATCH &&
      messageIDs.every((id) => typeof id === 'string' && id !== '');
    if (!splittable) return call('sendMessageReadReceipts', { messageIDs });
    // Like one call: succeeds when any batch took a receipt, else says why none could.
    const refusals: ChatError[] = [];
    let taken = false;
    for (let start = 0; start < messageIDs.length; start += SERVER_RECEIPT_BATCH) {
      try {
        await call('sendMessageReadReceipts', { messageIDs: messageIDs.slice(start, start + SERVER_RECEIPT_BATCH) });
        taken = true;
      } catch (thrown) {
        const error = toChatError(thrown);
        if (!REFUSALS.includes(error.code)) throw error;
        refusals.push(error);
      }
    }
    if (taken) return;
    const codes = refusals.map((e) => e.code);
    const code = codes.every((c) => c === ErrorCode.MESSAGE_NOT_FOUND)
      ? ErrorCode.MESSAGE_NOT_FOUND
      : codes.includes(ErrorCode.RECEIPTS_NOT_ENABLED)
        ? ErrorCode.RECEIPTS_NOT_ENABLED
        : ErrorCode.RECEIPT_LIST_EMPTY;
    throw refusals.find((e) => e.code === code) as ChatError;
  }

  return {
    get connectionState() {
      return state;
    },
    login() {
      if (loginPromise !== undefined) return loginPromise;
      if (session === 'in') return Promise.resolve({ userID });
      session = 'in';
      fatal = undefined;
      attempt = 0;
      loginPromise = new Promise<{ userID: UserID }>((resolve, reject) => {
        firstLogin = { resolve, reject };
        open();
      }).finally(() => {
        loginPromise = undefined;
      });
      return loginPromise;
    },
    async logout() {
      session = 'out';
      fatal = undefined;
      clearTimeout(retryTimer);
      retryTimer = undefined;
      const ws = socket;
      socket = undefined;
      // Closing is the logout: the server ends the session with the socket.
      ws?.close(1000, 'logout');
      failPending(new ChatError(ErrorCode.NOT_LOGGED_IN, 'Logged out'));
      settleLogin(new ChatError(ErrorCode.NOT_LOGGED_IN, 'Logged out before login completed'));
      setState('disconnected');
    },
    getUserProfiles: (userIDs) => call('getUserProfiles', { userIDs }),
    getGroupInfo: (groupID) => call('getGroupInfo', { groupID }),
    getMessageHistory: (query) => call('getMessageHistory', { ...query }),
    sendMessage: (input) => call('sendMessage', { ...input }),
    sendMessageReadReceipts: sendReceipts,
    getMessageReadReceipts: (messageIDs) => call('getMessageReadReceipts', { messageIDs }),
    getGroupMessageReadMemberList: (query) => call('getGroupMessageReadMemberList', { ...query }),
    markC2CMessageAsRead: (peerID) => call('markC2CMessageAsRead', { peerID }),
    subscribe(listener) {
      const remove = listeners.add(listener);
      return () => {
        remove();
      };
    },
  };
}
