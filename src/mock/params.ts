import { ChatError, ErrorCode, MAX_RECEIPT_BATCH } from '../core';

/** Argument checks for backend calls: wrong input fails with INVALID_PARAMETER, never a TypeError. */

export function invalid(message: string): ChatError {
  return new ChatError(ErrorCode.INVALID_PARAMETER, message);
}

/**
 * A wrong value as an error message may show it: numbers and short strings as they are, other
 * values by kind. Never `String(value)`: it recurses into nested arrays and can overflow.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === undefined) return String(value);
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a value of type ${typeof value}`;
}

export function requireObject(value: unknown, what: string): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(`${what} must be an object`);
  return value as Readonly<Record<string, unknown>>;
}

/** Reads an own property only, so inherited keys are never taken as arguments. */
export function field(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

export function requireID(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.length === 0) throw invalid(`${what} must be a non-empty string`);
  return value;
}

/** A list of 1..MAX_RECEIPT_BATCH non-empty string IDs. */
export function requireIDList(value: unknown, what: string): string[] {
  if (!Array.isArray(value)) throw invalid(`${what} must be an array of IDs`);
  if (value.length === 0) throw invalid(`${what} must not be empty`);
  if (value.length > MAX_RECEIPT_BATCH) {
    throw invalid(`${what} has ${value.length} IDs; at most ${MAX_RECEIPT_BATCH} per call`);
  }
  return value.map((id, i) => requireID(id, `${what}[${i}]`));
}

/** A page size: absent → the default; otherwise a positive integer, capped at `max`. */
export function pageCount(value: unknown, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw invalid(`count must be a positive integer, got ${describeValue(value)}`);
  }
  return Math.min(value, max);
}

const CURSOR = /^[0-9a-z]{1,10}$/;

/** Cursors are base36 positions; '' or absent is the start. */
export function parseCursor(value: unknown, limit: number, what: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !CURSOR.test(value)) throw invalid(`${what} is not a cursor returned by this backend`);
  const position = parseInt(value, 36);
  if (position > limit) throw invalid(`${what} is not a cursor returned by this backend`);
  return position;
}

export function toCursor(position: number): string {
  return position.toString(36);
}
