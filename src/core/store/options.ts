import { MAX_MESSAGE_TEXT_BYTES } from '../text-limit';
import { defaultScheduler } from './scheduler';
import { defaultStorage } from './storage';
import type { ChatStoreOptions, ResolvedOptions, Timers } from './types';

// Looked up at call time so fake timers installed after the store exists still apply.
const globalTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function resolveOptions(options: ChatStoreOptions = {}): ResolvedOptions {
  return {
    sendReceipts: options.sendReceipts ?? true,
    showReceipts: options.showReceipts ?? true,
    receiptBatchSize: positive(options.receiptBatchSize, 30),
    receiptIntervalMs: nonNegative(options.receiptIntervalMs, 500),
    resyncBatchSize: positive(options.resyncBatchSize, 30),
    retryBaseMs: nonNegative(options.retryBaseMs, 1000),
    retryMaxMs: nonNegative(options.retryMaxMs, 30_000),
    rateLimitBaseMs: nonNegative(options.rateLimitBaseMs, 5000),
    c2cReadIntervalMs: nonNegative(options.c2cReadIntervalMs, 1000),
    parkedLimit: positive(options.parkedLimit, 5000),
    parkedTtlMs: nonNegative(options.parkedTtlMs, 300_000),
    historyPageSize: positive(options.historyPageSize, 20),
    gapPageLimit: positive(options.gapPageLimit, 10),
    maxTextBytes: positive(options.maxTextBytes, MAX_MESSAGE_TEXT_BYTES),
    errorLimit: positive(options.errorLimit, 20),
    now: options.now ?? (() => Date.now()),
    random: options.random ?? Math.random,
    timers: options.timers ?? globalTimers,
    scheduler: options.scheduler ?? defaultScheduler(),
    storage: options.storage ?? defaultStorage(),
    renewSession: options.renewSession,
    onError: options.onError ?? (() => {}),
  };
}

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}

function nonNegative(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
}
