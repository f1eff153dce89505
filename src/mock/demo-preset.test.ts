import { ErrorCode } from '../core';
import { demoConversations } from './demo-preset';
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

  it('gives me unread messages in the team and company groups, and a muted community group', () => {
    const rows = new Map(demo.backend.getConversationList('me').conversations.map((c) => [c.conversationID, c]));
    expect([...rows.keys()].sort()).toEqual(demo.conversations.map((c) => c.conversationID).sort());
    expect(rows.get('C2Cminjun')).toMatchObject({ unreadCount: 0, muted: false });
    expect(rows.get('GROUPteam')).toMatchObject({ unreadCount: 1, lastMessage: expect.objectContaining({ senderID: 'user5' }) });
    expect(rows.get('GROUPcompany')).toMatchObject({ unreadCount: 1 });
    expect(rows.get('GROUPcommunity')).toMatchObject({ unreadCount: 1, muted: true });
    expect(demo.backend.getTotalUnreadMessageCount('me')).toBe(2);
  });

  it('offers only members as readers, never the sender', () => {
    for (const conversation of demo.conversations) {
      expect(conversation.readers.length).toBeGreaterThan(0);
      expect(conversation.readers).not.toContain('me');
    }
  });
});

describe('demoConversations', () => {
  const demo = presets.demo({ companySize: 200 });
  const groups = ['GROUPteam', 'GROUPcompany', 'GROUPcommunity'];

  it.each(['me', 'minjun', 'user1', 'user45', 'user150'])('lists for %s exactly the groups the backend lets them open', (userID) => {
    const listed = demoConversations(userID, 200)
      .filter((c) => c.kind === 'group')
      .map((c) => c.conversationID);
    const opens = (conversationID: string) => {
      try {
        demo.backend.getMessageHistory(userID, { conversationID });
        return true;
      } catch {
        return false;
      }
    };
    expect(listed).toEqual(groups.filter(opens));
  });

  it('lists the seeded 1:1 chat for its two people only, under the peer', () => {
    expect(demoConversations('me').filter((c) => c.kind === 'c2c').map((c) => c.conversationID)).toEqual(['C2Cminjun']);
    expect(demoConversations('minjun').filter((c) => c.kind === 'c2c').map((c) => c.conversationID)).toEqual(['C2Cme']);
    expect(demoConversations('user1').some((c) => c.kind === 'c2c')).toBe(false);
  });

  it('is what the preset hands out for me, with the group size in the name', () => {
    expect(demo.conversations).toEqual(demoConversations('me', 200));
    expect(demo.conversations.map((c) => c.name)).toContain('Everyone @ Acme (200)');
    expect(demo.conversations.find((c) => c.conversationID === 'GROUPteam')?.readers).toHaveLength(12);
  });
});
