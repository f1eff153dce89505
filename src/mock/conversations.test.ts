import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../core';
import type { ChatEvent, ConversationSummary } from '../core';
import { buildBackend, sendToTeam } from '../../test/support/mock-backend';
import type { MockBackend } from './backend';

function codeOf(run: () => unknown): number | undefined {
  try {
    run();
  } catch (error) {
    return (error as { code: number }).code;
  }
  return undefined;
}

/** A session of `userID` that asked for the list, so it gets the conversation feed. */
function lister(backend: MockBackend, userID: string): ChatEvent[] {
  const events: ChatEvent[] = [];
  const connection = backend.connect(userID, (event) => events.push(event));
  backend.getConversationList(userID, {}, connection);
  return events;
}

const c2c = (backend: MockBackend, from: string, to: string, text = 'hi') =>
  backend.sendMessage(from, { conversationID: `C2C${to}`, text, needReadReceipt: false });
const row = (backend: MockBackend, userID: string, conversationID: string) => backend.getConversation(userID, conversationID);

describe('unread counts', () => {
  it('count what others sent after the read position, never one’s own messages', () => {
    const backend = buildBackend();
    sendToTeam(backend, 'bob');
    sendToTeam(backend, 'alice');
    sendToTeam(backend, 'carol');
    expect(row(backend, 'alice', 'GROUPteam').unreadCount).toBe(2);
    expect(row(backend, 'bob', 'GROUPteam').unreadCount).toBe(2);
    expect(row(backend, 'dave', 'GROUPteam').unreadCount).toBe(3);
  });

  it('start where a late member joined', () => {
    const backend = buildBackend();
    sendToTeam(backend, 'bob');
    backend.addMember('team', 'zoe');
    expect(row(backend, 'zoe', 'GROUPteam').unreadCount).toBe(0);
    sendToTeam(backend, 'bob');
    expect(row(backend, 'zoe', 'GROUPteam').unreadCount).toBe(1);
  });

  it('drop to 0 when the conversation is marked read, group or 1:1, and the 1:1 peer learns when', () => {
    const backend = buildBackend({ clock: () => 5_000 });
    sendToTeam(backend, 'bob');
    backend.markConversationRead('alice', 'GROUPteam');
    expect(row(backend, 'alice', 'GROUPteam').unreadCount).toBe(0);
    expect(row(backend, 'carol', 'GROUPteam').unreadCount).toBe(1);
    c2c(backend, 'bob', 'alice');
    backend.markConversationRead('alice', 'C2Cbob');
    expect(row(backend, 'alice', 'C2Cbob').unreadCount).toBe(0);
    expect(row(backend, 'bob', 'C2Calice')).toMatchObject({ peerReadTime: 5_000 });
  });

  it('leave muted conversations out of the total', () => {
    const backend = buildBackend();
    sendToTeam(backend, 'bob');
    c2c(backend, 'carol', 'alice');
    c2c(backend, 'carol', 'alice');
    expect(backend.getTotalUnreadMessageCount('alice')).toBe(3);
    backend.setConversationMuted('alice', 'C2Ccarol', true);
    expect(row(backend, 'alice', 'C2Ccarol')).toMatchObject({ muted: true, unreadCount: 2 });
    expect(backend.getTotalUnreadMessageCount('alice')).toBe(1);
  });
});

describe('getConversationList', () => {
  it('lists groups and the 1:1 chats that have messages, newest last message first, with names and previews', () => {
    let now = 1_000;
    const backend = buildBackend({ clock: () => (now += 1), messageIDPrefix: 't' });
    c2c(backend, 'carol', 'alice', 'older');
    sendToTeam(backend, 'bob');
    backend.getConversation('alice', 'C2Cdave');
    const { conversations, isFinished } = backend.getConversationList('alice');
    expect(isFinished).toBe(true);
    expect(conversations.map((c) => c.conversationID)).toEqual(['GROUPteam', 'C2Ccarol']);
    expect(conversations[1]).toEqual<ConversationSummary>({
      conversationID: 'C2Ccarol',
      type: 'c2c',
      name: 'carol',
      lastMessage: { messageID: expect.any(String), senderID: 'carol', text: 'older', time: 1_001, seq: 1, needReadReceipt: false },
      unreadCount: 1,
      muted: false,
    });
  });

  it('pages without repeats while conversations move up between pages', () => {
    const users = Array.from({ length: 8 }, (_, i) => `u${i}`);
    let now = 0;
    const backend = buildBackend({ extraUsers: users, clock: () => (now += 1) });
    for (const user of users) c2c(backend, user, 'alice');
    const seen: string[] = [];
    let nextSeq = '';
    for (let page = 0; page < 10; page += 1) {
      const result = backend.getConversationList('alice', { nextSeq, count: 3 });
      seen.push(...result.conversations.map((c) => c.conversationID));
      // A listed chat and an unlisted one both get news: neither is listed twice.
      c2c(backend, 'u7', 'alice');
      c2c(backend, 'u0', 'alice');
      if (result.isFinished) break;
      nextSeq = result.nextSeq;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, 3)).toEqual(['C2Cu7', 'C2Cu6', 'C2Cu5']);
  });

  it.each([['!!'], ['zz.nobody'], [42], ['1.'], [`1.GROUP${'x'.repeat(400)}`]])('refuses the forged cursor %j', (nextSeq) => {
    const backend = buildBackend();
    expect(codeOf(() => backend.getConversationList('alice', { nextSeq }))).toBe(ErrorCode.INVALID_PARAMETER);
  });

  it.each([0, -1, 1.5, '2'])('refuses count %j', (count) => {
    const backend = buildBackend();
    expect(codeOf(() => backend.getConversationList('alice', { count }))).toBe(ErrorCode.INVALID_PARAMETER);
  });
});

