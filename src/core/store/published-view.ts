import type { StoreApi } from 'zustand/vanilla';
import type { UpdateScheduler } from './scheduler';
import type { ChatState } from './types';

type Listener = (state: ChatState, previous: ChatState) => void;

export interface PublishedView {
  getState(): ChatState;
  subscribe(listener: Listener): () => void;
  flush(): void;
}

/** Whether `next` differs from `previous` in its receipts and nothing else. */
function onlyReceiptsChanged(previous: ChatState, next: ChatState): boolean {
  if (previous.receipts === next.receipts) return false;
  for (const key of Object.keys(next) as (keyof ChatState)[]) {
    if (key !== 'receipts' && next[key] !== previous[key]) return false;
  }
  return true;
}

/**
 * The state as subscribers see it: the live state, published when the scheduler says so.
 * `getState` and `subscribe` always agree (what React's useSyncExternalStore needs). Without
 * subscribers every change is published at once, so plain `getState()` callers never lag.
 */
export function publishedView(live: StoreApi<ChatState>, scheduler: UpdateScheduler): PublishedView {
  const listeners = new Set<Listener>();
  let published = live.getState();
  const publish = (): void => {
    const previous = published;
    published = live.getState();
    if (published === previous) return;
    for (const listener of [...listeners]) listener(published, previous);
  };
  const scheduled = scheduler({ publish, onlyReceiptsChanged: () => onlyReceiptsChanged(published, live.getState()) });
  live.subscribe(() => {
    if (listeners.size === 0) publish();
    else scheduled();
  });
  return {
    getState: () => published,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    flush: publish,
  };
}
