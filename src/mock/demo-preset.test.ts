import { ErrorCode } from '../core';
import { presets } from './presets';

describe('presets.demo', () => {
  const demo = presets.demo({ companySize: 1_000 });

  it('holds the four demo conversations in one backend', () => {
    expect(demo.conversations.map((c) => c.conversationID)).toEqual([
      'C2Cminjun',
      'GROUPteam',
      'GROUPcompany',
      'GROUPcommunity',
    ]);
    expect(demo.backend.getGroupInfo('me', 'team').memberCount).toBe(20);
    expect(demo.backend.getGroupInfo('me', 'company').memberCount).toBe(1_000);
  });

  it('has receipts on for Work and Public groups and off for the Community group', () => {
    expect(demo.backend.getGroupInfo('me', 'team').receiptsEnabled).toBe(true);
    expect(demo.backend.getGroupInfo('me', 'community').receiptsEnabled).toBe(false);
    expect(() =>
      demo.backend.sendMessage('me', { conversationID: 'GROUPcommunity', text: 'hi', needReadReceipt: true }),
    ).toThrow(expect.objectContaining({ code: ErrorCode.RECEIPTS_NOT_ENABLED }));
  });

  it("gives the company-wide message a third of the group's readers", () => {
    const [id] = demo.backend.receiptMessageIDs('GROUPcompany');
    const [receipt] = demo.backend.getMessageReadReceipts('me', [id]);
    expect(receipt).toMatchObject({ kind: 'group', readCount: 333, unreadCount: 666 });
  });

  it('offers only members as readers, never the sender', () => {
    for (const conversation of demo.conversations) {
      expect(conversation.readers.length).toBeGreaterThan(0);
      expect(conversation.readers).not.toContain('me');
    }
  });
});
