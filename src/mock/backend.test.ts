import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../core';
import type { GroupMessageReceipt } from '../core';
import { createMockBackend } from './backend';
import { buildBackend, listen, sendToTeam } from '../../test/support/mock-backend';

const receiptOf = (backend: ReturnType<typeof buildBackend>, messageID: string) =>
  backend.getMessageReadReceipts('alice', [messageID])[0] as GroupMessageReceipt;

function codeOf(run: () => unknown): number | undefined {
  try {
    run();
  } catch (error) {
    return (error as { code: number }).code;
  }
  return undefined;
}

describe('eligibility is fixed at send time', () => {
  it('counts members at send time minus the sender as unread', () => {
    const backend = buildBackend();
    expect(receiptOf(backend, sendToTeam(backend).messageID)).toMatchObject({ readCount: 0, unreadCount: 3, version: 0 });
  });

  it('ignores receipts of members who joined after the message and keeps the counts', () => {
    const backend = buildBackend();
    const message = sendToTeam(backend);
    backend.addMember('team', 'zoe');
    expect(() => backend.sendMessageReadReceipts('zoe', [message.messageID])).not.toThrow();
    expect(receiptOf(backend, message.messageID)).toMatchObject({ readCount: 0, unreadCount: 3 });
    const later = sendToTeam(backend);
    expect(receiptOf(backend, later.messageID)).toMatchObject({ unreadCount: 4 });
  });

  it('keeps the read and unread state of members who left', () => {
    const backend = buildBackend();
    const message = sendToTeam(backend);
    backend.sendMessageReadReceipts('bob', [message.messageID]);
    backend.removeMember('team', 'bob');
    backend.removeMember('team', 'carol');
    expect(receiptOf(backend, message.messageID)).toMatchObject({ readCount: 1, unreadCount: 2 });
    const page = backend.getGroupMessageReadMemberList('alice', { messageID: message.messageID, filter: 'unread' });
    expect(page.members.map((m) => m.profile.userID)).toEqual(['carol', 'dave']);
    expect(receiptOf(backend, sendToTeam(backend).messageID)).toMatchObject({ unreadCount: 1 });
  });

  it('does not let a member who left send receipts any more', () => {
    const backend = buildBackend();
    const message = sendToTeam(backend);
    backend.removeMember('team', 'carol');
    expect(codeOf(() => backend.sendMessageReadReceipts('carol', [message.messageID]))).toBe(ErrorCode.NO_PERMISSION);
  });

  it('gives a returning member their old slot without making them eligible for messages sent while away', () => {
    const backend = buildBackend();
    backend.removeMember('team', 'bob');
    const whileAway = sendToTeam(backend);
    backend.addMember('team', 'bob');
    backend.sendMessageReadReceipts('bob', [whileAway.messageID]);
    expect(receiptOf(backend, whileAway.messageID)).toMatchObject({ readCount: 0, unreadCount: 2 });
    expect(backend.getGroupInfo('alice', 'team').memberCount).toBe(4);
  });

  it('rejects membership changes for unknown groups, users and non-members', () => {
    const backend = buildBackend();
    expect(codeOf(() => backend.addMember('nope', 'zoe'))).toBe(ErrorCode.GROUP_NOT_FOUND);
    expect(codeOf(() => backend.addMember('team', 'ghost'))).toBe(ErrorCode.USER_NOT_FOUND);
    expect(codeOf(() => backend.addMember('team', 'bob'))).toBe(ErrorCode.INVALID_PARAMETER);
    expect(codeOf(() => backend.removeMember('team', 'zoe'))).toBe(ErrorCode.INVALID_PARAMETER);
  });
});

describe('console setting for group types', () => {
  it.each(['Work', 'Public', 'Meeting'] as const)('enables %s by default', (groupType) => {
    const backend = buildBackend({ groupType });
    expect(sendToTeam(backend).needReadReceipt).toBe(true);
  });

  it.each(['Community', 'AVChatRoom'] as const)('never enables %s, whatever the setting says', (groupType) => {
    const backend = buildBackend({ groupType, receiptGroupTypes: ['Work', 'Community', 'AVChatRoom'] });
    expect(codeOf(() => sendToTeam(backend))).toBe(ErrorCode.RECEIPTS_NOT_ENABLED);
    expect(backend.getGroupInfo('alice', 'team').receiptsEnabled).toBe(false);
  });

  it('disables a type removed from the setting, also for counts of older messages', () => {
    const backend = buildBackend({ groupType: 'Meeting' });
    const message = sendToTeam(backend);
    backend.setReceiptGroupTypes(['Work']);
    expect(codeOf(() => sendToTeam(backend))).toBe(ErrorCode.RECEIPTS_NOT_ENABLED);
    expect(codeOf(() => backend.getMessageReadReceipts('alice', [message.messageID]))).toBe(ErrorCode.RECEIPTS_NOT_ENABLED);
    expect(codeOf(() => backend.sendMessageReadReceipts('bob', [message.messageID]))).toBe(ErrorCode.RECEIPTS_NOT_ENABLED);
  });

  it('names the reason in the error message', () => {
    const backend = buildBackend({ groupType: 'Community' });
    expect(() => sendToTeam(backend)).toThrow(/Community groups never support read receipts/);
  });
});

