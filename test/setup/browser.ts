import { clear, createStore } from 'idb-keyval';
import { beforeEach } from 'vitest';
import './console-guard';

/**
 * Real Chromium is not an act() environment: updates come from real input, frames, observers
 * and timers, and assertions poll (`expect.element`) until the page shows the result. React
 * must not expect act() there; Testing Library's `render` still wraps its own first render in
 * act, which turns the flag on for that call only (vitest-browser-react does the same).
 * Testing Library sets the flag for the whole file in a beforeAll, hence beforeEach here.
 */
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

// Every test starts on an empty device: stores keep pending work in IndexedDB, which would
// otherwise carry one test's unsent messages into the next test's store.
beforeEach(async () => {
  await clear(createStore('react-read-receipts', 'outbox'));
});
