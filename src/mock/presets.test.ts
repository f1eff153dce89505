import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../core';
import type { GroupMessageReceipt } from '../core';
import { presets } from './presets';

describe('presets', () => {
  // Build speed is not asserted here: timed unit tests fail on a shared machine (it once took 107 ms).
  it('builds the 10,000-member company group with its reads', () => {
    const preset = presets.companyWide();
    expect(preset.backend.getGroupInfo('me', 'company')).toMatchObject({ type: 'Public', memberCount: 10_000, receiptsEnabled: true });
    const [welcome] = preset.backend.getMessageReadReceipts('me', preset.messageIDs) as GroupMessageReceipt[];
    expect(welcome?.readCount).toBeGreaterThan(2000);
    expect((welcome?.readCount ?? 0) + (welcome?.unreadCount ?? 0)).toBe(9999);
  });

  it('gives the 20-member Work team partly read messages', () => {
    const { backend, messageIDs } = presets.workTeam();
    const [welcome] = backend.getMessageReadReceipts('me', messageIDs) as GroupMessageReceipt[];
    expect(welcome?.readCount).toBeGreaterThan(0);
    expect(welcome?.unreadCount).toBeGreaterThan(0);
  });

  it('has a Community group where receipts are unsupported', () => {
    const { backend, messageIDs, conversationID } = presets.community();
    expect(() => backend.getMessageReadReceipts('me', messageIDs)).toThrow(expect.objectContaining({ code: ErrorCode.RECEIPTS_NOT_ENABLED }));
    expect(() => backend.sendMessage('me', { conversationID, text: 'x', needReadReceipt: true })).toThrow(
      expect.objectContaining({ code: ErrorCode.RECEIPTS_NOT_ENABLED }),
    );
  });

  it('has a 1:1 chat whose first message the peer read', () => {
    const { backend, messageIDs } = presets.oneToOne();
    expect(backend.getMessageReadReceipts('me', messageIDs).map((r) => r.kind === 'c2c' && r.peerRead)).toEqual([true, false]);
  });

  it('uses international names, including Korean, Chinese and Arabic ones', () => {
    const { backend } = presets.workTeam();
    const names = backend.getUserProfiles('me', Array.from({ length: 20 }, (_, i) => `user${i}`)).map((p) => p.nickname ?? '');
    expect(names.some((n) => /[\uac00-\ud7af]/.test(n))).toBe(true);
    expect(names.some((n) => /[\u4e00-\u9fff]/.test(n))).toBe(true);
    expect(names.some((n) => /[\u0600-\u06ff]/.test(n))).toBe(true);
  });

  it.each([
    ['workTeam', () => presets.workTeam()],
    ['companyWide', () => presets.companyWide({ memberCount: 50 })],
    ['community', () => presets.community()],
  ])('gives me in %s a conversation list with every kind of row', (_name, build) => {
    const { backend, conversationID } = build();
    const { conversations } = backend.getConversationList('me');
    const group = conversations.find((c) => c.conversationID === conversationID);
    expect(group).toMatchObject({ type: 'group', unreadCount: 0, muted: false, avatarURL: expect.stringMatching(/^data:image\//) });
    expect(group?.lastMessage).toMatchObject({ senderID: 'me', text: 'Please read the agenda.' });
    const chats = conversations.filter((c) => c.type === 'c2c').sort((a, b) => a.conversationID.localeCompare(b.conversationID));
    expect(chats.map((c) => [c.conversationID, c.unreadCount, c.muted])).toEqual([
      ['C2Cuser1', 0, false],
      ['C2Cuser2', 2, false],
      ['C2Cuser3', 1, true],
    ]);
    expect(chats.every((c) => c.name !== '' && c.avatarURL !== undefined)).toBe(true);
    expect(backend.getTotalUnreadMessageCount('me')).toBe(2);
  });

  it('has read the 1:1 chat up to the answer; the peer sees when', () => {
    const { backend, conversationID } = presets.oneToOne();
    expect(backend.getConversation('me', conversationID)).toMatchObject({ name: '김민준', unreadCount: 0 });
    expect(backend.getConversation('minjun', 'C2Cme')).toMatchObject({ name: 'Alex Morgan', unreadCount: 2, peerReadTime: expect.any(Number) });
  });
});
