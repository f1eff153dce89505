import { ErrorCode, groupTotalError, mergeReceipt, validateReceipt, type C2CMessageReceipt, type GroupMessageReceipt, type MessageReceipt } from '../../src/core';
import { fc, PROPERTY_TIMEOUT } from './fc-config';

/** Pure properties of the receipt rules: merge is a max over a total order, validation a gate. */

const count = fc.nat({ max: 1000 });

/** Group receipts of one message from one source: all versioned, or none (see mergeReceipt). */
function groupReceipts(versioned: boolean): fc.Arbitrary<GroupMessageReceipt> {
  return fc.record({ readCount: count, unreadCount: count, version: fc.nat({ max: 50 }) }).map(({ readCount, unreadCount, version }) => ({
    kind: 'group' as const,
    messageID: 'm1',
    groupID: 'g1',
    readCount,
    unreadCount,
    ...(versioned ? { version } : {}),
  }));
}

const c2cReceipts: fc.Arbitrary<C2CMessageReceipt> = fc
  .record({ peerRead: fc.boolean(), timestamp: fc.option(fc.nat({ max: 10_000 }), { nil: undefined }) })
  .map(({ peerRead, timestamp }) => ({
    kind: 'c2c' as const,
    messageID: 'm1',
    userID: 'bob',
    peerRead,
    // An unread receipt carries no read time.
    ...(peerRead && timestamp !== undefined ? { timestamp } : {}),
  }));

/** Lists of receipts that one source could send for one message. */
const sameSource: fc.Arbitrary<MessageReceipt[]> = fc.oneof(
  fc.array(groupReceipts(true), { minLength: 1, maxLength: 8 }),
  fc.array(groupReceipts(false), { minLength: 1, maxLength: 8 }),
  fc.array(c2cReceipts, { minLength: 1, maxLength: 8 }),
);

const fold = (list: readonly MessageReceipt[]): MessageReceipt =>
  list.reduce<MessageReceipt | undefined>((acc, next) => mergeReceipt(acc, next), undefined) as MessageReceipt;

describe('mergeReceipt properties', () => {
  it('is commutative in outcome', () => {
    fc.assert(
      fc.property(sameSource, (list) => {
        const [a, b = a] = list as [MessageReceipt, MessageReceipt?];
        expect(mergeReceipt(a, b)).toEqual(mergeReceipt(b, a));
      }),
    );
  }, PROPERTY_TIMEOUT);

  it('is associative in outcome', () => {
    fc.assert(
      fc.property(sameSource, (list) => {
        const [a, b = a, c = b] = list as [MessageReceipt, MessageReceipt?, MessageReceipt?];
        expect(mergeReceipt(mergeReceipt(a, b), c)).toEqual(mergeReceipt(a, mergeReceipt(b, c)));
      }),
    );
  }, PROPERTY_TIMEOUT);

  it('is idempotent: merging a receipt again changes nothing, and returns the known object', () => {
    fc.assert(
      fc.property(sameSource, (list) => {
        const [a, b = a] = list as [MessageReceipt, MessageReceipt?];
        expect(mergeReceipt(a, a)).toBe(a);
        expect(mergeReceipt(a, { ...a })).toEqual(a);
        const ab = mergeReceipt(a, b);
        expect(mergeReceipt(ab, b)).toEqual(ab);
        expect(mergeReceipt(ab, a)).toEqual(ab);
      }),
    );
  }, PROPERTY_TIMEOUT);

  it('gives the same result for every arrival order, duplicates included', () => {
    fc.assert(
      fc.property(
        sameSource.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }), fc.array(fc.nat({ max: list.length - 1 }), { maxLength: 4 })),
        ),
        ([list, shuffled, dupes]) => {
          const withDupes = [...shuffled, ...dupes.map((i) => list[i] as MessageReceipt)];
          expect(fold(withDupes)).toEqual(fold(list));
        },
      ),
    );
  }, PROPERTY_TIMEOUT);

  it('never lets counts go backwards: the result is the highest of the inputs', () => {
    fc.assert(
      fc.property(sameSource, (list) => {
        const merged = fold(list);
        if (merged.kind === 'group') {
          const groups = list as GroupMessageReceipt[];
          if (merged.version !== undefined) {
            expect(merged.version).toBe(Math.max(...groups.map((r) => r.version ?? -1)));
          } else {
            expect(merged.readCount).toBe(Math.max(...groups.map((r) => r.readCount)));
          }
          expect(list).toContainEqual(merged);
        } else {
          const c2c = list as C2CMessageReceipt[];
          expect(merged.peerRead).toBe(c2c.some((r) => r.peerRead));
          const times = c2c.flatMap((r) => (r.peerRead && r.timestamp !== undefined ? [r.timestamp] : []));
          if (times.length > 0) expect(merged.timestamp).toBe(Math.min(...times));
        }
      }),
    );
  }, PROPERTY_TIMEOUT);

  it('rejects receipts of different messages or kinds with MALFORMED_PAYLOAD', () => {
    fc.assert(
      fc.property(groupReceipts(true), c2cReceipts, fc.string({ minLength: 1 }), (group, c2c, otherID) => {
        fc.pre(otherID !== 'm1');
        expect(() => mergeReceipt(group, c2c)).toThrow(expect.objectContaining({ code: ErrorCode.MALFORMED_PAYLOAD }));
        expect(() => mergeReceipt(group, { ...group, messageID: otherID })).toThrow(
          expect.objectContaining({ code: ErrorCode.MALFORMED_PAYLOAD }),
        );
      }),
    );
  }, PROPERTY_TIMEOUT);
});

