import { createStore, del, get, set, type UseStore } from 'idb-keyval';

/**
 * Where a store keeps the work a user did that has not reached the backend yet (receipts,
 * 1:1 read marks, unsent messages), so a reload or a restart loses none of it. Values are
 * plain data (structured-cloneable). Like zustand's `StateStorage`: swap in your own.
 */
export interface OutboxStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Keeps values in memory: survives nothing, for servers and tests (share one to model a reload). */
export function memoryStorage(): OutboxStorage {
  const values = new Map<string, unknown>();
  return {
    get: async (key) => structuredClone(values.get(key)),
    set: async (key, value) => void values.set(key, structuredClone(value)),
    remove: async (key) => void values.delete(key),
  };
}

/** Keeps values in the browser's IndexedDB (through idb-keyval), opened on first use. */
export function indexedDBStorage(databaseName = 'react-read-receipts'): OutboxStorage {
  let store: UseStore | undefined;
  const database = (): UseStore => (store ??= createStore(databaseName, 'outbox'));
  return {
    get: (key) => get(key, database()),
    set: (key, value) => set(key, value, database()),
    remove: (key) => del(key, database()),
  };
}

/** IndexedDB where the environment has it (browsers), memory elsewhere. */
export function defaultStorage(): OutboxStorage {
  return typeof indexedDB === 'undefined' ? memoryStorage() : indexedDBStorage();
}
