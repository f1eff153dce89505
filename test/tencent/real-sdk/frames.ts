/**
 * The Web SDK's wire format over its socket, as read from `@tencentcloud/chat` 3.6.6: every frame
 * is UTF-8 JSON `{ head, body }` sent as a binary message (the `/binfo` URL). A request's head
 * names the service and command (`servcmd`, e.g. `group_open_http_svc.group_msg_receipt`) and a
 * sequence number; the answer echoes that head, and the SDK matches it by `servcmd + seq`.
 * Server pushes use a head with a `servcmd` no request is waiting for.
 *
 * Bodies on the wire use the server's key names (`GroupId`, `MsgSeq`, `ErrorCode`). The SDK maps
 * them with per-command key maps (`PHandler._fillMap` in index.es.js) and camel-cases every key
 * it has no mapping for, so an answer written in the server's names goes through the very
 * decoding a live answer would.
 */

export interface FrameHead {
  servcmd: string;
  seq: number;
  /** Present on the login frame, before the SDK holds an A2 key. */
  identifier?: string;
  usersig?: string;
  /** Present once logged in. */
  tinyid?: string | number;
  sdkappid?: number;
  [key: string]: unknown;
}

export type Body = Record<string, unknown>;

export interface Frame {
  head: FrameHead;
  body: Body;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeFrame(frame: Frame): ArrayBuffer {
  const bytes = encoder.encode(JSON.stringify(frame));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export function decodeFrame(data: unknown): Frame {
  let text: string;
  if (typeof data === 'string') text = data;
  else if (data instanceof ArrayBuffer) text = decoder.decode(new Uint8Array(data));
  else if (ArrayBuffer.isView(data)) text = decoder.decode(data);
  else throw new TypeError(`stand-in socket: cannot decode a ${typeof data} frame`);
  const frame = JSON.parse(text) as Frame;
  if (typeof frame?.head?.servcmd !== 'string') throw new TypeError(`stand-in socket: frame without servcmd: ${text}`);
  return frame;
}

/** `group_open_http_svc.group_msg_receipt` → `group_msg_receipt`, as the SDK's key-map lookup does. */
export function commandOf(servcmd: string): string {
  return servcmd.slice(servcmd.indexOf('.') + 1);
}
