import type { ChatAdapter, ChatEvent } from '../core';

/**
 * The wire protocol between the mock server (src/mock/server) and createWebSocketAdapter:
 * JSON frames, a request `{ id, op, params }` answered by `{ id, ok, result | error }`, and
 * events pushed as `{ event }`, and the close codes below. Shared by both sides.
 */
export type WsOp = Exclude<keyof ChatAdapter, 'subscribe'>;
export interface WsRequest {
  id: number | string;
  op: string;
  params: Record<string, unknown>;
}
export type WsServerFrame =
  | { id: WsRequest['id'] | null; ok: true; result: unknown }
  | { id: WsRequest['id'] | null; ok: false; error: { code: number; message: string; retryAt?: number } }
  | { event: ChatEvent };

/** Close codes the server ends a socket with (4000-4999 are for applications). */
export const WsCloseCode = {
  /** No successful login within the login deadline. */
  LOGIN_DEADLINE: 4001,
  /** The session's userSig expired: the user must log in again with a new one. */
  USER_SIG_EXPIRED: 4002,
  /** More replies and events queued than the client read (past the server's bound). */
  SLOW_READER: 4003,
} as const;

/** What the adapter needs of a WebSocket; the browser's and `ws`'s both fit. */
export interface WebSocketLike {
  send(data: string): void;
  close(code?: number, reason?: string): void;
  // `never` parameters let both DOM and `ws` event types be assigned here.
  onopen: ((event: never) => void) | null;
  onmessage: ((event: never) => void) | null;
  onclose: ((event: never) => void) | null;
  onerror: ((event: never) => void) | null;
}
/** A `WebSocket` constructor: the browser's, or the `ws` package's in Node. */
export type WebSocketConstructor = new (url: string) => WebSocketLike;
