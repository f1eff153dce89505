// @vitest-environment node
import { ErrorCode } from '../../src/core';
import { rejectionOf, useRealSdk } from './real-sdk/harness';

// Regression: issue 15, finding 3. The adapter splits a report into SDK calls of 30; a refusal
// of the first stopped the rest, so those receipts were never sent.
describe('Tencent on the real SDK: a report of more than 30 receipts', () => {
  const h = useRealSdk('index.js');

  it('sends every SDK batch even when one is refused, then fails with that refusal', async () => {
    const alice = await h().as('alice');
    const bob = await h().as('bob');
    const sent = [];
    for (let i = 0; i < 61; i += 1) {
      sent.push(await alice.adapter.sendMessage({ conversationID: 'GROUPteam', text: `m${i}`, needReadReceipt: true }));
    }
    await bob.adapter.getMessageHistory({ conversationID: 'GROUPteam', count: 100 });
    h().setup.service.failNext('group_msg_receipt', 10007, 'no permission');
    const error = await rejectionOf(bob.adapter.sendMessageReadReceipts(sent.map((m) => m.messageID)));
    expect(error).toMatchObject({ code: ErrorCode.NO_PERMISSION, backendCode: 10007 });
    expect(h().setup.service.requestsOf('group_msg_receipt', 'bob')).toHaveLength(3);
  });
});
