import { decodeFrame, encodeFrame, type Frame } from './frames';

/** What the service sees of one socket the SDK opened. */
export interface Link {
  readonly url: string;
  /** Delivers a frame to the SDK, asynchronously, as a network would. */
  send(frame: Frame): void;
  /** Closes the socket from the server side (the SDK sees `onclose`). */
  drop(code?: number): void;
  readonly open: boolean;
}

/** The server side: receives every frame the SDK sends on a link. */
export interface FrameServer {
  connect(link: Link): void;
  receive(link: Link, frame: Frame): void;
  disconnect(link: Link): void;
}

let server: FrameServer | undefined;

/** Routes every socket opened from now on to this server (one per test). */
export function routeSocketsTo(next: FrameServer | undefined): void {
  server = next;
}

type Handler<E> = ((event: E) => void) | null;
const CONNECTING = 0;
const OPEN = 1;
const CLOSED = 3;

/**
 * The part of the browser `WebSocket` the SDK touches (SocketHandler in index.es.js): the
 * constructor, `binaryType`, the four `on*` handlers, `send` of a Uint8Array and `close`.
 */
class StandInWebSocket {
  readyState = CONNECTING;
  binaryType = 'blob';
  extensions = '';
  onopen: Handler<unknown> = null;
  onmessage: Handler<{ data: ArrayBuffer }> = null;
  onclose: Handler<{ code: number; reason: string }> = null;
  onerror: Handler<unknown> = null;
  private readonly server: FrameServer | undefined = server;
  private readonly link: Link;

  constructor(readonly url: string) {
    const isOpen = () => this.readyState === OPEN;
    this.link = {
      url,
      get open() {
        return isOpen();
      },
      send: (frame) => {
        const payload = encodeFrame(frame);
        setTimeout(() => {
          if (this.readyState === OPEN) this.onmessage?.({ data: payload });
        }, 0);
      },
      drop: (code = 1006) => {
        if (!this.shut()) return;
        setTimeout(() => this.onclose?.({ code, reason: 'dropped by the stand-in server' }), 0);
      },
    };
    setTimeout(() => {
      if (this.readyState !== CONNECTING) return;
      if (!this.server) {
        this.readyState = CLOSED;
        this.onclose?.({ code: 1006, reason: 'no stand-in server' });
        return;
      }
      this.readyState = OPEN;
      this.server.connect(this.link);
      this.onopen?.({});
    }, 0);
  }

  send(data: unknown): void {
    if (this.readyState === OPEN) this.server?.receive(this.link, decodeFrame(data));
  }

  close(): void {
    this.shut();
  }

  private shut(): boolean {
    if (this.readyState === CLOSED) return false;
    const wasOpen = this.readyState === OPEN;
    this.readyState = CLOSED;
    if (wasOpen) this.server?.disconnect(this.link);
    return true;
  }
}

/**
 * The SDK fetches an error-text table and, when offline, posts statistics over HTTP. Nothing
 * leaves the process: every request is answered 404 by this stand-in.
 */
class StandInXMLHttpRequest {
  readyState = 0;
  status = 0;
  responseText = '';
  onreadystatechange: (() => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  open(): void {
    this.readyState = 1;
  }
  setRequestHeader(): void {}
  abort(): void {}
  send(): void {
    setTimeout(() => {
      this.readyState = 4;
      this.status = 404;
      this.onreadystatechange?.();
    }, 0);
  }
}

/** Replaces the SDK's only two ways out of the process. Call before importing the SDK. */
export function installTransport(): void {
  Object.assign(globalThis, { WebSocket: StandInWebSocket, XMLHttpRequest: StandInXMLHttpRequest });
}
