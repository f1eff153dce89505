// @vitest-environment node
import { ErrorCode } from '../../src/core';
import { codeOf } from '../contract/fixture';
import { useRealSdk } from './real-sdk/harness';

// Regression: issue 14, finding 5. A non-zero readReceiptCode on send is only logged by the
// SDK; the badge then waited for receipts that never come.
describe('Tencent on the real SDK: a send the service keeps no receipts for', () => {
  const h = useRealSdk();

  it('comes back with needReadReceipt false and one error event that says why', async () => {
    const alice = await h().as('alice');
    // Assumption: the value; the SDK logs any non-zero readReceiptCode the same way.
    h().setup.service.receiptRefusals.set('GROUPteam', 10059);
    const message = await alice.adapter.sendMessage({ conversationID: 'GROUPteam', text: 'plan', needReadReceipt: true });
    expect(h().setup.service.requestsOf('send_group_msg').at(-1)).toMatchObject({ NeedReadReceipt: 1 });
    expect(message.needReadReceipt).toBe(false);
    const errors = await alice.settle('error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.error).toMatchObject({ code: ErrorCode.RECEIPTS_NOT_ENABLED, transient: false });
    expect(errors[0]?.error.message).toMatch(/edition[\s\S]*console switch/);
    expect(errors[0]?.error.message).toContain(message.messageID);

    // The sender's later views agree: history says no receipts, a pull says there are none.
    const history = await alice.adapter.getMessageHistory({ conversationID: 'GROUPteam' });
    expect(history.messages.find((m) => m.messageID === message.messageID)?.needReadReceipt).toBe(false);
    expect(await codeOf(alice.adapter.getMessageReadReceipts([message.messageID]))).toBe(ErrorCode.RECEIPT_NOT_FOUND);
  });

  it('reports nothing when the service keeps the receipts', async () => {
    const alice = await h().as('alice');
    const message = await alice.adapter.sendMessage({ conversationID: 'GROUPteam', text: 'plan', needReadReceipt: true });
    expect(message.needReadReceipt).toBe(true);
    expect(await alice.settle('error')).toEqual([]);
  });
});
