import type { C2CMessageReceipt, GroupMessageReceipt, Message } from '../../src/core';

/** Small builders for test data: override only what the test is about. */

export function buildGroupReceipt(overrides: Partial<GroupMessageReceipt> = {}): GroupMessageReceipt {
  return { kind: 'group', messageID: 'm1', groupID: 'team', readCount: 0, unreadCount: 5, ...overrides };
}

export function buildC2CReceipt(overrides: Partial<C2CMessageReceipt> = {}): C2CMessageReceipt {
  return { kind: 'c2c', messageID: 'm1', userID: 'bob', peerRead: false, ...overrides };
}

export function buildMessage(overrides: Partial<Message> = {}): Message {
  return {
    messageID: 'm1',
    conversationID: 'GROUPteam',
    senderID: 'alice',
    text: 'hello',
    time: 1_700_000_000_000,
    seq: 1,
    status: 'sent',
    needReadReceipt: true,
    ...overrides,
  };
}
