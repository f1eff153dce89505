import { clear, createStore } from 'idb-keyval';
import { beforeEach } from 'vitest';

// Every test starts on an empty device: stores keep pending work in IndexedDB, which would
// otherwise carry one test's unsent messages into the next test's store.
beforeEach(async () => {
  await clear(createStore('react-read-receipts', 'outbox'));
});