/** Values that are not a count: NaN, infinities, negatives, fractions, unsafe integers, non-numbers. */
const notACount: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -1, -0.5, 0.5, 1.5, Number.MAX_SAFE_INTEGER + 1, -Number.MAX_SAFE_INTEGER),
  fc.double({ noNaN: false }).filter((x) => !Number.isSafeInteger(x) || x < 0),
  fc.integer({ max: -1 }),
  fc.string(),
  fc.constantFrom('1', '0', '', ' 3 ', 'NaN', '-1', '1e3'),
  fc.boolean(),
  fc.constant(null),
  fc.bigInt(),
  fc.array(fc.nat(), { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
);

const validGroup = fc.record({
  messageID: fc.string({ minLength: 1 }),
  groupID: fc.string({ minLength: 1 }),
  readCount: fc.nat(),
  unreadCount: fc.nat(),
});

describe('validateReceipt properties', () => {
  it('accepts every well-formed group receipt, returning only known fields', () => {
    fc.assert(
      fc.property(validGroup, fc.option(fc.nat(), { nil: undefined }), (fields, version) => {
        const input = { kind: 'group', ...fields, ...(version === undefined ? {} : { version }), extra: '<script>' };
        const result = validateReceipt(input);
        expect(result.ok).toBe(true);
        if (result.ok) {
          expect(result.receipt).toEqual({ kind: 'group', ...fields, ...(version === undefined ? {} : { version }) });
          expect(result.receipt).not.toBe(input);
        }
      }),
    );
  }, PROPERTY_TIMEOUT);

  it('never accepts NaN, negative, fractional, unsafe or non-number counts', () => {
    fc.assert(
      fc.property(validGroup, fc.constantFrom('readCount', 'unreadCount', 'version'), notACount, (fields, key, bad) => {
        const result = validateReceipt({ kind: 'group', ...fields, [key]: bad });
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe(ErrorCode.MALFORMED_PAYLOAD);
          expect(result.error.message).toContain(key);
        }
      }),
    );
  }, PROPERTY_TIMEOUT);

  it('rejects more readers and unread members than there are eligible members', () => {
    fc.assert(
      fc.property(validGroup, fc.nat({ max: 5000 }), fc.nat({ max: 5000 }), (fields, size, knownTotal) => {
        const error = groupTotalError({ kind: 'group', ...fields }, size, knownTotal);
        expect(error === undefined).toBe(fields.readCount + fields.unreadCount <= Math.max(size, knownTotal));
      }),
    );
  }, PROPERTY_TIMEOUT);

  it('never throws and never accepts a count that is not a non-negative safe integer, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ kind: fc.constantFrom('group', 'c2c'), messageID: fc.anything(), groupID: fc.anything(), userID: fc.anything(), readCount: fc.anything(), unreadCount: fc.anything(), peerRead: fc.anything(), timestamp: fc.anything(), version: fc.anything() }, { requiredKeys: ['kind'] })), (input) => {
        const result = validateReceipt(input);
        if (!result.ok) {
          expect(result.error.code).toBe(ErrorCode.MALFORMED_PAYLOAD);
          return;
        }
        const receipt = result.receipt;
        expect(typeof receipt.messageID).toBe('string');
        expect(receipt.messageID.length).toBeGreaterThan(0);
        if (receipt.kind === 'group') {
          for (const value of [receipt.readCount, receipt.unreadCount, receipt.version ?? 0]) {
            expect(Number.isSafeInteger(value) && value >= 0).toBe(true);
          }
        } else {
          expect(typeof receipt.peerRead).toBe('boolean');
          if (receipt.timestamp !== undefined) expect(Number.isFinite(receipt.timestamp) && receipt.timestamp >= 0).toBe(true);
        }
      }),
    );
  }, PROPERTY_TIMEOUT);

  it('reads fields as own properties only: inherited values never pass as data', () => {
    fc.assert(
      fc.property(validGroup, (fields) => {
        const { readCount, ...rest } = fields;
        const inherited = Object.assign(Object.create({ readCount }) as object, { kind: 'group', ...rest });
        expect(validateReceipt({ kind: 'group', ...fields }).ok).toBe(true);
        expect(validateReceipt(inherited).ok).toBe(false);
      }),
    );
  }, PROPERTY_TIMEOUT);
});
