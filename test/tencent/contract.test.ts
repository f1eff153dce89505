// @vitest-environment node
import { ErrorCode } from '../../src/core';
import { codeOf } from '../contract/fixture';
import { useRealSdk } from './real-sdk/harness';

/**
 * Multi-user flows specific to Tencent's shapes, beside the whole shared contract
 * (test/contract/tencent.contract.test.ts). Tencent's member lists carry user IDs only, so `readTime` is never
 * filled; whether a fresh login syncs a message in time for a receipt call is server behaviour,
 * observable only against a live SDKAppID, so readers here load the conversation first, as the
 * kit's store does.
 */
describe('Tencent adapter on the real SDK: contract flows', () => {
  const h = useRealSdk();
  const as = (userID: string) => h().as(userID);

  it('late readers who loaded history report receipts; the sender pages both tabs without repeats', async () => {
    const sender = await as('alice');
    const message = await sender.adapter.sendMessage({ conversationID: 'GROUPteam', text: 'plan', needReadReceipt: true });
    for (const readerID of ['bob', 'dave', 'frank']) {
      const reader = await as(readerID);
      await reader.adapter.getMessageHistory({ conversationID: 'GROUPteam' });
      await reader.adapter.sendMessageReadReceipts([message.messageID]);
    }
    await sender.waitFor('receipts', (e) => e.receipts.some((r) => r.kind === 'group' && r.readCount === 3));
    const tab = async (filter: 'read' | 'unread') => {
      const ids: string[] = [];
      let nextSeq = '';
      for (;;) {
        const page = await sender.adapter.getGroupMessageReadMemberList({ messageID: message.messageID, filter, nextSeq, count: 1 });
        ids.push(...page.members.map((m) => m.profile.userID));
        if (page.isFinished) return ids;
        nextSeq = page.nextSeq;
      }
    };
    expect(await tab('read')).toEqual(['bob', 'dave', 'frank']);
    expect(await tab('unread')).toEqual(['carol', 'erin']);
  });

  it('markC2CMessageAsRead tells the peer (c2cRead) and rejects unknown peers', async () => {
    const sender = await as('alice');
    const peer = await as('olga');
    await sender.adapter.sendMessage({ conversationID: 'C2Colga', text: 'hi', needReadReceipt: false });
    await peer.waitFor('messages');
    await peer.adapter.markC2CMessageAsRead('alice');
    expect(await sender.waitFor('c2cRead')).toEqual({ type: 'c2cRead', userID: 'olga', timestamp: expect.any(Number) });
    expect(await codeOf(peer.adapter.markC2CMessageAsRead('no-such-user'))).toBe(ErrorCode.USER_NOT_FOUND);
  });

  it('a 1:1 receipt from the peer flips the pulled receipt, with a timestamp', async () => {
    const sender = await as('alice');
    const peer = await as('olga');
    const message = await sender.adapter.sendMessage({ conversationID: 'C2Colga', text: 'hi', needReadReceipt: true });
    await peer.adapter.sendMessageReadReceipts([message.messageID]);
    expect((await sender.waitFor('receipts')).receipts[0]).toMatchObject({ kind: 'c2c', userID: 'olga', peerRead: true });
    expect(await sender.adapter.getMessageReadReceipts([message.messageID])).toEqual([
      expect.objectContaining({ kind: 'c2c', peerRead: true, timestamp: expect.any(Number) }),
    ]);
  });
});
