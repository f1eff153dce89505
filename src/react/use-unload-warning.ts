import { useEffect } from 'react';
import { selectOutboxSize, type ChatState, type ChatStore } from '../core/store';

/** Receipts still to send plus messages still on their way: what a closing tab would leave behind. */
export function pendingWork(state: ChatState): number {
  let sending = 0;
  for (const message of state.messages.values()) if (message.status === 'sending') sending += 1;
  return selectOutboxSize(state) + sending;
}

/**
 * While work is still waiting to reach the backend, the browser asks before the page closes.
 * Nothing is lost either way (the store keeps it for the next visit); this only lets the
 * user wait for it to go out now.
 */
export function useUnloadWarning(store: ChatStore, enabled: boolean): void {
  useEffect(() => {
    if (!enabled || typeof window === 'undefined') return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (pendingWork(store.getState()) === 0) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [store, enabled]);
}
