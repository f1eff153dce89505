// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/core';
import { createDemoBackend, DEMO } from '../../src/mock/server';

describe('demo backend', () => {
  const backend = createDemoBackend({ companySize: 60 });

  it('holds the 1:1 chat, the team, the company group and a Community group in one backend', () => {
    expect(backend.getGroupInfo(DEMO.me, DEMO.groups.team)).toMatchObject({ type: 'Work', memberCount: 20, receiptsEnabled: true });
    expect(backend.getGroupInfo(DEMO.me, DEMO.groups.company)).toMatchObject({ type: 'Public', memberCount: 60, receiptsEnabled: true });
    expect(backend.getGroupInfo(DEMO.me, DEMO.groups.community)).toMatchObject({ type: 'Community', receiptsEnabled: false });
    const chat = backend.getMessageHistory(DEMO.me, { conversationID: `C2C${DEMO.peer}` });
    expect(chat.messages).toHaveLength(3);
    expect(backend.getMessageReadReceipts(DEMO.me, [chat.messages[0]?.messageID])).toEqual([
      expect.objectContaining({ kind: 'c2c', peerRead: true }),
    ]);
  });

  it('leaves the welcome message unread by minjun, so a second tab can read it live', () => {
    const [welcome] = backend.getMessageHistory(DEMO.peer, { conversationID: `GROUP${DEMO.groups.team}` }).messages;
    const [before] = backend.getMessageReadReceipts(DEMO.me, [welcome?.messageID]);
    backend.sendMessageReadReceipts(DEMO.peer, [welcome?.messageID]);
    const [after] = backend.getMessageReadReceipts(DEMO.me, [welcome?.messageID]);
    expect(after).toMatchObject({ readCount: (before as { readCount: number }).readCount + 1 });
    expect(() => backend.getMessageReadReceipts(DEMO.peer, [welcome?.messageID])).toThrow(
      expect.objectContaining({ code: ErrorCode.NO_PERMISSION }),
    );
  });
});
