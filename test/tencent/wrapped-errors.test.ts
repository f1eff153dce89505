// @vitest-environment node
import { ErrorCode, type Message } from '../../src/core';
import type { Client } from '../contract/fixture';
import { rejectionOf, useFakeSdkClock, useRealSdk } from './real-sdk/harness';
import type { SdkSetupName } from './real-sdk/sdk-setups';

async function groupMessageAndReader(as: (userID: string) => Promise<Client>): Promise<{ message: Message; bob: Client; alice: Client }> {
  const alice = await as('alice');
  const bob = await as('bob');
  const message = await alice.adapter.sendMessage({ conversationID: 'GROUPteam', text: 'plan', needReadReceipt: true });
  await bob.adapter.getMessageHistory({ conversationID: 'GROUPteam' });
  return { message, bob, alice };
}

// Regression: issue 14, finding 1. modules/group-module.js turns every SDK-core error into
// 2903; the store treated that as permanent, so a network blip dropped group receipts.
describe.each<SdkSetupName>(['index.es.js + group module', 'index.js + group module'])('Tencent on the real SDK (%s): 2903', (setup) => {
  const h = useRealSdk(setup);
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a receipt report the SDK timed out on comes out as a transient TIMEOUT', async () => {
    useFakeSdkClock();
    const { message, bob } = await groupMessageAndReader((id) => h().as(id));
    h().setup.service.holdNext('group_msg_receipt');
    const pending = rejectionOf(bob.adapter.sendMessageReadReceipts([message.messageID]));
    await vi.advanceTimersByTimeAsync(16_500);
    expect(await pending).toMatchObject({ code: ErrorCode.TIMEOUT, backendCode: 2903, transient: true });
  });

  it('a member-list page the SDK timed out on comes out as a transient TIMEOUT', async () => {
    useFakeSdkClock();
    const { message, alice } = await groupMessageAndReader((id) => h().as(id));
    h().setup.service.holdNext('get_group_msg_receipt_detail');
    const pending = rejectionOf(alice.adapter.getGroupMessageReadMemberList({ messageID: message.messageID, filter: 'read' }));
    await vi.advanceTimersByTimeAsync(16_500);
    expect(await pending).toMatchObject({ code: ErrorCode.TIMEOUT, backendCode: 2903, transient: true });
  });

  it('a refusal the module hid is reported once (permanent), with 2903 kept and the set-up that keeps codes named', async () => {
    const { message, bob } = await groupMessageAndReader((id) => h().as(id));
    h().setup.service.failNext('group_msg_receipt', 10062, 'read receipt info not found');
    const error = await rejectionOf(bob.adapter.sendMessageReadReceipts([message.messageID]));
    expect(error).toMatchObject({ code: ErrorCode.UNKNOWN, backendCode: 2903, transient: false });
    expect((error as Error).message).toContain("import TencentCloudChat from '@tencentcloud/chat'");
  });
});

describe("Tencent on the real SDK (index.js, the README's set-up): codes are kept", () => {
  const h = useRealSdk('index.js');
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    [10062, ErrorCode.RECEIPT_NOT_FOUND],
    [10007, ErrorCode.NO_PERMISSION],
    [10059, ErrorCode.FEATURE_NOT_IN_EDITION],
  ])('a receipt report refused with %i arrives as %i, with Tencent\'s code and text', async (code, expected) => {
    const { message, bob } = await groupMessageAndReader((id) => h().as(id));
    h().setup.service.failNext('group_msg_receipt', code, `server says ${code}`);
    const error = await rejectionOf(bob.adapter.sendMessageReadReceipts([message.messageID]));
    expect(error).toMatchObject({ code: expected, backendCode: code, transient: false });
    expect((error as Error).message).toContain(`server says ${code}`);
  });

  it('a pull the SDK timed out on is TIMEOUT with 2801', async () => {
    useFakeSdkClock();
    const { message, alice } = await groupMessageAndReader((id) => h().as(id));
    h().setup.service.holdNext('get_group_msg_receipt');
    const pending = rejectionOf(alice.adapter.getMessageReadReceipts([message.messageID]));
    await vi.advanceTimersByTimeAsync(16_500);
    expect(await pending).toMatchObject({ code: ErrorCode.TIMEOUT, backendCode: 2801, transient: true });
  });
});
