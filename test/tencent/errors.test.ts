import { ChatError, ErrorCode } from '../../src/core';
import { createTencentChatAdapter, toTencentChatError } from '../../src/tencent';
import { codeOf } from '../contract/fixture';
import { FakeChat, FakeSdkError } from './fake-sdk';
import { createFixtureServer } from './setup';

describe('toTencentChatError', () => {
  it.each([
    [2114, ErrorCode.RECEIPT_LIST_EMPTY, /needReadReceipt/],
    [2998, ErrorCode.UNKNOWN, /'group-module': GroupModule/],
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
    [3002, ErrorCode.KICKED_OUT, /log in again/],
    [3003, ErrorCode.USER_SIG_EXPIRED, /userSig/],
  ])('maps %i to %i with advice', (code, expected, advice) => {
    const original = new FakeSdkError(code, 'sdk text');
    const error = toTencentChatError(original, 'sendMessageReadReceipt');
    expect(error).toBeInstanceOf(ChatError);
    expect(error.code).toBe(expected);
    expect(error.message).toMatch(advice);
    expect(error.message).toContain(`Tencent code ${code}: sdk text`);
    expect(error.message).toMatch(/^sendMessageReadReceipt failed: /);
    expect(error.cause).toBe(original);
  });

  it('keeps unknown codes and their text under UNKNOWN', () => {
    const original = { code: 70001, message: 'userSig invalid' };
    const error = toTencentChatError(original);
    expect(error.code).toBe(ErrorCode.UNKNOWN);
    expect(error.message).toBe('Tencent Cloud Chat error 70001: userSig invalid');
    expect(error.cause).toBe(original);
  });

  it('wraps errors without a code and passes ChatErrors through', () => {
    expect(toTencentChatError(new TypeError('boom')).code).toBe(ErrorCode.UNKNOWN);
    const own = new ChatError(ErrorCode.INVALID_PARAMETER, 'x');
    expect(toTencentChatError(own)).toBe(own);
  });

  it('marks network, timeout, rate limit and not-ready as transient', () => {
    for (const code of [2800, 2801, 2996, 2999]) expect(toTencentChatError({ code, message: '' }).transient).toBe(true);
    expect(toTencentChatError({ code: 10059, message: '' }).transient).toBe(false);
  });
});

describe('adapter methods reject with mapped codes', () => {
  async function ready() {
    const chat = new FakeChat(createFixtureServer(), 'alice');
    await chat.signIn();
    return { chat, adapter: createTencentChatAdapter(chat) };
  }

  it('turns a missing group module (2998) on a receipt call into an instruction', async () => {
    const { chat, adapter } = await ready();
    const sent = await adapter.sendMessage({ conversationID: 'GROUPteam', text: 'x', needReadReceipt: true });
    chat.failNext('getMessageReadReceiptList', 2998);
    const error = (await adapter.getMessageReadReceipts([sent.messageID]).catch((e: unknown) => e)) as ChatError;
    expect(error.message).toContain("create({ SDKAppID, modules: { 'group-module': GroupModule } })");
  });

  it.each([
    ['sendMessage', 10059, ErrorCode.FEATURE_NOT_IN_EDITION],
    ['getMessageList', 2801, ErrorCode.TIMEOUT],
    ['getGroupProfile', 10010, ErrorCode.GROUP_NOT_FOUND],
    ['getUserProfile', 2996, ErrorCode.RATE_LIMITED],
    ['setMessageRead', 2800, ErrorCode.NETWORK],
    ['logout', 3003, ErrorCode.USER_SIG_EXPIRED],
  ] as const)('%s rejecting %i gives %i', async (method, code, expected) => {
    const { chat, adapter } = await ready();
    chat.failNext(method, code);
    const calls = {
      sendMessage: () => adapter.sendMessage({ conversationID: 'GROUPteam', text: 'x', needReadReceipt: false }),
      getMessageList: () => adapter.getMessageHistory({ conversationID: 'GROUPteam' }),
      getGroupProfile: () => adapter.getGroupInfo('team'),
      getUserProfile: () => adapter.getUserProfiles(['bob']),
      setMessageRead: () => adapter.markC2CMessageAsRead('bob'),
      logout: () => adapter.logout(),
    };
    if (method === 'setMessageRead') await adapter.getUserProfiles(['bob']);
    expect(await codeOf(calls[method]())).toBe(expected);
  });

  it('maps receipt-call failures: 2114 from the SDK, 10062 on member lists', async () => {
    const { chat, adapter } = await ready();
    const sent = await adapter.sendMessage({ conversationID: 'GROUPteam', text: 'x', needReadReceipt: true });
    chat.failNext('getGroupMessageReadMemberList', 10062);
    expect(await codeOf(adapter.getGroupMessageReadMemberList({ messageID: sent.messageID, filter: 'read' }))).toBe(
      ErrorCode.RECEIPT_NOT_FOUND,
    );
    const bobChat = new FakeChat(chat.server, 'bob');
    await bobChat.signIn();
    const bob = createTencentChatAdapter(bobChat);
    const received = await bob.getMessageHistory({ conversationID: 'GROUPteam' });
    bobChat.failNext('sendMessageReadReceipt', 2114);
    expect(await codeOf(bob.sendMessageReadReceipts([received.messages[0]?.messageID as string]))).toBe(ErrorCode.RECEIPT_LIST_EMPTY);
  });
});
