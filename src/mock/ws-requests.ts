import { ChatError, ErrorCode, type ChatEvent } from '../core';
import type { WebSocketLike } from './ws-protocol';

const KNOWN_CODES: ReadonlySet<number> = new Set(Object.values(ErrorCode));

interface Pending {
  resolve(result: unknown): void;
  reject(error: ChatError): void;
  timer: ReturnType<typeof setTimeout>;
}

/** The calls in flight on the adapter's sockets, matched to replies by id, each with a timeout. */
export class RequestTable {
  private readonly pending = new Map<number, Pending>();
  private nextID = 0;

  constructor(
    private readonly url: string,
    private readonly timeoutMs: number,
  ) {}

  send(ws: WebSocketLike, op: string, params: Record<string, unknown>): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.nextID += 1;
      const id = this.nextID;
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new ChatError(ErrorCode.TIMEOUT, `${op}: no answer from ${this.url} within ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      try {
        ws.send(JSON.stringify({ id, op, params }));
      } catch (error) {
        clearTimeout(timer);
        this.pending.delete(id);
        reject(new ChatError(ErrorCode.NETWORK, `${op}: could not send`, { cause: error }));
      }
    });
  }

  /** One frame from the server: an event goes to `onEvent`, a reply settles its call; junk is dropped. */
  receive(data: unknown, onEvent: (event: ChatEvent) => void): void {
    if (typeof data !== 'string') return;
    let frame: unknown;
    try {
      frame = JSON.parse(data);
    } catch {
      return;
    }
    if (typeof frame !== 'object' || frame === null) return;
    const record = frame as Record<string, unknown>;
    if (!('event' in record)) return this.settle(record);
    const event = record.event as { type?: unknown } | null;
    // Connection state is the adapter's to tell; the store validates everything else.
    if (typeof event === 'object' && event !== null && typeof event.type === 'string' && event.type !== 'connection') {
      onEvent(event as ChatEvent);
    }
  }

  /** Settles the call a reply answers; replies to unknown ids (timed out) are dropped. */
  private settle(record: Record<string, unknown>): void {
    const entry = typeof record.id === 'number' ? this.pending.get(record.id) : undefined;
    if (entry === undefined) return;
    this.pending.delete(record.id as number);
    clearTimeout(entry.timer);
    if (record.ok === true) return entry.resolve(record.result);
    const error = (record.error ?? {}) as { code?: unknown; message?: unknown; retryAt?: unknown };
    const code = typeof error.code === 'number' && KNOWN_CODES.has(error.code) ? (error.code as ErrorCode) : ErrorCode.UNKNOWN;
    const retryAt = typeof error.retryAt === 'number' && Number.isFinite(error.retryAt) && error.retryAt >= 0 ? error.retryAt : undefined;
    const message = typeof error.message === 'string' ? error.message : 'Server refused the call';
    entry.reject(new ChatError(code, message, retryAt === undefined ? {} : { retryAt }));
  }

  failAll(error: ChatError): void {
    for (const entry of this.pending.values()) {
      clearTimeout(entry.timer);
      entry.reject(error);
    }
    this.pending.clear();
  }
}
