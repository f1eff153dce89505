import { describe, expect, it } from 'vitest';
import { buildMessage, c2cReceipt, groupReceipt } from '../../test/support/builders';
import { ErrorCode } from './errors';
import { validateMessage, validateReceipt } from './validate';

function rejection(input: unknown): string {
  const result = validateReceipt(input);
  if (result.ok) throw new Error('expected a rejection');
  expect(result.error.code).toBe(ErrorCode.MALFORMED_PAYLOAD);
  return result.error.message;
}

describe('validateReceipt', () => {
  it('accepts a group receipt and returns a fresh copy with only known fields', () => {
    const input = { ...groupReceipt('m1', 0, 5, { readCount: 2, unreadCount: 3, version: 4 }), extra: 'x' };
    const result = validateReceipt(input);
    expect(result).toEqual({ ok: true, receipt: groupReceipt('m1', 0, 5, { readCount: 2, unreadCount: 3, version: 4 }) });
    if (result.ok) expect(result.receipt).not.toBe(input);
  });

  it('accepts a c2c receipt with a timestamp', () => {
    const receipt = c2cReceipt('m1', false, { peerRead: true, timestamp: 5 });
    expect(validateReceipt(receipt)).toEqual({ ok: true, receipt });
  });

  it.each([null, undefined, 42, 'receipt', [groupReceipt('m1', 0, 5)]])('rejects a non-object: %s', (input) => {
    expect(rejection(input)).toMatch(/receipt must be an object/);
  });

  it.each([-1, NaN, Infinity, -Infinity, 1.5, '3', null])('rejects readCount %s, naming the field and value', (readCount) => {
    expect(rejection({ ...groupReceipt('m1', 0, 5), readCount })).toMatch(new RegExp(`readCount .*got ${String(readCount === '3' ? '"3"' : readCount)}`));
  });

  it.each([-2, NaN, 0.5, '0'])('rejects unreadCount %s', (unreadCount) => {
    expect(rejection({ ...groupReceipt('m1', 0, 5), unreadCount })).toMatch(/unreadCount must be a non-negative integer/);
  });

  it.each(['messageID', 'groupID'])('rejects a missing or empty %s', (field) => {
    expect(rejection({ ...groupReceipt('m1', 0, 5), [field]: '' })).toMatch(new RegExp(`${field} must be a non-empty string`));
    const missing: Record<string, unknown> = { ...groupReceipt('m1', 0, 5) };
    delete missing[field];
    expect(rejection(missing)).toMatch(new RegExp(`${field} .*got undefined`));
  });

  it('rejects an unknown kind', () => {
    expect(rejection({ ...groupReceipt('m1', 0, 5), kind: 'channel' })).toMatch(/kind must be "group" or "c2c", got "channel"/);
  });

  it('rejects a c2c receipt without a boolean peerRead or with a bad timestamp', () => {
    expect(rejection({ ...c2cReceipt('m1', false), peerRead: 'yes' })).toMatch(/peerRead must be a boolean/);
    expect(rejection(c2cReceipt('m1', false, { peerRead: true, timestamp: NaN }))).toMatch(/timestamp/);
  });

  it('rejects a negative or fractional version', () => {
    expect(rejection(groupReceipt('m1', 0, 5, { version: -1 }))).toMatch(/version/);
    expect(rejection(groupReceipt('m1', 0, 5, { version: 1.5 }))).toMatch(/version/);
  });

  it.each(['__proto__', 'constructor', 'hasOwnProperty'])('treats the ID %s as plain data', (id) => {
    const result = validateReceipt(groupReceipt('m1', 0, 5, { messageID: id, groupID: id }));
    expect(result.ok && result.receipt.messageID).toBe(id);
    expect(result.ok && Object.getPrototypeOf(result.receipt)).toBe(Object.prototype);
  });

  it('ignores inherited fields', () => {
    const inherited = Object.create(groupReceipt('m1', 0, 5)) as object;
    expect(rejection(inherited)).toMatch(/kind/);
  });

  it('is not fooled by an own __proto__ key from JSON', () => {
    const parsed: unknown = JSON.parse('{"__proto__": {"kind": "group"}, "messageID": "m1"}');
    expect(rejection(parsed)).toMatch(/kind .*got undefined/);
  });
});

describe('validateMessage', () => {
  it('accepts a message and copies it', () => {
    const message = buildMessage({ clientID: 'c1' });
    const result = validateMessage(message);
    expect(result).toEqual({ ok: true, message });
    if (result.ok) expect(result.message).not.toBe(message);
  });

  it.each([
    ['messageID', ''],
    ['conversationID', 'team'],
    ['senderID', 7],
    ['text', null],
    ['time', -5],
    ['seq', 1.5],
    ['status', 'delivered'],
    ['needReadReceipt', 'true'],
    ['clientID', 5],
  ])('rejects a bad %s', (field, value) => {
    const result = validateMessage({ ...buildMessage(), [field]: value });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(ErrorCode.MALFORMED_PAYLOAD);
      expect(result.error.message).toContain(field);
    }
  });

  it('rejects non-objects', () => {
    expect(validateMessage('hi').ok).toBe(false);
  });
});

describe('validateReceipt fast path (receipt storms)', () => {
  it('accepts and rejects exactly as the full field-by-field validation', () => {
    const good = { kind: 'group', messageID: 'm', groupID: 'g', readCount: 2, unreadCount: 3, version: 4 };
    expect(validateReceipt(good)).toEqual({ ok: true, receipt: good });
    expect(validateReceipt({ ...good, extra: 1 })).toEqual({ ok: true, receipt: good });
    const inherited = Object.assign(Object.create({ messageID: 'm' }) as object, { kind: 'group', groupID: 'g', readCount: 1, unreadCount: 1 });
    expect(validateReceipt(inherited)).toMatchObject({ ok: false });
    for (const bad of [{ readCount: -1 }, { unreadCount: 1.5 }, { version: Number.NaN }, { messageID: '' }, { groupID: 7 }]) {
      expect(validateReceipt({ ...good, ...bad })).toMatchObject({ ok: false });
    }
    expect(validateReceipt(Object.assign([], good))).toMatchObject({ ok: false });
  });
});
