/**
 * One error type with stable numeric codes. Codes mirror Tencent Cloud Chat's where Tencent
 * has one; the 9xxx range is the kit's own.
 */
export const ErrorCode = {
  /** No message in the list needs a receipt (own message, or needReadReceipt false). */
  RECEIPT_LIST_EMPTY: 2114,
  NOT_LOGGED_IN: 2024,
  SDK_NOT_READY: 2999,
  NETWORK: 2800,
  TIMEOUT: 2801,
  RATE_LIMITED: 2996,
  KICKED_OUT: 3002,
  USER_SIG_EXPIRED: 3003,
  NO_PERMISSION: 10007,
  GROUP_NOT_FOUND: 10015,
  FEATURE_NOT_IN_EDITION: 10059,
  RECEIPT_NOT_FOUND: 10062,
  /** The group's type does not have read receipts enabled (console setting), or never can. */
  RECEIPTS_NOT_ENABLED: 9001,
  INVALID_PARAMETER: 9002,
  MESSAGE_NOT_FOUND: 9003,
  /** The adapter delivered a value that breaks the contract (negative count, NaN, ...). */
  MALFORMED_PAYLOAD: 9004,
  USER_NOT_FOUND: 9005,
  CONVERSATION_NOT_FOUND: 9006,
  UNKNOWN: 9999,
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const TRANSIENT: ReadonlySet<number> = new Set([
  ErrorCode.NETWORK,
  ErrorCode.TIMEOUT,
  ErrorCode.RATE_LIMITED,
  ErrorCode.SDK_NOT_READY,
  ErrorCode.NOT_LOGGED_IN,
]);

export class ChatError extends Error {
  override readonly name = 'ChatError';
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  /** Worth retrying later with the same input (network, rate limit, not ready yet). */
  get transient(): boolean {
    return TRANSIENT.has(this.code);
  }
}

export function isChatError(value: unknown): value is ChatError {
  return value instanceof ChatError;
}

/** Wraps anything thrown by an adapter so callers always see a ChatError. */
export function toChatError(value: unknown): ChatError {
  if (value instanceof ChatError) return value;
  const message = value instanceof Error ? value.message : String(value);
  return new ChatError(ErrorCode.UNKNOWN, `Unexpected adapter failure: ${message}`, { cause: value });
}
