import { describe, expect, it } from 'vitest';
import { ChatError, DEFAULT_REMIND_INTERVAL_MS, ErrorCode } from '../core';
import type { ChatEvent } from '../core';
import { buildBackend, listen, sendToTeam } from '../../test/support/mock-backend';
import { createMockBackend } from './backend';

function refusal(run: () => unknown): ChatError {
  try {
    run();
  } catch (error) {
    if (error instanceof ChatError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const reminders = (events: ChatEvent[]) => events.filter((e) => e.type === 'reminder');

describe('remindUnread', () => {
  it('reaches exactly the members who have not read the message, linking to it', () => {
    const backend = buildBackend({ clock: () => 7_000 });
    const message = sendToTeam(backend);
    backend.sendMessageReadReceipts('bob', [message.messageID]);
    const [bob, carol, dave, alice] = ['bob', 'carol', 'dave', 'alice'].map((id) => listen(backend, id));
    expect(backend.remindUnread('alice', { messageID: message.messageID })).toEqual({
      reminded: 2,
      nextAllowedAt: 7_000 + DEFAULT_REMIND_INTERVAL_MS,
    });
    const expected = { type: 'reminder', reminder: { messageID: message.messageID, conversationID: 'GROUPteam', senderID: 'alice', time: 7_000 } };
    expect(reminders(carol ?? [])).toEqual([expected]);
    expect(reminders(dave ?? [])).toEqual([expected]);
    expect(reminders(bob ?? [])).toEqual([]);
    expect(reminders(alice ?? [])).toEqual([]);
  });

  it('leaves out members who left since, and those who joined after the message', () => {
    const backend = buildBackend();
    const message = sendToTeam(backend);
    backend.removeMember('team', 'carol');
    backend.addMember('team', 'zoe');
    const [carol, zoe] = [listen(backend, 'carol'), listen(backend, 'zoe')];
    expect(backend.remindUnread('alice', { messageID: message.messageID }).reminded).toBe(2);
    expect(reminders(carol)).toEqual([]);
    expect(reminders(zoe)).toEqual([]);
  });

  it('refuses a second reminder within the interval, saying when the next is allowed', () => {
    let now = 1_000;
    const backend = buildBackend({ clock: () => now, remindInterval: 60_000 });
    const message = sendToTeam(backend);
    backend.remindUnread('alice', { messageID: message.messageID });
    now += 59_999;
    const error = refusal(() => backend.remindUnread('alice', { messageID: message.messageID }));
    expect(error.code).toBe(ErrorCode.RATE_LIMITED);
    expect(error.retryAt).toBe(61_000);
    now += 1;
    expect(backend.remindUnread('alice', { messageID: message.messageID })).toEqual({ reminded: 3, nextAllowedAt: 121_000 });
    // Per message: another one of the sender's is not held up.
    expect(backend.remindUnread('alice', { messageID: sendToTeam(backend).messageID }).reminded).toBe(3);
  });

  it('reminds nobody once all have read, and starts no interval for that', () => {
    const backend = buildBackend({ clock: () => 5 });
    const message = sendToTeam(backend);
    backend.sendMessageReadReceipts('bob', [message.messageID]);
    backend.sendMessageReadReceipts('carol', [message.messageID]);
    backend.sendMessageReadReceipts('dave', [message.messageID]);
    expect(backend.remindUnread('alice', { messageID: message.messageID })).toEqual({ reminded: 0, nextAllowedAt: 5 });
    expect(backend.remindUnread('alice', { messageID: message.messageID }).reminded).toBe(0);
  });

  it.each([
    ['a member who is not the sender', 'bob', () => ({}), ErrorCode.NO_PERMISSION],
    ['a non-member', 'zoe', () => ({}), ErrorCode.NO_PERMISSION],
    ['an unknown message', 'alice', () => ({ messageID: 'no-such-message' }), ErrorCode.MESSAGE_NOT_FOUND],
    ['__proto__', 'alice', () => ({ messageID: '__proto__' }), ErrorCode.MESSAGE_NOT_FOUND],
    ['a missing messageID', 'alice', () => ({ messageID: undefined }), ErrorCode.INVALID_PARAMETER],
  ])('refuses %s', (_label, userID, input, code) => {
    const backend = buildBackend();
    const message = sendToTeam(backend);
    const carol = listen(backend, 'carol');
    expect(refusal(() => backend.remindUnread(userID, { messageID: message.messageID, ...input() })).code).toBe(code);
    expect(reminders(carol)).toEqual([]);
  });

  it('refuses messages without receipts, in groups without them, and 1:1 messages', () => {
    const backend = buildBackend();
    expect(refusal(() => backend.remindUnread('alice', { messageID: sendToTeam(backend, 'alice', false).messageID })).code).toBe(ErrorCode.RECEIPT_NOT_FOUND);
    const direct = backend.sendMessage('alice', { conversationID: 'C2Cbob', text: 'hi', needReadReceipt: true });
    expect(refusal(() => backend.remindUnread('alice', { messageID: direct.messageID })).code).toBe(ErrorCode.INVALID_PARAMETER);
    const community = buildBackend({ groupType: 'Community' });
    const message = community.sendMessage('alice', { conversationID: 'GROUPteam', text: 'hi', needReadReceipt: false });
    expect(refusal(() => community.remindUnread('alice', { messageID: message.messageID })).code).toBe(ErrorCode.RECEIPTS_NOT_ENABLED);
  });
});

describe('remindUnread in a 100,000-member group', () => {
  it('counts the unread from its bitsets and reaches only the online unread members, quickly', () => {
    const size = 100_000;
    const users = Array.from({ length: size }, (_, i) => ({ userID: `u${i}` }));
    const backend = createMockBackend({ users, groups: [{ groupID: 'all', name: 'All', type: 'Public', members: users.map((u) => u.userID) }] });
    const { messageID } = backend.sendMessage('u0', { conversationID: 'GROUPall', text: 'All hands', needReadReceipt: true });
    for (let i = 1; i < size; i += 3) backend.sendMessageReadReceipts(`u${i}`, [messageID]);
    const reader = listen(backend, 'u1');
    const unread = listen(backend, 'u2');
    const start = performance.now();
    const result = backend.remindUnread('u0', { messageID });
    const elapsed = performance.now() - start;
    const counts = backend.getMessageReadReceipts('u0', [messageID])[0];
    expect(counts).toMatchObject({ unreadCount: result.reminded });
    expect(result.reminded).toBe(size - 1 - Math.ceil((size - 1) / 3));
    expect(reminders(unread)).toHaveLength(1);
    expect(reminders(reader)).toEqual([]);
    expect(elapsed).toBeLessThan(50);
  });
});
