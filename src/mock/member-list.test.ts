import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../core';
import { createMockBackend } from './backend';

function bigTeam(size: number) {
  const users = Array.from({ length: size }, (_, i) => ({ userID: `u${i}`, nickname: `User ${i}` }));
  const backend = createMockBackend({
    users,
    groups: [{ groupID: 'g', name: 'G', type: 'Public', members: users.map((u, i) => (i === 1 ? { userID: u.userID, nameCard: 'Boss' } : u.userID)) }],
    clock: () => 5,
  });
  const message = backend.sendMessage('u0', { conversationID: 'GROUPg', text: 'x', needReadReceipt: true });
  return { backend, messageID: message.messageID };
}

describe('getGroupMessageReadMemberList', () => {
  it('returns profiles with name cards and read times', () => {
    const { backend, messageID } = bigTeam(5);
    backend.sendMessageReadReceipts('u1', [messageID]);
    const page = backend.getGroupMessageReadMemberList('u0', { messageID, filter: 'read' });
    expect(page).toEqual({
      members: [{ profile: { userID: 'u1', nickname: 'User 1', nameCard: 'Boss' }, readTime: 5 }],
      nextSeq: '',
      isFinished: true,
    });
  });

  it('never repeats a member in a tab while others read between pages', () => {
    const { backend, messageID } = bigTeam(300);
    const seen = new Set<string>();
    let nextSeq = '';
    let reader = 299;
    do {
      const page = backend.getGroupMessageReadMemberList('u0', { messageID, filter: 'unread', nextSeq, count: 7 });
      for (const m of page.members) {
        expect(seen.has(m.profile.userID)).toBe(false);
        seen.add(m.profile.userID);
      }
      backend.sendMessageReadReceipts(`u${reader}`, [messageID]);
      reader -= 3;
      nextSeq = page.nextSeq;
    } while (nextSeq !== '');
    expect(seen.has('u0')).toBe(false);
    expect(seen.has('u1')).toBe(true);
  });

  it('reports isFinished on the last real page instead of an empty one', () => {
    const { backend, messageID } = bigTeam(5);
    const page = backend.getGroupMessageReadMemberList('u0', { messageID, filter: 'unread', count: 4 });
    expect(page.members).toHaveLength(4);
    expect(page.isFinished).toBe(true);
  });

  it('rejects cursors it never issued', () => {
    const { backend, messageID } = bigTeam(5);
    for (const nextSeq of ['zzzzzz', '-1', 'A', 5 as unknown as string]) {
      expect(() => backend.getGroupMessageReadMemberList('u0', { messageID, filter: 'read', nextSeq })).toThrow(
        expect.objectContaining({ code: ErrorCode.INVALID_PARAMETER }),
      );
    }
  });

  it('rejects 1:1 messages', () => {
    const backend = createMockBackend({ users: [{ userID: 'a' }, { userID: 'b' }] });
    const message = backend.sendMessage('a', { conversationID: 'C2Cb', text: 'x', needReadReceipt: true });
    expect(() => backend.getGroupMessageReadMemberList('a', { messageID: message.messageID, filter: 'read' })).toThrow(
      expect.objectContaining({ code: ErrorCode.INVALID_PARAMETER }),
    );
  });
});
