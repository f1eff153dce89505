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
  /** Another device or page logged in as this user (Tencent 3002 and 3003). Ends the session. */
  KICKED_OUT: 3002,
  /** The userSig expired, or was refused as expired at login (Tencent 3004, 70001). Ends the session. */
  USER_SIG_EXPIRED: 3004,
  /** The user logged out, here or elsewhere (Tencent 3005). Ends the session. */
  LOGGED_OUT: 3005,
  /** The backend ended the session (Tencent 3006, kicked by the REST API). */
  KICKED_BY_SERVER: 3006,
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

/** One of the `ErrorCode` values. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

// Switches, not module-level Sets: a Set filled from ErrorCode's properties at load time is
// code that bundlers cannot drop, so every app would keep it and ErrorCode with it.
function isTransient(code: ErrorCode): boolean {
  switch (code) {
    case ErrorCode.NETWORK:
    case ErrorCode.TIMEOUT:
    case ErrorCode.RATE_LIMITED:
    case ErrorCode.SDK_NOT_READY:
    case ErrorCode.NOT_LOGGED_IN:
      return true;
    default:
      return false;
  }
}

function endsSession(code: ErrorCode): boolean {
  switch (code) {
    case ErrorCode.KICKED_OUT:
    case ErrorCode.USER_SIG_EXPIRED:
    case ErrorCode.LOGGED_OUT:
    case ErrorCode.KICKED_BY_SERVER:
      return true;
    default:
      return false;
  }
}

/** Extra details of a `ChatError`. */
export interface ChatErrorOptions {
  cause?: unknown;
  /** The backend's own code where it differs from `code` (Tencent's 3003 for KICKED_OUT, say). */
  backendCode?: number;
  /** When a RATE_LIMITED refusal may be retried (ms since the epoch), where the backend says. */
  retryAt?: number;
}

/** The one error type of the kit: every adapter call and store action fails with it. `code` is an `ErrorCode`. */
export class ChatError extends Error {
  override readonly name = 'ChatError';
  readonly code: ErrorCode;
  readonly backendCode: number | undefined;
  /** When a refused call may be retried (ms since the epoch), where the backend says: e.g. the next `remindUnread` of a message. */
  readonly retryAt: number | undefined;

  constructor(code: ErrorCode, message: string, options: ChatErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.backendCode = options.backendCode;
    this.retryAt = options.retryAt;
  }

  /** Worth retrying later with the same input (network, rate limit, not ready yet). */
  get transient(): boolean {
    return isTransient(this.code);
  }

  /**
   * The session is over (kicked, userSig expired, logged out): nothing succeeds until the app
   * logs in again, so nothing is retried before that and queued work waits for it.
   */
  get endsSession(): boolean {
    return endsSession(this.code);
  }
}

/** Whether `value` is a `ChatError`. */
export function isChatError(value: unknown): value is ChatError {
  return value instanceof ChatError;
}

/** Wraps anything thrown by an adapter so callers always see a ChatError. */
export function toChatError(value: unknown): ChatError {
  if (value instanceof ChatError) return value;
  const message = value instanceof Error ? value.message : String(value);
  return new ChatError(ErrorCode.UNKNOWN, `Unexpected adapter failure: ${message}`, { cause: value });
}
