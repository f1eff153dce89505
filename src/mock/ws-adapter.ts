import { ChatError, ErrorCode, toChatError } from '../core';
import type { ChatEvent, CompleteChatAdapter, ConnectionState, UserID } from '../core';

import { ListenerSet } from '../core/listener-set';
import { WsCloseCode, type WebSocketConstructor, type WebSocketLike, type WsOp } from './ws-protocol';
import { RequestTable } from './ws-requests';
import { screenEvent, webSocketFeatures } from './ws-features';
import { sendReceiptsInBatches } from './ws-receipts';

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
export interface WebSocketAdapter extends CompleteChatAdapter {
  readonly connectionState: ConnectionState;
}

/** Why a session the server refused to resume is over, as one of the session-ending codes. */
function sessionEnd(error: ChatError): ChatError {
  if (error.endsSession) return error;
  // The sig that logged in before is refused now (say, the server restarted with a new secret).
  return new ChatError(ErrorCode.KICKED_BY_SERVER, `The server refused the session on reconnect: ${error.message}`, {
    cause: error,
    backendCode: error.code,
  });
}

/** A `ChatAdapter` that talks to the mock backend's WebSocket server (`npm run backend`). */
export function createWebSocketAdapter(options: WebSocketAdapterOptions): WebSocketAdapter {
  const { url, userID } = options;
  let userSig = options.userSig;
  const minMs = Math.max(1, options.reconnect?.minMs ?? 500);
  const maxMs = Math.max(minMs, options.reconnect?.maxMs ?? 30_000);
  const random = options.random ?? Math.random;
  const listeners = new ListenerSet();
  const requests = new RequestTable(url, options.requestTimeoutMs ?? 10_000);
  // 'out': not logged in; 'in': wants a live session (reconnects); 'signedOut': the server ended
  // it (sig expired, resume refused): no retries, calls fail with `reason`, login() resumes.
  let session: 'out' | 'in' | 'signedOut' = 'out';
  let reason: ChatError | undefined;
  // While a login() resumes a signed-out session: the reason to fall back to if it fails.
  let resuming: ChatError | undefined;
  let state: ConnectionState = 'disconnected';
  let socket: WebSocketLike | undefined;
  let firstLogin: { resolve(value: { userID: UserID }): void; reject(error: ChatError): void } | undefined;
  let loginPromise: Promise<{ userID: UserID }> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  // Asked for the conversation list or the total: every (re)login asks the server for the feed.
  let listing = false;
  const loginParams = () => (listing ? { userID, userSig, listConversations: true } : { userID, userSig });

  function emit(event: ChatEvent): void {
    // Never call listeners from inside an adapter method (the ChatEvent contract).
    queueMicrotask(() => listeners.emit(event));
  }

  function setState(next: ConnectionState, why?: ChatError): void {
    if (state === next && why === undefined) return;
    state = next;
    emit(why === undefined ? { type: 'connection', state: next } : { type: 'connection', state: next, reason: why });
  }

  function settleLogin(error?: ChatError): void {
    const waiter = firstLogin;
    firstLogin = undefined;
    if (error === undefined) waiter?.resolve({ userID });
    else waiter?.reject(error);
  }

  /** The session is over until login() again; what was in flight fails with the reason. */
  function signOut(why: ChatError): void {
    session = 'signedOut';
    reason = why;
    resuming = undefined;
    clearTimeout(retryTimer);
    retryTimer = undefined;
    const ws = socket;
    socket = undefined;
    requests.failAll(why);
    ws?.close(1000, 'signed out');
    setState('signedOut', why);
  }

  /** An explicit login() failed: no retry; a resumed session falls back to signed out. */
  function failLogin(error: ChatError): void {
    socket = undefined;
    if (resuming === undefined) {
      session = 'out';
      setState('disconnected');
    } else {
      signOut(error.endsSession ? error : resuming);
    }
    settleLogin(error);
  }

  function onClosed(ws: WebSocketLike, code: number | undefined): void {
    if (socket !== ws) return;
    if (code === WsCloseCode.USER_SIG_EXPIRED) {
      const why = new ChatError(ErrorCode.USER_SIG_EXPIRED, 'The userSig expired and the server ended the session; log in with a new one');
      signOut(why);
      settleLogin(why);
      return;
    }
    socket = undefined;
    requests.failAll(new ChatError(ErrorCode.NETWORK, `Connection to ${url} closed`));
    if (firstLogin !== undefined) return failLogin(new ChatError(ErrorCode.NETWORK, `Could not connect to ${url}`));
    setState('disconnected');
    if (session === 'in') scheduleRetry();
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
      await requests.send(ws, 'login', loginParams());
    } catch (thrown) {
      if (socket !== ws) return;
      const error = toChatError(thrown);
      if (firstLogin !== undefined) failLogin(error);
      // A sig refused on reconnect will be refused again: the session is over, and says why.
      else if (!error.transient) signOut(sessionEnd(error));
      ws.close(1000, 'login failed');
      return;
    }
    if (socket !== ws) return;
    attempt = 0;
    resuming = undefined;
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
      const failure = new ChatError(ErrorCode.NETWORK, `Cannot open ${url}: ${String(error)}`, { cause: error });
      if (firstLogin !== undefined) return failLogin(failure);
      setState('disconnected');
      return scheduleRetry();
    }
    socket = ws;
    ws.onopen = () => void (socket === ws && logIn(ws));
    ws.onmessage = (event: { data: unknown }) => socket === ws && requests.receive(event.data, (pushed) => screenEvent(pushed).forEach(emit));
    ws.onclose = (event: { code?: number }) => onClosed(ws, event.code);
    ws.onerror = () => undefined; // a close event always follows
  }

  function call(op: WsOp, params: Record<string, unknown>): Promise<never> {
    if (session === 'signedOut' && reason !== undefined) return Promise.reject(reason);
    if (session !== 'in') return Promise.reject(new ChatError(ErrorCode.NOT_LOGGED_IN, `${op} needs login() first`));
    if (state !== 'connected' || socket === undefined) {
      return Promise.reject(new ChatError(ErrorCode.NETWORK, `${op} failed: the connection is ${state}`));
    }
    return requests.send(socket, op, params) as Promise<never>;
  }

  return {
    get connectionState() {
      return state;
    },
    login(loginOptions = {}) {
      const fresh = loginOptions.userSig;
      if (typeof fresh === 'string' && fresh !== '') userSig = fresh;
      if (loginPromise !== undefined) return loginPromise;
      if (session === 'in') {
        // A fresh sig on a live socket extends the server's session to the new expiry.
        if (fresh === undefined || state !== 'connected' || socket === undefined) return Promise.resolve({ userID });
        return requests.send(socket, 'login', loginParams()).then(() => ({ userID }));
      }
      resuming = session === 'signedOut' ? reason : undefined;
      session = 'in';
      reason = undefined;
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
      reason = undefined;
      listing = false;
      resuming = undefined;
      clearTimeout(retryTimer);
      retryTimer = undefined;
      const ws = socket;
      socket = undefined;
      // Closing is the logout: the server ends the session with the socket.
      ws?.close(1000, 'logout');
      requests.failAll(new ChatError(ErrorCode.NOT_LOGGED_IN, 'Logged out'));
      settleLogin(new ChatError(ErrorCode.NOT_LOGGED_IN, 'Logged out before login completed'));
      setState('disconnected');
    },
    getUserProfiles: (userIDs) => call('getUserProfiles', { userIDs }),
    getGroupInfo: (groupID) => call('getGroupInfo', { groupID }),
    getMessageHistory: (query) => call('getMessageHistory', { ...query }),
    sendMessage: (input) => call('sendMessage', { ...input }),
    sendMessageReadReceipts: (messageIDs) => sendReceiptsInBatches((batch) => call('sendMessageReadReceipts', { messageIDs: batch }), messageIDs),
    getMessageReadReceipts: (messageIDs) => call('getMessageReadReceipts', { messageIDs }),
    getGroupMessageReadMemberList: (query) => call('getGroupMessageReadMemberList', { ...query }),
    markC2CMessageAsRead: (peerID) => call('markC2CMessageAsRead', { peerID }),
    ...webSocketFeatures(call, () => {
      listing = true;
    }),
    subscribe(listener) {
      const remove = listeners.add(listener);
      return () => {
        remove();
      };
    },
  };
}
