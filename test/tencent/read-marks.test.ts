// @vitest-environment node
import { ErrorCode } from '../../src/core';
import { rejectionOf, useRealSdk } from './real-sdk/harness';

describe('Tencent on the real SDK: markC2CMessageAsRead', () => {
  const h = useRealSdk();

  it('reaches the peer when the reader logs in after the message was sent (the unread sync counts it)', async () => {
    const alice = await h().as('alice');
    await alice.adapter.sendMessage({ conversationID: 'C2Colga', text: 'hi', needReadReceipt: false });
    const olga = await h().as('olga');
    await olga.adapter.getMessageHistory({ conversationID: 'C2Calice' });
    await olga.adapter.markC2CMessageAsRead('alice');
    expect(h().setup.service.requestsOf('msgreaded', 'olga')).toHaveLength(1);
    expect(await alice.waitFor('c2cRead')).toEqual({ type: 'c2cRead', userID: 'olga', timestamp: expect.any(Number) });
  });

  // Regression: issue 14, finding 6. setMessageRead sends nothing when the SDK has no local
  // conversation for the chat, so the peer never learned and the call still succeeded.
  it('says why when the SDK has no conversation to report, instead of succeeding with nothing sent', async () => {
    const alice = await h().as('alice');
    await alice.adapter.sendMessage({ conversationID: 'C2Colga', text: 'hi', needReadReceipt: false });
    h().setup.service.directory.unlistedConversations.add('olga');
    const olga = await h().as('olga');
    await olga.adapter.getMessageHistory({ conversationID: 'C2Calice' });
    const error = await rejectionOf(olga.adapter.markC2CMessageAsRead('alice'));
    expect(error).toMatchObject({ code: ErrorCode.CONVERSATION_NOT_FOUND, transient: false });
    expect((error as Error).message).toMatch(/sent no read report for C2Calice/);
    expect(h().setup.service.requestsOf('msgreaded', 'olga')).toEqual([]);
    expect(await alice.settle('c2cRead')).toEqual([]);
  });

  it('succeeds without a report when nothing from the peer is unread', async () => {
    const olga = await h().as('olga');
    await olga.adapter.markC2CMessageAsRead('alice');
    expect(h().setup.service.requestsOf('msgreaded', 'olga')).toEqual([]);
  });
});
