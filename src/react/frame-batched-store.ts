import type { ChatState, ChatStore } from '../core/store';

export interface FrameBatchOptions {
  /** Calls back at the next animation frame. @default requestAnimationFrame, with a timer fallback */
  requestFrame?: (callback: () => void) => void;
  /** Whether updates go out at once, e.g. under React's act(). @default IS_REACT_ACT_ENVIRONMENT or no rAF */
  immediate?: () => boolean;
  /** Clock for the storm interval, in ms. @default performance.now */
  now?: () => number;
}

/**
 * A receipt storm: after this many frames in a row with changes, a change that touches
 * receipts alone waits until `STORM_INTERVAL_MS` have passed since the last publish. Each
 * commit costs a full rendering frame (layout, paint, compositor commit) however small the
 * text change, so counts ticking at ~10 Hz instead of 60 Hz cut the main thread's work
 * several times over. Anything else (messages, conversations, profiles…) still goes out at
 * the next frame, and the first change after a quiet frame still goes out at once.
 */
export const STORM_FRAMES = 3;
export const STORM_INTERVAL_MS = 100;

type Listener = (state: ChatState, previous: ChatState) => void;

// A hidden page gets no frames: a timer makes sure updates still arrive, at least every 100 ms.
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

/** Whether `next` differs from `previous` in its receipts and nothing else. */
function onlyReceiptsChanged(previous: ChatState, next: ChatState): boolean {
  if (previous.receipts === next.receipts) return false;
  for (const key of Object.keys(next) as (keyof ChatState)[]) {
    if (key !== 'receipts' && next[key] !== previous[key]) return false;
  }
  return true;
}

function defaultImmediate(): boolean {
  return (
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT === true ||
    typeof requestAnimationFrame === 'undefined'
  );
}

/**
 * The store as React sees it: at most one state change per animation frame. The first change
 * after a quiet frame goes out at once (no added latency); changes in the same frame after it
 * are held and go out together at the next frame, so a storm of receipt events (one every few
 * ms) costs one React commit per frame instead of one per event. Reads and actions are the
 * store's own. Under React's act() (tests) and without frames (SSR) every change goes out
 * at once.
 */
export function frameBatchedStore(store: ChatStore, options: FrameBatchOptions = {}): ChatStore {
  const requestFrame = options.requestFrame ?? defaultRequestFrame;
  const immediate = options.immediate ?? defaultImmediate;
  const now = options.now ?? (() => performance.now());
  const listeners = new Set<Listener>();
  let snapshot = store.getState();
  let busyFrame = false;
  let pending = false;
  // Frames in a row that published or held changes, and when the last publish happened.
  let busyFrames = 0;
  let publishedAt = 0;
  let unsubscribe: (() => void) | undefined;

  const publish = (): void => {
    const previous = snapshot;
    snapshot = store.getState();
    pending = false;
    publishedAt = now();
    if (snapshot === previous) return;
    for (const listener of [...listeners]) listener(snapshot, previous);
  };
  const onFrame = (): void => {
    if (pending) {
      busyFrames += 1;
      const held =
        busyFrames > STORM_FRAMES && now() - publishedAt < STORM_INTERVAL_MS && onlyReceiptsChanged(snapshot, store.getState());
      if (!held) publish();
      requestFrame(onFrame);
    } else {
      busyFrame = false;
      busyFrames = 0;
    }
  };
  const onChange = (): void => {
    if (immediate()) {
      publish();
      return;
    }
    if (busyFrame) {
      pending = true;
      return;
    }
    busyFrame = true;
    publish();
    requestFrame(onFrame);
  };

  return {
    getState: () => (unsubscribe ? snapshot : store.getState()),
    getInitialState: () => store.getInitialState(),
    setState: store.setState,
    subscribe(listener: Listener) {
      if (!unsubscribe) {
        snapshot = store.getState();
        unsubscribe = store.subscribe(onChange);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0 || !unsubscribe) return;
        unsubscribe();
        unsubscribe = undefined;
      };
    },
  };
}
