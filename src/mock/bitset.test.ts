import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scan, setBit, wordCount } from './bitset';

function bits(indexes: number[], size: number): Uint32Array {
  const words = new Uint32Array(wordCount(size));
  for (const i of indexes) setBit(words, i);
  return words;
}

describe('scan', () => {
  it('finds set bits across word boundaries, including bit 31', () => {
    const words = bits([0, 31, 32, 63, 64], 70);
    expect(scan((w) => words[w] ?? 0, 0, 70, 10)).toEqual({ indexes: [0, 31, 32, 63, 64], next: -1 });
  });

  it('stops at count and reports the next match', () => {
    const words = bits([3, 40, 90], 100);
    expect(scan((w) => words[w] ?? 0, 0, 100, 1)).toEqual({ indexes: [3], next: 40 });
    expect(scan((w) => words[w] ?? 0, 41, 100, 5)).toEqual({ indexes: [90], next: -1 });
  });

  it('ignores bits at or past the limit', () => {
    const words = bits([5, 33], 64);
    expect(scan((w) => words[w] ?? 0, 0, 33, 10)).toEqual({ indexes: [5], next: -1 });
  });

  it('skips a long empty run by reading one word per 32 slots', () => {
    let reads = 0;
    const words = bits([99_990], 100_000);
    const result = scan((w) => (reads++, words[w] ?? 0), 0, 100_000, 10);
    expect(result.indexes).toEqual([99_990]);
    expect(reads).toBe(wordCount(100_000));
  });

  it('matches a naive scan', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(199)), fc.nat(200), fc.nat(200), fc.integer({ min: 1, max: 20 }), (set, a, b, count) => {
        const [from, limit] = a <= b ? [a, b] : [b, a];
        const words = bits(set, 200);
        const expected = [...set].filter((i) => i >= from && i < limit).sort((x, y) => x - y);
        const result = scan((w) => words[w] ?? 0, from, limit, count);
        expect(result.indexes).toEqual(expected.slice(0, count));
        expect(result.next).toBe(expected[count] ?? -1);
      }),
    );
  });
});
