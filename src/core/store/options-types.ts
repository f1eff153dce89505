import type { QueryClient } from '@tanstack/query-core';
import type { LoginOptions } from '../adapter';
import type { ChatError } from '../errors';
import type { UpdateScheduler } from './scheduler';
import type { OutboxStorage } from './storage';
import type { ErrorEntry } from './types';

/** Timers of the outbox and the 1:1 read marker (fake ones in tests). */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Options of `createChatStore`; every one has a default. */
export interface ChatStoreOptions {
  /** @default true */
  sendReceipts?: boolean;
  /** @default true */
  showReceipts?: boolean;
  /** Most IDs per `sendMessageReadReceipts` call (Tencent's Web SDK allows 30). @default 30 */
  receiptBatchSize?: number;
  /** Least time between two receipt calls of one conversation. @default 500 */
  receiptIntervalMs?: number;
  /** Most IDs per `getMessageReadReceipts` call. @default 30 */
  resyncBatchSize?: number;
  /** First retry delay after a transient error; doubles per attempt. @default 1000 */
  retryBaseMs?: number;
  /** @default 30000 */
  retryMaxMs?: number;
  /** First retry delay after RATE_LIMITED. @default 5000 */
  rateLimitBaseMs?: number;
  /** Least time between two `markC2CMessageAsRead` calls for one peer. @default 1000 */
  c2cReadIntervalMs?: number;
  /** Receipts kept for messages not loaded yet. @default 5000 */
  parkedLimit?: number;
  /** @default 300000 (5 minutes) */
  parkedTtlMs?: number;
  /** @default 20 */
  historyPageSize?: number;
  /**
   * Pages a reconnect fetches to reach what the store already held; a longer gap is left
   * marked (`ConversationState.gaps`) for the user to load. @default 10
   */
  gapPageLimit?: number;
  /**
   * Most text kept per message, in UTF-8 bytes: longer text received is shown shortened with a
   * notice; longer text is not sent. @default 12288 (Tencent's 12 KB per message)
   */
  maxTextBytes?: number;
  /** @default 20 */
  errorLimit?: number;
  /** Clock in ms. @default Date.now */
  now?: () => number;
  /** In [0, 1), for backoff jitter and the random part of client IDs. @default Math.random */
  random?: () => number;
  /** @default the global setTimeout / clearTimeout, looked up at call time */
  timers?: Timers;
  /**
   * When state changes reach subscribers (and React). @default `frameUpdates()` where
   * `requestAnimationFrame` exists (browsers), `immediateUpdates` elsewhere (Node, servers)
   */
  scheduler?: UpdateScheduler;
  /** The QueryClient that caches groups, profiles and member pages. @default a new one */
  queryClient?: QueryClient;
  /**
   * Supplies a fresh credential when the session ends because the userSig expired: the store
   * logs in again with what it returns (nothing: it stays `signedOut` until `actions.login`).
   * Kicks are not renewed: another device or the server ended them on purpose.
   */
  renewSession?: (reason: ChatError) => Promise<LoginOptions | undefined> | LoginOptions | undefined;
  /**
   * Where pending receipts, 1:1 read marks and unsent messages are kept, per user, so a reload
   * loses none of them. @default IndexedDB in browsers (`indexedDBStorage()`), memory elsewhere
   */
  storage?: OutboxStorage;
  /**
   * Hears every error the store reports, once, as it is reported (before the scheduler hands
   * the state to React): a history page or login that failed, a send, receipts dropped after
   * a permanent error, a malformed payload, the session ending. The same entries collect in
   * `state.errors` (`useErrors()`). For logging and monitoring; `ConversationView` shows the
   * ones the user must act on.
   */
  onError?: (entry: ErrorEntry) => void;
}

export type ResolvedOptions = Required<Omit<ChatStoreOptions, 'queryClient' | 'renewSession'>> &
  Pick<ChatStoreOptions, 'renewSession'>;
