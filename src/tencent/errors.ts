import { ChatError, ErrorCode } from '../core/errors';

/** Tencent Cloud Chat codes the adapter recognises (SDK 2xxx/3xxx, server 1xxxx-7xxxx), as in the SDK's own table. */
export const TencentCode = {
  RECEIPT_LIST_EMPTY: 2114,
  NOT_LOGGED_IN: 2024,
  REPEAT_LOGIN: 2025,
  NETWORK_ERROR: 2800,
  NETWORK_TIMEOUT: 2801,
  NO_NETWORK: 2805,
  /** What modules/group-module.js turns every error of the SDK core into. */
  UNCAUGHT_ERROR: 2903,
  OVER_FREQUENCY_LIMIT: 2996,
  NO_MODULE: 2998,
  SDK_NOT_READY: 2999,
  KICKED_OUT_MULT_DEVICE: 3002,
  KICKED_OUT_MULT_ACCOUNT: 3003,
  KICKED_OUT_USERSIG_EXPIRED: 3004,
  LOGGED_OUT: 3005,
  KICKED_OUT_REST_API: 3006,
  /** The SDK's "feature not in your edition", e.g. targeted group messages (`receiverList`). */
  NO_USE: 3122,
  NO_PERMISSION: 10007,
  GROUP_DISSOLVED: 10010,
  GROUP_NOT_FOUND: 10015,
  NOT_IN_EDITION: 10059,
  RECEIPT_NOT_FOUND: 10062,
  MSG_A2KEY_EXPIRED: 20002,
  SERVICE_OVERLOADED: 60022,
  ACCOUNT_A2KEY_EXPIRED: 70001,
} as const;

interface Mapping {
  code: ErrorCode;
  /** What the app (or its developer) should do about it. */
  advice: string;
}

const SIG_EXPIRED: Mapping = {
  code: ErrorCode.USER_SIG_EXPIRED,
  advice: 'The userSig expired; generate a new one on your server and log in again with it.',
};
const KICKED_BY_DEVICE: Mapping = {
  code: ErrorCode.KICKED_OUT,
  advice: 'The same user logged in on another device; log in again (or raise Online Web Instances in the console).',
};
const KICKED_BY_ACCOUNT: Mapping = {
  code: ErrorCode.KICKED_OUT,
  advice: 'Another account logged in on this page; log in again.',
};

const MAPPINGS = new Map<number, Mapping>([
  [TencentCode.NO_MODULE, {
    code: ErrorCode.UNKNOWN,
    advice: "The group module is not loaded: use `import TencentCloudChat from '@tencentcloud/chat'` (index.js), which has it built in.",
  }],
  [TencentCode.UNCAUGHT_ERROR, {
    code: ErrorCode.UNKNOWN,
    advice:
      "modules/group-module.js replaced the SDK's own code with 2903, so the cause is lost; create the SDK from " +
      "`import TencentCloudChat from '@tencentcloud/chat'` without `modules` to keep the codes.",
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
    advice: 'Read receipts need a paid edition of the app (Ultimate/Flagship); upgrade it in the Chat console.',
  }],
  [TencentCode.NO_USE, {
    code: ErrorCode.FEATURE_NOT_IN_EDITION,
    advice: "The app's edition does not include this feature (e.g. targeted group messages); upgrade it in the Chat console.",
  }],
  [TencentCode.NOT_LOGGED_IN, { code: ErrorCode.NOT_LOGGED_IN, advice: 'Call chat.login({ userID, userSig }) first.' }],
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
  [TencentCode.SERVICE_OVERLOADED, { code: ErrorCode.RATE_LIMITED, advice: 'The service asked the SDK to back off; retry later.' }],
  [TencentCode.KICKED_OUT_MULT_DEVICE, KICKED_BY_DEVICE],
  [TencentCode.KICKED_OUT_MULT_ACCOUNT, KICKED_BY_ACCOUNT],
  [TencentCode.KICKED_OUT_USERSIG_EXPIRED, SIG_EXPIRED],
  [TencentCode.MSG_A2KEY_EXPIRED, SIG_EXPIRED],
  [TencentCode.ACCOUNT_A2KEY_EXPIRED, SIG_EXPIRED],
  [TencentCode.LOGGED_OUT, { code: ErrorCode.LOGGED_OUT, advice: 'The user logged out; log in again.' }],
  [TencentCode.KICKED_OUT_REST_API, {
    code: ErrorCode.KICKED_BY_SERVER,
    advice: 'Your server logged the user out through the REST API; log in again.',
  }],
]);

export function readTencentCode(value: unknown): number | undefined {
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

/** A ChatError for a Tencent code, keeping the code in `backendCode` and Tencent's text in the message. */
export function tencentError(code: ErrorCode, tencentCode: number | undefined, message: string, cause?: unknown): ChatError {
  return new ChatError(code, message, { cause, backendCode: tencentCode });
}

/**
 * Turns whatever the SDK rejected with into the kit's ChatError. The original error stays
 * available as `cause`, the Tencent code as `backendCode`, and its text in the message.
 */
export function toTencentChatError(value: unknown, action?: string): ChatError {
  if (value instanceof ChatError) return value;
  const prefix = action ? `${action} failed: ` : '';
  const tencentCode = readTencentCode(value);
  const original = readMessage(value);
  if (tencentCode === undefined) return new ChatError(ErrorCode.UNKNOWN, `${prefix}${original}`, { cause: value });
  const mapping = MAPPINGS.get(tencentCode);
  if (!mapping) {
    return tencentError(ErrorCode.UNKNOWN, tencentCode, `${prefix}Tencent Cloud Chat error ${tencentCode}: ${original}`, value);
  }
  return tencentError(mapping.code, tencentCode, `${prefix}${mapping.advice} (Tencent code ${tencentCode}: ${original})`, value);
}
