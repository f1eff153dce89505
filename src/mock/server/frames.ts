import { ChatError, ErrorCode } from '../../core';
import type { WsRequest, WsServerFrame } from '../ws-protocol';

const MAX_ID_LENGTH = 64;
/** Arrays and objects inside one param: the protocol needs 1 (an ID list); room to spare. */
export const MAX_PARAM_DEPTH = 8;

export type ParsedFrame = { ok: true; request: WsRequest } | { ok: false; id: WsRequest['id'] | null; error: ChatError };

function invalid(id: WsRequest['id'] | null, message: string): ParsedFrame {
  return { ok: false, id, error: new ChatError(ErrorCode.INVALID_PARAMETER, message) };
}

function isRequestID(value: unknown): value is WsRequest['id'] {
  return (typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH) || Number.isSafeInteger(value);
}

/** A key as an error message may show it: plain names as they are, anything else quoted and cut. */
function fieldName(key: string): string {
  return /^[A-Za-z0-9_]{1,64}$/.test(key) ? key : JSON.stringify(key.slice(0, 64));
}

/**
 * Whether `value` nests arrays/objects more than `max` levels. Iterative and stops at the
 * limit: the backend's checks (and any String() in an error message) recurse, and a value
 * 20,000 levels deep would overflow the stack there and surface as an internal error.
 */
function deeperThan(value: unknown, max: number): boolean {
  let level: unknown[] = [value];
  for (let depth = 0; level.length > 0; depth += 1) {
    const next: unknown[] = [];
    for (const item of level) {
      if (typeof item !== 'object' || item === null) continue;
      for (const child of Object.values(item)) next.push(child);
    }
    if (next.length > 0 && depth + 1 > max) return true;
    level = next;
  }
  return false;
}

/**
 * Validates one client frame. Anything else than `{ id, op, params }` with a string op and an
 * object params is refused with INVALID_PARAMETER; the id is echoed when it was usable, so the
 * client can still match the refusal to its call.
 */
export function parseFrame(data: string): ParsedFrame {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return invalid(null, 'Frame is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return invalid(null, 'Frame must be a JSON object');
  const { id, op, params } = value as Record<string, unknown>;
  if (!isRequestID(id)) return invalid(null, 'Frame needs an id: a safe integer or a string of 1-64 characters');
  if (typeof op !== 'string' || op === '') return invalid(id, 'Frame needs an op string');
  const args = params === undefined ? {} : params;
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return invalid(id, 'params must be an object');
  for (const [key, param] of Object.entries(args)) {
    if (deeperThan(param, MAX_PARAM_DEPTH)) {
      return invalid(id, `params.${fieldName(key)} is nested deeper than ${MAX_PARAM_DEPTH} levels`);
    }
  }
  return { ok: true, request: { id, op, params: args as Record<string, unknown> } };
}

export function errorFrame(id: WsRequest['id'] | null, error: ChatError): WsServerFrame {
  const body: { code: number; message: string; retryAt?: number } = { code: error.code, message: error.message };
  if (error.retryAt !== undefined) body.retryAt = error.retryAt;
  return { id, ok: false, error: body };
}
