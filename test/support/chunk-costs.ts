import { CHUNK_SIZE, type ChunkedMap } from '../../src/core/store/chunked-map';

// What a write to a ChunkedMap version cost, for tests that pin O(batch) copying. Kept out of
// the class so the kit's bundle does not carry it.
interface Internals<K> {
  owned: Set<unknown[]>;
  registry: { index: Map<K, number> };
  root: unknown[] | undefined;
  shift: number;
}

const internals = <K, V>(map: ChunkedMap<K, V>) => map as unknown as Internals<K>;

function chunkOf<K, V>(map: ChunkedMap<K, V>, position: number): unknown[] | undefined {
  const { root, shift } = internals(map);
  if (root === undefined || position >= 2 ** (shift + 5)) return undefined;
  let node: unknown[] | undefined = root;
  for (let s = shift; s > 0 && node !== undefined; s -= 5) node = node[(position >>> s) & (CHUNK_SIZE - 1)] as unknown[] | undefined;
  return node;
}

function isChunk<K, V>(map: ChunkedMap<K, V>, node: unknown[]): boolean {
  const { registry } = internals(map);
  for (let position = 0; position < registry.index.size; position += CHUNK_SIZE) if (chunkOf(map, position) === node) return true;
  return false;
}

/** Value slots copied by writes to this version so far (32 per chunk touched): its cost beyond `fork()`. */
export function copiedSlots<K, V>(map: ChunkedMap<K, V>): number {
  return [...internals(map).owned].filter((node) => isChunk(map, node)).length * CHUNK_SIZE;
}

/** Nodes of any level (chunks and the nodes above them) copied by writes to this version. */
export function copiedNodes<K, V>(map: ChunkedMap<K, V>): number {
  return internals(map).owned.size;
}

/** True when both versions share the chunk holding `key`, i.e. a write to one did not copy it. */
export function sharesChunk<K, V>(a: ChunkedMap<K, V>, b: ChunkedMap<K, V>, key: K): boolean {
  const mine = internals(a);
  const theirs = internals(b);
  const position = mine.registry.index.get(key);
  if (position === undefined || theirs.registry !== mine.registry) return false;
  const chunk = chunkOf(a, position);
  return chunk !== undefined && chunk === chunkOf(b, position);
}
