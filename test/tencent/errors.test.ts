// @vitest-environment node
import { ChatError, ErrorCode } from '../../src/core';
import { toTencentChatError } from '../../src/tencent';
import { codeOf } from '../contract/fixture';
import { rejectionOf, useRealSdk } from './real-sdk/harness';

/** What the SDK rejects with: an Error carrying the Tencent code (its class `ni`). */
function sdkError(code: number, message: string): Error & { code: number } {
  return Object.assign(new Error(message), { code });
}

describe('toTencentChatError', () => {
  // Regression: issue 14, finding 2 (3003 read as an expired userSig, 3004 as logged out,
  // 3006, 70001 and 20002 as UNKNOWN).
  it.each([
    [2114, ErrorCode.RECEIPT_LIST_EMPTY, /needReadReceipt/],
    [2998, ErrorCode.UNKNOWN, /import TencentCloudChat from '@tencentcloud\/chat'/],
    [2903, ErrorCode.UNKNOWN, /group-module\.js replaced/],
    [10062, ErrorCode.RECEIPT_NOT_FOUND, /read-receipt info/],
    [10007, ErrorCode.NO_PERMISSION, /may not/],
    [10010, ErrorCode.GROUP_NOT_FOUND, /dissolved/],
    [10015, ErrorCode.GROUP_NOT_FOUND, /does not exist/],
    [10059, ErrorCode.FEATURE_NOT_IN_EDITION, /paid edition/],
    [2024, ErrorCode.NOT_LOGGED_IN, /login/],
    [2999, ErrorCode.SDK_NOT_READY, /SDK_READY/],
    [2800, ErrorCode.NETWORK, /retried/],
    [2805, ErrorCode.NETWORK, /No network/],
    [2801, ErrorCode.TIMEOUT, /timed out/],
    [2996, ErrorCode.RATE_LIMITED, /retry later/],
    [60022, ErrorCode.RATE_LIMITED, /back off/],
    [3002, ErrorCode.KICKED_OUT, /another device/],
    [3003, ErrorCode.KICKED_OUT, /Another account logged in on this page/],
    [3004, ErrorCode.USER_SIG_EXPIRED, /userSig expired/],
    [3005, ErrorCode.LOGGED_OUT, /logged out/],
    [3006, ErrorCode.KICKED_BY_SERVER, /REST API/],
    [70001, ErrorCode.USER_SIG_EXPIRED, /userSig expired/],
    [20002, ErrorCode.USER_SIG_EXPIRED, /userSig expired/],
  ])('maps %i to %i, keeping the code and text', (code, expected, advice) => {
    const original = sdkError(code, 'sdk text');
    const error = toTencentChatError(original, 'sendMessageReadReceipt');
    expect(error).toBeInstanceOf(ChatError);
    expect(error).toMatchObject({ code: expected, backendCode: code, cause: original });
    expect(error.message).toMatch(advice);
    expect(error.message).toMatch(/^sendMessageReadReceipt failed: /);
    expect(error.message).toContain(`Tencent code ${code}: sdk text`);
  });

  it('ends the session exactly for kicks, an expired userSig and a logout', () => {
    const ending = [3002, 3003, 3004, 3005, 3006, 70001, 20002];
    for (const code of [...ending, 2024, 2801, 10062]) {
      expect(toTencentChatError(sdkError(code, '')).endsSession).toBe(ending.includes(code));
    }
  });

  it('keeps unknown codes and their text under UNKNOWN', () => {
    const original = { code: 80001, message: 'risky content' };
    const error = toTencentChatError(original);
    expect(error).toMatchObject({ code: ErrorCode.UNKNOWN, backendCode: 80001, cause: original });
    expect(error.message).toBe('Tencent Cloud Chat error 80001: risky content');
  });

  it('wraps errors without a code and passes ChatErrors through', () => {
    expect(toTencentChatError(new TypeError('boom'))).toMatchObject({ code: ErrorCode.UNKNOWN, backendCode: undefined });
    const own = new ChatError(ErrorCode.INVALID_PARAMETER, 'x');
    expect(toTencentChatError(own)).toBe(own);
  });

  it('marks network, timeout, rate limit and not-ready as transient, refusals as permanent', () => {
    for (const code of [2800, 2801, 2805, 2996, 2999, 60022]) expect(toTencentChatError(sdkError(code, '')).transient).toBe(true);
    for (const code of [10059, 10062, 10007, 2903]) expect(toTencentChatError(sdkError(code, '')).transient).toBe(false);
  });
});

describe('Tencent on the real SDK: refusals reach the caller as ChatErrors', () => {
  const h = useRealSdk();

  it.each([
    ['sendMessage', 'send_group_msg', 10059, ErrorCode.FEATURE_NOT_IN_EDITION],
    ['getMessageHistory', 'group_msg_get', 10007, ErrorCode.NO_PERMISSION],
    ['getUserProfiles', 'portrait_get_all', 10007, ErrorCode.NO_PERMISSION],
    ['markC2CMessageAsRead', 'portrait_get_all', 2996, ErrorCode.RATE_LIMITED],
    ['logout', 'wslogout', 10007, undefined],
  ] as const)('%s refused (%s → %i) gives %s', async (method, command, tencentCode, expected) => {
    const alice = await h().as('alice');
    const calls = {
      sendMessage: () => alice.adapter.sendMessage({ conversationID: 'GROUPteam', text: 'x', needReadReceipt: false }),
      getMessageHistory: () => alice.adapter.getMessageHistory({ conversationID: 'GROUPteam' }),
      getUserProfiles: () => alice.adapter.getUserProfiles(['bob']),
      markC2CMessageAsRead: () => alice.adapter.markC2CMessageAsRead('bob'),
      logout: () => alice.adapter.logout(),
    };
    h().setup.service.failNext(command, tencentCode, 'refused by the stand-in');
    if (expected === undefined) {
      // The SDK's logout resolves whatever the server answers.
      await expect(calls[method]()).resolves.toBeUndefined();
      return;
    }
    expect(await rejectionOf(calls[method]())).toMatchObject({ code: expected, backendCode: tencentCode });
  });

  it('a group the service does not know is GROUP_NOT_FOUND with 10015 (a per-group failure keeps its code)', async () => {
    const alice = await h().as('alice');
    expect(await rejectionOf(alice.adapter.getGroupInfo('ghost'))).toMatchObject({ code: ErrorCode.GROUP_NOT_FOUND, backendCode: 10015 });
    expect(await codeOf(alice.adapter.sendMessage({ conversationID: 'GROUPghost', text: 'x', needReadReceipt: false }))).toBe(
      ErrorCode.GROUP_NOT_FOUND,
    );
  });
});
