import { ErrorCode, isChatError, type ChatError } from '../errors';
import type { ResolvedOptions } from './types';

/**
 * The kit's one retry policy, used by the receipt outbox, the 1:1 read marker and every
 * cached query: only what a retry can fix (network, timeout, rate limit, not ready yet) is
 * retried, with capped exponential backoff and jitter, longer after RATE_LIMITED.
 */
export function isRetryable(error: unknown): error is ChatError {
  return isChatError(error) && error.transient;
}

/** Capped exponential backoff with jitter in [delay/2, delay). `attempt` starts at 1. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const delay = Math.min(maxMs, baseMs * 2 ** Math.min(attempt - 1, 30));
  return delay / 2 + random() * (delay / 2);
}

/** How long to wait before attempt `attempt + 1` after `error`. */
export function retryDelay(error: ChatError, attempt: number, options: ResolvedOptions): number {
  const base = error.code === ErrorCode.RATE_LIMITED ? options.rateLimitBaseMs : options.retryBaseMs;
  return backoffDelay(attempt, base, Math.max(options.retryMaxMs, base), options.random);
}

/** Query retries: a request a user waits for is tried three times at most. */
export const QUERY_ATTEMPTS = 3;