describe('getConversation and markConversationRead refusals', () => {
  it.each([
    ['a group one is not in', 'GROUPteam', 'zoe', ErrorCode.NO_PERMISSION],
    ['an unknown group', 'GROUP__proto__', 'alice', ErrorCode.GROUP_NOT_FOUND],
    ['an unknown peer', 'C2Cconstructor', 'alice', ErrorCode.USER_NOT_FOUND],
    ['an ID of neither kind', '__proto__', 'alice', ErrorCode.CONVERSATION_NOT_FOUND],
    ['a non-string', 42, 'alice', ErrorCode.INVALID_PARAMETER],
  ])('refuse %s', (_label, conversationID, userID, code) => {
    const backend = buildBackend();
    expect(codeOf(() => backend.getConversation(userID, conversationID))).toBe(code);
    expect(codeOf(() => backend.markConversationRead(userID, conversationID))).toBe(code);
  });
});

describe('the conversation feed', () => {
  it('reaches only sessions that asked for the list or the total', () => {
    const backend = buildBackend();
    const quiet: ChatEvent[] = [];
    backend.connect('alice', (event) => quiet.push(event));
    const listing = lister(backend, 'alice');
    const totals: ChatEvent[] = [];
    backend.getTotalUnreadMessageCount('alice', backend.connect('alice', (event) => totals.push(event)));
    sendToTeam(backend, 'bob');
    expect(quiet.map((e) => e.type)).toEqual(['messages']);
    expect(listing.map((e) => e.type)).toEqual(['messages', 'conversations', 'unreadTotal']);
    expect(totals.map((e) => e.type)).toEqual(['messages', 'conversations', 'unreadTotal']);
  });

  it('pushes the changed row and the new total to the receiver, and only the row to the sender', () => {
    const backend = buildBackend();
    const alice = lister(backend, 'alice');
    const bob = lister(backend, 'bob');
    sendToTeam(backend, 'bob');
    expect(alice.slice(1)).toEqual([
      { type: 'conversations', conversations: [expect.objectContaining({ conversationID: 'GROUPteam', unreadCount: 1 })] },
      { type: 'unreadTotal', totalUnreadCount: 1 },
    ]);
    // Bob's own session is not the one that sent (no `from`), so it gets the message too; no total moved.
    expect(bob.slice(1)).toEqual([
      { type: 'conversations', conversations: [expect.objectContaining({ unreadCount: 0, lastMessage: expect.objectContaining({ senderID: 'bob' }) })] },
    ]);
  });

  it('tells every device of the reader when a conversation is marked read, and nothing on a repeat', () => {
    const backend = buildBackend();
    sendToTeam(backend, 'bob');
    const otherDevice = lister(backend, 'alice');
    backend.markConversationRead('alice', 'GROUPteam');
    backend.markConversationRead('alice', 'GROUPteam');
    expect(otherDevice).toEqual([
      { type: 'conversations', conversations: [expect.objectContaining({ unreadCount: 0 })] },
      { type: 'unreadTotal', totalUnreadCount: 0 },
    ]);
  });

  it('moves no total for a message in a muted conversation', () => {
    const backend = buildBackend();
    backend.setConversationMuted('alice', 'GROUPteam', true);
    const alice = lister(backend, 'alice');
    sendToTeam(backend, 'bob');
    expect(alice.map((e) => e.type)).toEqual(['messages', 'conversations']);
  });
});
