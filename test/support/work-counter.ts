/**
 * What a piece of code does, counted rather than timed: Map lookups and writes, and array
 * elements copied by slice, concat, map and filter. A store operation that costs O(changed)
 * counts the same at 1,000 messages as at 30,000; one that walks, sorts or copies the whole
 * conversation (or a map of every message) counts tens of thousands more.
 */
export interface Work {
  mapOps: number;
  copied: number;
}

const MAP_METHODS = ['get', 'set', 'has', 'delete'] as const;
const ARRAY_METHODS = ['slice', 'concat', 'map', 'filter'] as const;

/** Starts counting; `stop()` restores the prototypes and returns the count. `work` is live. */
export function startCounting(): { work: Work; stop(): Work } {
  const work: Work = { mapOps: 0, copied: 0 };
  const mapProto = Map.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const arrayProto = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const savedMap = MAP_METHODS.map((name) => mapProto[name]!);
  const savedArray = ARRAY_METHODS.map((name) => arrayProto[name]!);
  MAP_METHODS.forEach((name, i) => {
    const original = savedMap[i]!;
    mapProto[name] = function (this: unknown, ...args: unknown[]) {
      work.mapOps += 1;
      return original.apply(this, args);
    };
  });
  ARRAY_METHODS.forEach((name, i) => {
    const original = savedArray[i]!;
    arrayProto[name] = function (this: unknown[], ...args: unknown[]) {
      work.copied += this.length;
      return original.apply(this, args);
    };
  });
  return {
    work,
    stop() {
      MAP_METHODS.forEach((name, i) => (mapProto[name] = savedMap[i]!));
      ARRAY_METHODS.forEach((name, i) => (arrayProto[name] = savedArray[i]!));
      return { ...work };
    },
  };
}

export async function countWork(run: () => unknown): Promise<Work> {
  const counter = startCounting();
  try {
    await run();
  } finally {
    counter.stop();
  }
  return { ...counter.work };
}
