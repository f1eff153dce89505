const BITS = 5;
export const CHUNK_SIZE = 1 << BITS;
const MASK = CHUNK_SIZE - 1;

/** Keys by position, shared by every version of one map; only ever appended to. */
interface Registry<K> {
  index: Map<K, number>;
  keys: K[];
  /**
   * The key looked up last and its position (-1: none yet): a write mostly follows a read of
   * the same key (a receipt is merged with the known one, then set), and a position never
   * changes once given, so the second hash lookup is skipped.
   */
  lastKey: K | undefined;
  lastPosition: number;
}

/** A node of 32 slots: values in a leaf (a chunk), child nodes above it. */
type Slots = unknown[];

const emptySlots = (): Slots => new Array<unknown>(CHUNK_SIZE).fill(undefined);

/**
 * A read-only map that is cheap to copy on write. Each key gets a fixed position in a
 * registry shared by all versions; a version holds its values in a trie of 32-slot nodes
 * keyed by position (the leaves are the chunks). `fork()` copies nothing, and a write copies
 * the path to its chunk (one node per level, four levels hold a million keys), so a store
 * that replaces its map on every event batch pays O(batch · depth), whatever the map holds,
 * and every untouched node is shared.
 *
 * Iterates in the order keys were first added (a changed key keeps its place). Values must
 * not be `undefined`. Internal to the store: the state exposes it as a `ReadonlyMap`.
 */
export class ChunkedMap<K, V> implements ReadonlyMap<K, V> {
  // Read by chunk-costs.ts (tests); TypeScript's private does not hide them at run time.
  /** Nodes this version copied already (only a fork that was not handed out writes). */
  private readonly owned = new Set<Slots>();
  /**
   * The chunk of the last write, by its index: a batch mostly writes next to its last write
   * (receipts of one conversation's newest messages), so its path is not walked again.
   */
  private lastChunk: Slots | undefined = undefined;
  private lastChunkIndex = -1;

  private constructor(
    private readonly registry: Registry<K>,
    private root: Slots | undefined,
    /** Bits of position above the leaf level: 0 while the root is the only chunk. */
    private shift: number,
    private count: number,
  ) {}

  /** An empty map, or a copy of `map` (kept as it is when it is a ChunkedMap already). */
  static from<K, V>(map: ReadonlyMap<K, V> = new Map()): ChunkedMap<K, V> {
    if (map instanceof ChunkedMap) return map as ChunkedMap<K, V>;
    const copy = new ChunkedMap<K, V>({ index: new Map(), keys: [], lastKey: undefined, lastPosition: -1 }, undefined, 0, 0);
    for (const [key, value] of map) copy.set(key, value);
    // Handed out owning no node (nor a last chunk), like any version: writes need a fork.
    return copy.fork();
  }

  /** A writable copy for one batch of changes; `this` stays as it was. */
  fork(): ChunkedMap<K, V> {
    return new ChunkedMap(this.registry, this.root, this.shift, this.count);
  }

  get size(): number {
    return this.count;
  }

  /**
   * Keys whose value differs between this version and `other`, found by comparing node
   * pointers: O(changed chunks · 32 · depth). Undefined when `other` is not a version of the
   * same map, so the caller compares entries instead.
   */
  changedSince(other: ReadonlyMap<K, V>): K[] | undefined {
    if (!(other instanceof ChunkedMap) || other.registry !== this.registry) return undefined;
    const theirs = other as ChunkedMap<K, V>;
    const shift = Math.max(this.shift, theirs.shift);
    const changed: K[] = [];
    this.diff(lift(this.root, this.shift, shift), lift(theirs.root, theirs.shift, shift), shift, 0, changed);
    return changed;
  }

  private diff(a: Slots | undefined, b: Slots | undefined, shift: number, base: number, out: K[]): void {
    if (a === b) return;
    for (let i = 0; i < CHUNK_SIZE; i += 1) {
      if (shift === 0) {
        if (a?.[i] !== b?.[i]) out.push(this.registry.keys[base + i] as K);
      } else {
        this.diff(a?.[i] as Slots | undefined, b?.[i] as Slots | undefined, shift - BITS, base + (i << shift), out);
      }
    }
  }

