import fc from 'fast-check';

/**
 * Shared fast-check settings of the property tests.
 *
 * - `npm test`: 200 runs per property; `SOAK=1`: 10,000.
 * - A failure prints `seed` and `path`. Replay it with
 *   `FC_SEED=<seed> FC_PATH=<path> npx vitest run --project unit test/property`
 *   (FC_PATH is optional: the seed alone replays the same sequence of runs).
 */
export const SOAK = Boolean(process.env.SOAK);
export const NUM_RUNS = SOAK ? 10_000 : 200;

const seed = process.env.FC_SEED === undefined || process.env.FC_SEED === '' ? undefined : Number(process.env.FC_SEED);
if (seed !== undefined && !Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, got ${process.env.FC_SEED}`);
const path = process.env.FC_PATH || undefined;

fc.configureGlobal({
  numRuns: NUM_RUNS,
  ...(seed === undefined ? {} : { seed }),
  ...(path === undefined ? {} : { path }),
  // Long model runs: keep the report readable but complete enough to replay.
  verbose: fc.VerbosityLevel.Verbose,
  endOnFailure: false,
});

/** Timeout for a whole property in ms, scaled for soak runs. */
export const PROPERTY_TIMEOUT = SOAK ? 900_000 : 60_000;

export { fc };
