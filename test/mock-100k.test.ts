import { describe, expect, it } from 'vitest';
import type { GroupMessageReceipt, ReadFilter } from '../src/core';
import { createMockBackend } from '../src/mock';
import { createRandom } from '../src/mock/prng';

const SIZE = 100_000;

function buildHugeGroup() {
  const users = Array.from({ length: SIZE }, (_, i) => ({ userID: `u${i}` }));
  const backend = createMockBackend({
    users,
    groups: [{ groupID: 'all', name: 'Everyone', type: 'Public', members: users.map((u) => u.userID) }],
    clock: () => 1,
  });
  const { messageID } = backend.sendMessage('u0', { conversationID: 'GROUPall', text: 'All hands', needReadReceipt: true });
  return { backend, messageID };
}

describe('mock backend with a 100,000-member group', () => {
  it('pages readers and non-readers consistently while members keep reading', () => {
    const { backend, messageID } = buildHugeGroup();
    const random = createRandom(99);
    const read = (userID: string) => backend.sendMessageReadReceipts(userID, [messageID]);
    for (let i = 1; i < SIZE; i += 1) if (random.chance(0.3)) read(`u${i}`);

    const readAtStart = new Set<string>();
    const readBefore = backend.getMessageReadReceipts('u0', [messageID])[0] as GroupMessageReceipt;
    const seen: Record<ReadFilter, Set<string>> = { read: new Set(), unread: new Set() };
    const cursors: Record<ReadFilter, string | undefined> = { read: '', unread: '' };
    const duplicates: string[] = [];
    const readDuringPaging = new Set<string>();

    // Who had read when paging began, from the backend's own list (one pass of 100-pages).
    let nextSeq = '';
    do {
      const page = backend.getGroupMessageReadMemberList('u0', { messageID, filter: 'read', nextSeq, count: 100 });
      for (const m of page.members) readAtStart.add(m.profile.userID);
      nextSeq = page.nextSeq;
    } while (nextSeq !== '');
    expect(readAtStart.size).toBe(readBefore.readCount);

    // Page both tabs in turn; between pages, 5 random members read.
    while (cursors.read !== undefined || cursors.unread !== undefined) {
      for (const filter of ['read', 'unread'] as const) {
        const cursor = cursors[filter];
        if (cursor === undefined) continue;
        const page = backend.getGroupMessageReadMemberList('u0', { messageID, filter, nextSeq: cursor, count: 100 });
        if (page.members.length > 100) duplicates.push(`oversized page of ${page.members.length}`);
        for (const m of page.members) {
          if (seen[filter].has(m.profile.userID)) duplicates.push(`${filter}:${m.profile.userID}`);
          seen[filter].add(m.profile.userID);
        }
        cursors[filter] = page.isFinished ? undefined : page.nextSeq;
      }
      for (let k = 0; k < 5; k += 1) {
        const userID = `u${random.int(1, SIZE - 1)}`;
        readDuringPaging.add(userID);
        read(userID);
      }
    }

    expect(duplicates).toEqual([]);
    expect([...readAtStart].filter((userID) => !seen.read.has(userID))).toEqual([]);
    const finalUnread = new Set<string>();
    nextSeq = '';
    do {
      const page = backend.getGroupMessageReadMemberList('u0', { messageID, filter: 'unread', nextSeq, count: 100 });
      for (const m of page.members) finalUnread.add(m.profile.userID);
      nextSeq = page.nextSeq;
    } while (nextSeq !== '');
    expect([...finalUnread].filter((userID) => !seen.unread.has(userID))).toEqual([]);

    const after = backend.getMessageReadReceipts('u0', [messageID])[0] as GroupMessageReceipt;
    expect(after.readCount + after.unreadCount).toBe(SIZE - 1);
    expect(finalUnread.size).toBe(after.unreadCount);
    expect(seen.read.has('u0') || seen.unread.has('u0')).toBe(false);
    // Only a member who read while the tabs were being paged may be missing from both.
    const missing: string[] = [];
    for (let i = 1; i < SIZE; i += 1) {
      const userID = `u${i}`;
      if (!seen.read.has(userID) && !seen.unread.has(userID) && !readDuringPaging.has(userID)) missing.push(userID);
    }
    expect(missing).toEqual([]);
  });

  it('resumes a deep cursor at that member without listing anyone before it', () => {
    const { backend, messageID } = buildHugeGroup();
    backend.sendMessageReadReceipts('u99998', [messageID]);
    const read = backend.getGroupMessageReadMemberList('u0', { messageID, filter: 'read' });
    expect(read.members.map((m) => m.profile.userID)).toEqual(['u99998']);
    const page = backend.getGroupMessageReadMemberList('u0', { messageID, filter: 'unread', nextSeq: (99_990).toString(36), count: 100 });
    expect(page.members.map((m) => m.profile.userID)).toEqual(['u99990', 'u99991', 'u99992', 'u99993', 'u99994', 'u99995', 'u99996', 'u99997', 'u99999']);
    expect(page.isFinished).toBe(true);
  });
});
