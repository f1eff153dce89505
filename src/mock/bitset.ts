/**
 * Bitsets over member slots, stored as Uint32Array words. Scans go word by word, so a long
 * run of members that do not match costs one comparison per 32 members.
 */

export function wordCount(bits: number): number {
  return (bits + 31) >>> 5;
}

export function hasBit(words: Uint32Array, index: number): boolean {
  return ((words[index >>> 5] ?? 0) & (1 << (index & 31))) !== 0;
}

export function setBit(words: Uint32Array, index: number): void {
  const w = index >>> 5;
  words[w] = (words[w] ?? 0) | (1 << (index & 31));
}

export function clearBit(words: Uint32Array, index: number): void {
  const w = index >>> 5;
  words[w] = (words[w] ?? 0) & ~(1 << (index & 31));
}

/** Returns a copy with room for at least `bits` bits (grown by doubling). */
export function grow(words: Uint32Array, bits: number): Uint32Array {
  const needed = wordCount(bits);
  if (needed <= words.length) return words;
  const grown = new Uint32Array(Math.max(needed, words.length * 2, 4));
  grown.set(words);
  return grown;
}

/** The word `w` of a virtual bitset; lets callers combine sets (eligible and not read, ...). */
export type WordSource = (w: number) => number;

export interface ScanResult {
  indexes: number[];
  /** First index of the next match, or -1 when there is none below the limit. */
  next: number;
}

/**
 * Collects up to `count` set indexes in [from, limit) of the virtual bitset, then looks ahead
 * for one more match so the caller knows whether anything is left.
 */
export function scan(source: WordSource, from: number, limit: number, count: number): ScanResult {
  const indexes: number[] = [];
  if (from >= limit) return { indexes, next: -1 };
  const lastWord = (limit - 1) >>> 5;
  let w = from >>> 5;
  let word = source(w) & (~0 << (from & 31));
  for (;;) {
    if (w === lastWord && (limit & 31) !== 0) word &= (1 << (limit & 31)) - 1;
    while (word !== 0) {
      const low = word & -word;
      const index = (w << 5) + 31 - Math.clz32(low);
      if (indexes.length === count) return { indexes, next: index };
      indexes.push(index);
      word ^= low;
    }
    w += 1;
    if (w > lastWord) return { indexes, next: -1 };
    word = source(w);
  }
}

/** How many bits of the virtual bitset are set below `limit`: one pass over its words, nothing collected. */
export function countBits(source: WordSource, limit: number): number {
  let count = 0;
  const words = wordCount(limit);
  for (let w = 0; w < words; w += 1) {
    let word = source(w);
    if (w === words - 1 && (limit & 31) !== 0) word &= (1 << (limit & 31)) - 1;
    // Population count of a 32-bit word (Hacker's Delight, fig. 5-2).
    word -= (word >>> 1) & 0x55555555;
    word = (word & 0x33333333) + ((word >>> 2) & 0x33333333);
    count += (((word + (word >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return count;
}
