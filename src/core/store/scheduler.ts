/**
 * When a store's changes reach its subscribers. The store applies every event at once; the
 * scheduler only decides when subscribers (React) see the result, so reads never lag writes
 * for the store's own rules, and a storm of receipt events costs one render per frame.
 */
export interface Publication {
  /** Hands the latest state to subscribers now. */
  publish(): void;
  /** Whether the state not yet published differs from the published one in receipts alone. */
  onlyReceiptsChanged(): boolean;
}

/** Gets a store's publication; returns what the store calls after each change. */
export type UpdateScheduler = (publication: Publication) => () => void;

/** Every change goes out at once: Node, servers, tests. */
export const immediateUpdates: UpdateScheduler = (publication) => () => publication.publish();

/** Options of `frameUpdates`, for tests that turn frames by hand. */
export interface FrameUpdatesOptions {
  /** Calls back at the next frame. @default requestAnimationFrame, with a 100 ms timer for hidden pages */
  requestFrame?: (callback: () => void) => void;
  /** Clock for the storm interval, in ms. @default performance.now */
  now?: () => number;
}

/**
 * A receipt storm: after this many frames in a row with changes, a change that touches
 * receipts alone waits until `STORM_INTERVAL_MS` have passed since the last publish. Each
 * commit costs a full rendering frame (layout, paint, compositor commit) however small the
 * text change, so counts ticking at ~10 Hz instead of 60 Hz cut the main thread's work
 * several times over. Anything else still goes out at the next frame.
 */
export const STORM_FRAMES = 3;
export const STORM_INTERVAL_MS = 100;

// A hidden page gets no frames: the timer makes sure updates still arrive.
function defaultRequestFrame(callback: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    callback();
  };
  requestAnimationFrame(run);
  setTimeout(run, 100);
}

/**
 * At most one publish per animation frame. The first change after a quiet frame goes out at
 * once (no added latency); later changes of that frame go out together at the next one.
 */
export function frameUpdates(options: FrameUpdatesOptions = {}): UpdateScheduler {
  const requestFrame = options.requestFrame ?? defaultRequestFrame;
  const now = options.now ?? (() => performance.now());
  return (publication) => {
    let busyFrame = false;
    let pending = false;
    // Frames in a row that published or held changes, and when the last publish happened.
    let busyFrames = 0;
    let publishedAt = 0;
    const publish = (): void => {
      pending = false;
      publishedAt = now();
      publication.publish();
    };
    const onFrame = (): void => {
      if (!pending) {
        busyFrame = false;
        busyFrames = 0;
        return;
      }
      busyFrames += 1;
      const held = busyFrames > STORM_FRAMES && now() - publishedAt < STORM_INTERVAL_MS && publication.onlyReceiptsChanged();
      if (!held) publish();
      requestFrame(onFrame);
    };
    return () => {
      if (busyFrame) {
        pending = true;
        return;
      }
      busyFrame = true;
      publish();
      requestFrame(onFrame);
    };
  };
}

/** Frames where the environment has them (browsers), immediate elsewhere (Node, servers). */
export function defaultScheduler(): UpdateScheduler {
  return typeof requestAnimationFrame === 'function' ? frameUpdates() : immediateUpdates;
}
