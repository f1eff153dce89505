import { ChatError, ErrorCode } from './errors';
import { isCount } from './receipt-bounds';

/**
 * Field readers for validating untrusted payloads. They read own properties only, so an
 * inherited `messageID` (or anything on Object.prototype) never passes as data.
 */

export type Fields = Readonly<Record<string, unknown>>;

export class FieldError extends Error {}

export function asRecord(input: unknown, what: string): Fields {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new FieldError(`${what} must be an object, got ${describe(input)}`);
  }
  return input as Fields;
}

export function own(record: Fields, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

export function requireID(record: Fields, key: string): string {
  const value = own(record, key);
  if (typeof value !== 'string' || value.length === 0) {
    throw new FieldError(`${key} must be a non-empty string, got ${describe(value)}`);
  }
  // Row keys and storage keys rely on IDs never holding control characters.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(value)) throw new FieldError(`${key} must not contain control characters, got ${describe(value)}`);
  return value;
}

export function requireCount(record: Fields, key: string): number {
  const value = own(record, key);
  if (!isCount(value)) {
    throw new FieldError(`${key} must be a non-negative integer, got ${describe(value)}`);
  }
  return value;
}

export function optionalCount(record: Fields, key: string): number | undefined {
  return own(record, key) === undefined ? undefined : requireCount(record, key);
}

export function requireTime(record: Fields, key: string): number {
  const value = own(record, key);
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new FieldError(`${key} must be a finite non-negative number, got ${describe(value)}`);
  }
  return value;
}

export function optionalTime(record: Fields, key: string): number | undefined {
  return own(record, key) === undefined ? undefined : requireTime(record, key);
}

export function requireBoolean(record: Fields, key: string): boolean {
  const value = own(record, key);
  if (typeof value !== 'boolean') throw new FieldError(`${key} must be a boolean, got ${describe(value)}`);
  return value;
}

export function requireOneOf<T extends string>(record: Fields, key: string, allowed: readonly T[]): T {
  const value = own(record, key);
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new FieldError(`${key} must be one of ${allowed.join(', ')}, got ${describe(value)}`);
  }
  return value as T;
}

/** A short, safe rendering of any value for error messages (never throws, never huge). */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** Runs a field-by-field validation and turns the first FieldError into a ChatError. */
export function validateWith<T>(
  what: string,
  run: () => T,
): { ok: true; value: T } | { ok: false; error: ChatError } {
  try {
    return { ok: true, value: run() };
  } catch (cause) {
    if (!(cause instanceof FieldError)) throw cause;
    return { ok: false, error: new ChatError(ErrorCode.MALFORMED_PAYLOAD, `Malformed ${what}: ${cause.message}`) };
  }
}