  get(key: K): V | undefined {
    const position = this.positionOf(key);
    return position === undefined ? undefined : (this.chunkAt(position)?.[position & MASK] as V | undefined);
  }

  private positionOf(key: K): number | undefined {
    const registry = this.registry;
    if (key === registry.lastKey && registry.lastPosition >= 0) return registry.lastPosition;
    const position = registry.index.get(key);
    if (position !== undefined) {
      registry.lastKey = key;
      registry.lastPosition = position;
    }
    return position;
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  /** Only on a copy from `fork()` that was not handed out yet. */
  set(key: K, value: V): this {
    let position = this.positionOf(key);
    if (position === undefined) {
      const { index, keys } = this.registry;
      position = keys.length;
      keys.push(key);
      index.set(key, position);
    }
    const chunk = this.writableChunk(position);
    if (chunk[position & MASK] === undefined) this.count += 1;
    chunk[position & MASK] = value;
    return this;
  }

  /** Only on a copy from `fork()` that was not handed out yet. */
  delete(key: K): boolean {
    const position = this.positionOf(key);
    if (position === undefined || this.get(key) === undefined) return false;
    this.writableChunk(position)[position & MASK] = undefined;
    this.count -= 1;
    return true;
  }

  /** The chunk holding `position`, with every node on its path copied once per version. */
  private writableChunk(position: number): Slots {
    const chunkIndex = position >>> BITS;
    if (chunkIndex === this.lastChunkIndex) return this.lastChunk as Slots;
    while (!fits(position, this.shift)) {
      const grown = emptySlots();
      grown[0] = this.root;
      this.owned.add(grown);
      this.root = grown;
      this.shift += BITS;
    }
    this.root = this.writable(this.root);
    let node = this.root;
    for (let shift = this.shift; shift > 0; shift -= BITS) {
      const slot = (position >>> shift) & MASK;
      const child = this.writable(node[slot] as Slots | undefined);
      node[slot] = child;
      node = child;
    }
    // Owned nodes are never copied again and growing keeps every chunk, so it stays the one.
    this.lastChunk = node;
    this.lastChunkIndex = chunkIndex;
    return node;
  }

  private writable(node: Slots | undefined): Slots {
    if (node !== undefined && this.owned.has(node)) return node;
    const copy = node === undefined ? emptySlots() : node.slice();
    this.owned.add(copy);
    return copy;
  }

  *entries(): MapIterator<[K, V]> {
    const { keys } = this.registry;
    for (let position = 0; position < keys.length; position += CHUNK_SIZE) {
      const chunk = this.chunkAt(position);
      if (chunk === undefined) continue;
      for (let i = 0; i < CHUNK_SIZE; i += 1) {
        const value = chunk[i];
        if (value !== undefined) yield [keys[position + i] as K, value as V];
      }
    }
  }

  private chunkAt(position: number): Slots | undefined {
    if (this.root === undefined || !fits(position, this.shift)) return undefined;
    let node: Slots | undefined = this.root;
    for (let shift = this.shift; shift > 0 && node !== undefined; shift -= BITS) node = node[(position >>> shift) & MASK] as Slots | undefined;
    return node;
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

/**
 * Whether a trie whose root sits `shift` bits above the leaves holds `position`. A shift, not
 * `2 ** (shift + BITS)`: every get and set asks, and `**` is a float power call. Positions are
 * array indexes (below 2 ** 32), so `>>>` sees all their bits.
 */
const fits = (position: number, shift: number): boolean => position >>> shift < CHUNK_SIZE;

/** `node` seen from a root `to` bits above its own: the trie grows by putting the old root in slot 0. */
function lift(node: Slots | undefined, from: number, to: number): Slots | undefined {
  let lifted = node;
  for (let shift = from; shift < to && lifted !== undefined; shift += BITS) {
    const parent = emptySlots();
    parent[0] = lifted;
    lifted = parent;
  }
  return lifted;
}
