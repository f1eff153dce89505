import { CHUNK_SIZE, type ChunkedMap } from '../../src/core/store/chunked-map';

// What a write to a ChunkedMap version cost, for tests that pin O(batch) copying. Kept out of
// the class so the kit's bundle does not carry it.
interface Internals<K, V> {
  owned: Set<number>;
  registry: { index: Map<K, number> };
  chunks: (V | undefined)[][];
}

/** Slots copied by writes to this version so far (32 per chunk touched): its cost beyond `fork()`. */
export function copiedSlots<K, V>(map: ChunkedMap<K, V>): number {
  return (map as unknown as Internals<K, V>).owned.size * CHUNK_SIZE;
}

/** True when both versions share the chunk holding `key`, i.e. a write to one did not copy it. */
export function sharesChunk<K, V>(a: ChunkedMap<K, V>, b: ChunkedMap<K, V>, key: K): boolean {
  const mine = a as unknown as Internals<K, V>;
  const theirs = b as unknown as Internals<K, V>;
  const position = mine.registry.index.get(key);
  if (position === undefined || theirs.registry !== mine.registry) return false;
  const chunk = mine.chunks[Math.floor(position / CHUNK_SIZE)];
  return chunk !== undefined && chunk === theirs.chunks[Math.floor(position / CHUNK_SIZE)];
}
