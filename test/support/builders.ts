import type { C2CMessageReceipt, ConversationSummary, GroupMessageReceipt, Message, ReadMember } from '../../src/core';

/**
 * The one set of test-data builders: override only what the test is about. Defaults describe
 * an own, sent message of the Work group "team" that asked for receipts; every message gets a
 * new ID and seq, so messages built in a row are distinct and in order.
 */

let count = 0;

/** 10:32 AM UTC on 4 March 2025, plus a second per message built. */
export const BASE_TIME = Date.UTC(2025, 2, 4, 10, 32);

export function buildMessage(overrides: Partial<Message> = {}): Message {
  count += 1;
  return {
    messageID: `m${count}`,
    conversationID: 'GROUPteam',
    senderID: 'me',
    text: `hello ${count}`,
    time: BASE_TIME + count * 1000,
    seq: count,
    status: 'sent',
    needReadReceipt: true,
    ...overrides,
  };
}

export function groupReceipt(
  messageID: string,
  readCount: number,
  unreadCount: number,
  overrides: Partial<GroupMessageReceipt> = {},
): GroupMessageReceipt {
  return { kind: 'group', messageID, groupID: 'team', readCount, unreadCount, ...overrides };
}

export function c2cReceipt(messageID: string, peerRead: boolean, overrides: Partial<C2CMessageReceipt> = {}): C2CMessageReceipt {
  return { kind: 'c2c', messageID, userID: 'bob', peerRead, ...overrides };
}

/** `count` reader rows `user<start>`… named "Member <n>", with read times when `read`. */
export function buildMembers(count: number, start = 0, read = true): ReadMember[] {
  return Array.from({ length: count }, (_, i) => ({
    profile: { userID: `user${start + i}`, nickname: `Member ${start + i}` },
    ...(read ? { readTime: BASE_TIME + 28 * 60_000 + i * 1000 } : {}),
  }));
}

/** A conversation list row: the group "team" with a message from alice and 3 unread, unless overridden. */
export function buildConversation(overrides: Partial<ConversationSummary> = {}): ConversationSummary {
  return {
    conversationID: 'GROUPteam',
    type: 'group',
    name: 'Team',
    lastMessage: { messageID: 'm1', senderID: 'alice', text: 'Standup at ten', time: BASE_TIME, seq: 4, needReadReceipt: true },
    unreadCount: 3,
    muted: false,
    ...overrides,
  };
}

/** A 1:1 row whose last message is the user's own ("me"), read by the peer, muted. */
export function buildDirectConversation(overrides: Partial<ConversationSummary> = {}): ConversationSummary {
  return buildConversation({
    conversationID: 'C2Cbob',
    type: 'c2c',
    name: 'Bob',
    lastMessage: { senderID: 'me', text: 'See you', time: BASE_TIME - 60_000, seq: 2 },
    unreadCount: 0,
    muted: true,
    peerReadTime: BASE_TIME,
    ...overrides,
  });
}
