import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { c2cReceipt, groupReceipt } from '../../test/support/builders';
import { ErrorCode } from './errors';
import { mergeReceipt } from './receipt-rules';
import type { GroupMessageReceipt, MessageReceipt } from './types';

describe('mergeReceipt (group)', () => {
  it('takes the next receipt when nothing is known yet', () => {
    const next = groupReceipt('m1', 0, 5, { readCount: 1, unreadCount: 4 });
    expect(mergeReceipt(undefined, next)).toBe(next);
  });

  it('returns the same prev object for a duplicate so stores can skip the update', () => {
    const prev = groupReceipt('m1', 0, 5, { readCount: 2, unreadCount: 3 });
    expect(mergeReceipt(prev, { ...prev })).toBe(prev);
  });

  it('never goes backwards when an older count arrives late', () => {
    const prev = groupReceipt('m1', 0, 5, { readCount: 3, unreadCount: 2 });
    expect(mergeReceipt(prev, groupReceipt('m1', 0, 5, { readCount: 1, unreadCount: 4 }))).toBe(prev);
  });

  it('takes the larger read count', () => {
    const next = groupReceipt('m1', 0, 5, { readCount: 4, unreadCount: 1 });
    expect(mergeReceipt(groupReceipt('m1', 0, 5, { readCount: 3, unreadCount: 2 }), next)).toBe(next);
  });

  it('lets the highest version win when both carry one', () => {
    const prev = groupReceipt('m1', 0, 5, { readCount: 3, unreadCount: 2, version: 7 });
    const next = groupReceipt('m1', 0, 5, { readCount: 2, unreadCount: 2, version: 9 });
    expect(mergeReceipt(prev, next)).toBe(next);
    expect(mergeReceipt(next, prev)).toBe(next);
  });

  it('keeps prev for an equal version', () => {
    const prev = groupReceipt('m1', 0, 5, { readCount: 3, unreadCount: 2, version: 7 });
    expect(mergeReceipt(prev, { ...prev })).toBe(prev);
  });

  it('prefers fewer unread on equal read counts, whatever the order', () => {
    const a = groupReceipt('m1', 0, 5, { readCount: 2, unreadCount: 3 });
    const b = groupReceipt('m1', 0, 5, { readCount: 2, unreadCount: 2 });
    expect(mergeReceipt(a, b)).toBe(b);
    expect(mergeReceipt(b, a)).toBe(b);
  });

  it('throws MALFORMED_PAYLOAD when merging different messages or kinds', () => {
    expect(() => mergeReceipt(groupReceipt('m1', 0, 5), groupReceipt('m1', 0, 5, { messageID: 'm2' }))).toThrow(
      expect.objectContaining({ code: ErrorCode.MALFORMED_PAYLOAD }),
    );
    expect(() => mergeReceipt(groupReceipt('m1', 0, 5), c2cReceipt('m1', false))).toThrow(
      expect.objectContaining({ code: ErrorCode.MALFORMED_PAYLOAD }),
    );
  });
});

describe('mergeReceipt (c2c)', () => {
  it('keeps peerRead sticky', () => {
    const prev = c2cReceipt('m1', false, { peerRead: true, timestamp: 10 });
    expect(mergeReceipt(prev, c2cReceipt('m1', false, { peerRead: false }))).toBe(prev);
  });

  it('takes the first read', () => {
    const next = c2cReceipt('m1', false, { peerRead: true, timestamp: 10 });
    expect(mergeReceipt(c2cReceipt('m1', false), next)).toBe(next);
  });

  it('keeps the earliest known read time', () => {
    const early = c2cReceipt('m1', false, { peerRead: true, timestamp: 10 });
    const late = c2cReceipt('m1', false, { peerRead: true, timestamp: 20 });
    expect(mergeReceipt(late, early)).toBe(early);
    expect(mergeReceipt(early, late)).toBe(early);
  });

  it('fills in a read time learned later', () => {
    const prev = c2cReceipt('m1', false, { peerRead: true });
    const next = c2cReceipt('m1', false, { peerRead: true, timestamp: 30 });
    expect(mergeReceipt(prev, next)).toEqual(next);
    expect(mergeReceipt(next, prev)).toBe(next);
  });
});

const versionedGroup = fc.record({
  readCount: fc.nat(50),
  unreadCount: fc.nat(50),
  version: fc.nat(20),
});
const unversionedGroup = fc.record({ readCount: fc.nat(50), unreadCount: fc.nat(50) });
const c2c = fc.record({ peerRead: fc.boolean(), timestamp: fc.option(fc.nat(100), { nil: undefined }) });

function fold(list: MessageReceipt[]): MessageReceipt | undefined {
  return list.reduce<MessageReceipt | undefined>((acc, r) => mergeReceipt(acc, r), undefined);
}

describe('mergeReceipt is order-independent', () => {
  const sources = {
    'versioned group receipts': versionedGroup.map((r) => groupReceipt('m1', 0, 5, r)),
    'unversioned group receipts': unversionedGroup.map((r) => groupReceipt('m1', 0, 5, r)),
    'c2c receipts': c2c.map(({ timestamp, peerRead }) =>
      // A time only means something once read.
      c2cReceipt('m1', false, timestamp === undefined || !peerRead ? { peerRead } : { peerRead, timestamp }),
    ),
  };
  for (const [name, arb] of Object.entries(sources)) {
    it(`gives the same outcome for any arrival order of ${name}`, () => {
      fc.assert(
        fc.property(fc.array(arb as fc.Arbitrary<MessageReceipt>, { minLength: 1, maxLength: 8 }), fc.nat(), (list, seed) => {
          const shuffled = [...list].sort((a, b) => ((list.indexOf(a) * 7919 + seed) % 13) - ((list.indexOf(b) * 7919 + seed) % 13));
          expect(fold(shuffled)).toEqual(fold(list));
          expect(fold([...list].reverse())).toEqual(fold(list));
        }),
      );
    });
  }

  it('never lowers the read count of unversioned group receipts', () => {
    fc.assert(
      fc.property(fc.array(unversionedGroup, { minLength: 1, maxLength: 8 }), (list) => {
        const merged = fold(list.map((r) => groupReceipt('m1', 0, 5, r))) as GroupMessageReceipt;
        expect(merged.readCount).toBe(Math.max(...list.map((r) => r.readCount)));
      }),
    );
  });
});
