import { ChatError, ErrorCode } from '../core/errors';

/** Tencent Cloud Chat codes the adapter recognises (SDK 2xxx/3xxx, server 10xxx). */
export const TencentCode = {
  RECEIPT_LIST_EMPTY: 2114,
  NOT_LOGGED_IN: 2024,
  REPEAT_LOGIN: 2025,
  NO_MODULE: 2998,
  SDK_NOT_READY: 2999,
  NETWORK_ERROR: 2800,
  NETWORK_TIMEOUT: 2801,
  NO_NETWORK: 2805,
  OVER_FREQUENCY_LIMIT: 2996,
  KICKED_OUT_MULT_DEVICE: 3002,
  USER_SIG_EXPIRED: 3003,
  LOGGED_OUT: 3004,
  KICKED_OUT_REST_API: 3005,
  NO_PERMISSION: 10007,
  GROUP_DISSOLVED: 10010,
  GROUP_NOT_FOUND: 10015,
  NOT_IN_EDITION: 10059,
  RECEIPT_NOT_FOUND: 10062,
} as const;

interface Mapping {
  code: ErrorCode;
  /** What the app (or its developer) should do about it. */
  advice: string;
}

const MAPPINGS = new Map<number, Mapping>([
  [TencentCode.NO_MODULE, {
    code: ErrorCode.UNKNOWN,
    advice:
      "The group module is not loaded: create({ SDKAppID, modules: { 'group-module': GroupModule } }) " +
      "with GroupModule from '@tencentcloud/chat/modules/group-module.js' (the ESM build leaves it out).",
  }],
  [TencentCode.RECEIPT_LIST_EMPTY, {
    code: ErrorCode.RECEIPT_LIST_EMPTY,
    advice: 'None of these messages needs a receipt: only incoming messages sent with needReadReceipt can be reported.',
  }],
  [TencentCode.RECEIPT_NOT_FOUND, {
    code: ErrorCode.RECEIPT_NOT_FOUND,
    advice: 'The server has no read-receipt info for this group message (sent without needReadReceipt, or expired).',
  }],
  [TencentCode.NO_PERMISSION, {
    code: ErrorCode.NO_PERMISSION,
    advice: 'The current user may not do this in this group; only the sender sees who read a message.',
  }],
  [TencentCode.GROUP_DISSOLVED, { code: ErrorCode.GROUP_NOT_FOUND, advice: 'The group was dissolved.' }],
  [TencentCode.GROUP_NOT_FOUND, {
    code: ErrorCode.GROUP_NOT_FOUND,
    advice: 'The group does not exist or the current user is not a member.',
  }],
  [TencentCode.NOT_IN_EDITION, {
    code: ErrorCode.FEATURE_NOT_IN_EDITION,
    advice: "Read receipts need a paid edition of the app (Ultimate/Flagship); upgrade it in the Chat console.",
  }],
  [TencentCode.NOT_LOGGED_IN, { code: ErrorCode.NOT_LOGGED_IN, advice: 'Call chat.login({ userID, userSig }) first.' }],
  [TencentCode.LOGGED_OUT, { code: ErrorCode.NOT_LOGGED_IN, advice: 'The user logged out; log in again.' }],
  [TencentCode.KICKED_OUT_REST_API, { code: ErrorCode.NOT_LOGGED_IN, advice: 'The server logged the user out; log in again.' }],
  [TencentCode.SDK_NOT_READY, {
    code: ErrorCode.SDK_NOT_READY,
    advice: 'The SDK is not ready yet: wait for TencentCloudChat.EVENT.SDK_READY after login, then retry.',
  }],
  [TencentCode.NETWORK_ERROR, { code: ErrorCode.NETWORK, advice: 'Network error; it will be retried when the connection is back.' }],
  [TencentCode.NO_NETWORK, { code: ErrorCode.NETWORK, advice: 'No network; it will be retried when the connection is back.' }],
  [TencentCode.NETWORK_TIMEOUT, { code: ErrorCode.TIMEOUT, advice: 'The request timed out; retry later.' }],
  [TencentCode.OVER_FREQUENCY_LIMIT, {
    code: ErrorCode.RATE_LIMITED,
    advice: 'Too many requests (SDK frequency limit); retry later with fewer, larger batches.',
  }],
  [TencentCode.KICKED_OUT_MULT_DEVICE, {
    code: ErrorCode.KICKED_OUT,
    advice: 'The user was kicked out by a login elsewhere; log in again (or raise Online Web Instances in the console).',
  }],
  [TencentCode.USER_SIG_EXPIRED, {
    code: ErrorCode.USER_SIG_EXPIRED,
    advice: 'The userSig expired; generate a new one on your server and log in again.',
  }],
]);

function readCode(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null || !('code' in value)) return undefined;
  const code = Number((value as { code: unknown }).code);
  return Number.isFinite(code) ? code : undefined;
}

function readMessage(value: unknown): string {
  if (value instanceof Error) return value.message;
  if (typeof value === 'object' && value !== null && 'message' in value) {
    return String((value as { message: unknown }).message);
  }
  return String(value);
}

/**
 * Turns whatever the SDK rejected with into the kit's ChatError. The original error stays
 * available as `cause`, and unknown codes keep their number and text in the message.
 */
export function toTencentChatError(value: unknown, action?: string): ChatError {
  if (value instanceof ChatError) return value;
  const prefix = action ? `${action} failed: ` : '';
  const tencentCode = readCode(value);
  const original = readMessage(value);
  if (tencentCode === undefined) {
    return new ChatError(ErrorCode.UNKNOWN, `${prefix}${original}`, { cause: value });
  }
  const mapping = MAPPINGS.get(tencentCode);
  if (!mapping) {
    return new ChatError(ErrorCode.UNKNOWN, `${prefix}Tencent Cloud Chat error ${tencentCode}: ${original}`, {
      cause: value,
    });
  }
  return new ChatError(mapping.code, `${prefix}${mapping.advice} (Tencent code ${tencentCode}: ${original})`, {
    cause: value,
  });
}

/** Awaits an SDK call and rethrows its rejection as a ChatError. */
export async function callSdk<T>(action: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toTencentChatError(error, action);
  }
}
