const CHUNK_BITS = 5;
export const CHUNK_SIZE = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_SIZE - 1;

/** Keys by position, shared by every version of one map; only ever appended to. */
interface Registry<K> {
  index: Map<K, number>;
  keys: K[];
}

/**
 * A read-only map that is cheap to copy on write. Each key gets a fixed position in a
 * registry shared by all versions; a version holds its values in chunks of 32 positions.
 * `fork()` copies only the array of chunk pointers (size / 32), and the first write to a
 * chunk copies those 32 slots, so a store that replaces its map on every event batch pays
 * O(size / 32 + 32 · batch) per batch instead of O(size), and every untouched chunk is shared.
 *
 * Iterates in the order keys were first added (a changed key keeps its place). Values must
 * not be `undefined`. Internal to the store: the state exposes it as a `ReadonlyMap`.
 */
export class ChunkedMap<K, V> implements ReadonlyMap<K, V> {
  // Read by chunk-costs.ts (tests); TypeScript's private does not hide them at run time.
  /** Chunks this version copied already (only a fork that was not handed out writes). */
  private readonly owned = new Set<number>();

  private constructor(
    private readonly registry: Registry<K>,
    private readonly chunks: (V | undefined)[][],
    private count: number,
  ) {}

  /** An empty map, or a copy of `map` (kept as it is when it is a ChunkedMap already). */
  static from<K, V>(map: ReadonlyMap<K, V> = new Map()): ChunkedMap<K, V> {
    if (map instanceof ChunkedMap) return map as ChunkedMap<K, V>;
    const copy = new ChunkedMap<K, V>({ index: new Map(), keys: [] }, [], 0);
    for (const [key, value] of map) copy.set(key, value);
    copy.owned.clear();
    return copy;
  }

  /** A writable copy for one batch of changes; `this` stays as it was. */
  fork(): ChunkedMap<K, V> {
    return new ChunkedMap(this.registry, this.chunks.slice(), this.count);
  }

  get size(): number {
    return this.count;
  }

  /**
   * Keys whose value differs between this version and `other`, found by comparing chunk
   * pointers: O(size / 32 + 32 · changed chunks). Undefined when `other` is not a version of
   * the same map, so the caller compares entries instead.
   */
  changedSince(other: ReadonlyMap<K, V>): K[] | undefined {
    if (!(other instanceof ChunkedMap) || other.registry !== this.registry) return undefined;
    const theirs = (other as ChunkedMap<K, V>).chunks;
    const changed: K[] = [];
    const chunks = Math.max(this.chunks.length, theirs.length);
    for (let c = 0; c < chunks; c += 1) {
      const a = this.chunks[c];
      const b = theirs[c];
      if (a === b) continue;
      for (let i = 0; i < CHUNK_SIZE; i += 1) {
        if (a?.[i] !== b?.[i]) changed.push(this.registry.keys[(c << CHUNK_BITS) + i] as K);
      }
    }
    return changed;
  }

  get(key: K): V | undefined {
    const position = this.registry.index.get(key);
    return position === undefined ? undefined : this.chunks[position >>> CHUNK_BITS]?.[position & CHUNK_MASK];
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  /** Only on a copy from `fork()` that was not handed out yet. */
  set(key: K, value: V): this {
    const { index, keys } = this.registry;
    let position = index.get(key);
    if (position === undefined) {
      position = keys.length;
      keys.push(key);
      index.set(key, position);
    }
    const chunk = this.writableChunk(position >>> CHUNK_BITS);
    if (chunk[position & CHUNK_MASK] === undefined) this.count += 1;
    chunk[position & CHUNK_MASK] = value;
    return this;
  }

  /** Only on a copy from `fork()` that was not handed out yet. */
  delete(key: K): boolean {
    const position = this.registry.index.get(key);
    if (position === undefined || this.get(key) === undefined) return false;
    this.writableChunk(position >>> CHUNK_BITS)[position & CHUNK_MASK] = undefined;
    this.count -= 1;
    return true;
  }

  private writableChunk(c: number): (V | undefined)[] {
    let chunk = this.chunks[c];
    if (this.owned.has(c) && chunk !== undefined) return chunk;
    chunk = chunk === undefined ? new Array<V | undefined>(CHUNK_SIZE).fill(undefined) : chunk.slice();
    // Positions handed out by other versions may leave gaps: fill them so the array stays dense.
    for (let i = this.chunks.length; i < c; i += 1) this.chunks.push(undefined as never);
    this.chunks[c] = chunk;
    this.owned.add(c);
    return chunk;
  }

  *entries(): MapIterator<[K, V]> {
    const { keys } = this.registry;
    for (let c = 0; c < this.chunks.length; c += 1) {
      const chunk = this.chunks[c];
      if (chunk === undefined) continue;
      for (let i = 0; i < CHUNK_SIZE; i += 1) {
        const value = chunk[i];
        if (value !== undefined) yield [keys[(c << CHUNK_BITS) + i] as K, value];
      }
    }
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  // Tools that compare maps (test matchers, inspectors) treat it as the map it stands for.
  get [Symbol.toStringTag](): string {
    return 'Map';
  }
}