describe('receipt events', () => {
  it('coalesces a burst of reads into one event with the latest counts and version', async () => {
    const backend = buildBackend();
    const events = listen(backend, 'alice');
    const message = sendToTeam(backend);
    for (const reader of ['bob', 'carol', 'dave']) backend.sendMessageReadReceipts(reader, [message.messageID]);
    await Promise.resolve();
    expect(events.filter((e) => e.type === 'receipts')).toEqual([
      { type: 'receipts', receipts: [{ kind: 'group', messageID: message.messageID, groupID: 'team', readCount: 3, unreadCount: 0, version: 3 }] },
    ]);
  });

  it('coalesces over the configured flush interval', async () => {
    vi.useFakeTimers();
    try {
      const backend = buildBackend({ receiptFlushInterval: 200 });
      const events = listen(backend, 'alice');
      const message = sendToTeam(backend);
      backend.sendMessageReadReceipts('bob', [message.messageID]);
      await vi.advanceTimersByTimeAsync(100);
      backend.sendMessageReadReceipts('carol', [message.messageID]);
      expect(events.filter((e) => e.type === 'receipts')).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(100);
      const receipts = events.filter((e) => e.type === 'receipts');
      expect(receipts).toHaveLength(1);
      expect(receipts[0]).toMatchObject({ receipts: [{ readCount: 2 }] });
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends new messages to every other session, including the sender’s other ones', () => {
    const backend = buildBackend();
    const mine: unknown[] = [];
    const origin = backend.connect('alice', (e) => mine.push(e));
    const otherTab = listen(backend, 'alice');
    const bob = listen(backend, 'bob');
    const outsider = listen(backend, 'zoe');
    backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'hi', needReadReceipt: true }, origin);
    expect(mine).toEqual([]);
    expect(otherTab).toHaveLength(1);
    expect(bob).toHaveLength(1);
    expect(outsider).toEqual([]);
  });

  it('pushes c2cRead once per new read mark, with the reader and time', () => {
    let now = 1000;
    const backend = createMockBackend({ users: [{ userID: 'a' }, { userID: 'b' }], clock: () => now });
    const events = listen(backend, 'a');
    const message = backend.sendMessage('a', { conversationID: 'C2Cb', text: 'x', needReadReceipt: true });
    now = 2000;
    backend.markC2CMessageAsRead('b', 'a');
    backend.markC2CMessageAsRead('b', 'a');
    expect(events.filter((e) => e.type === 'c2cRead')).toEqual([{ type: 'c2cRead', userID: 'b', timestamp: 2000 }]);
    expect(backend.getMessageReadReceipts('a', [message.messageID])).toEqual([
      { kind: 'c2c', messageID: message.messageID, userID: 'b', peerRead: true, timestamp: 2000 },
    ]);
  });
});

describe('history', () => {
  it('defaults to 20 per page and caps at 100', () => {
    const backend = buildBackend();
    for (let i = 0; i < 120; i += 1) sendToTeam(backend, 'alice', false);
    expect(backend.getMessageHistory('bob', { conversationID: 'GROUPteam' }).messages).toHaveLength(20);
    const big = backend.getMessageHistory('bob', { conversationID: 'GROUPteam', count: 500 });
    expect(big.messages).toHaveLength(100);
    expect(big.messages[99]?.seq).toBe(120);
    expect(big.isFinished).toBe(false);
  });

  it('lets only members read group history', () => {
    const backend = buildBackend();
    expect(codeOf(() => backend.getMessageHistory('zoe', { conversationID: 'GROUPteam' }))).toBe(ErrorCode.NO_PERMISSION);
  });
});

describe('users and sessions', () => {
  it('refuses to connect or act as an unknown user', () => {
    const backend = buildBackend();
    expect(codeOf(() => backend.connect('ghost', () => {}))).toBe(ErrorCode.USER_NOT_FOUND);
    expect(codeOf(() => backend.getGroupInfo('ghost', 'team'))).toBe(ErrorCode.USER_NOT_FOUND);
  });

  it('treats __proto__ and constructor as ordinary IDs', () => {
    const backend = createMockBackend({
      users: [{ userID: '__proto__' }, { userID: 'constructor' }],
      groups: [{ groupID: '__proto__', name: 'Odd', type: 'Work', members: ['__proto__', 'constructor'] }],
    });
    const message = backend.sendMessage('__proto__', { conversationID: 'GROUP__proto__', text: 'x', needReadReceipt: true });
    backend.sendMessageReadReceipts('constructor', [message.messageID]);
    expect(backend.getMessageReadReceipts('__proto__', [message.messageID])[0]).toMatchObject({ readCount: 1, unreadCount: 0 });
  });
});
