import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode, MAX_RECEIPT_BATCH } from '../../src/core';
import type { ChatAdapter, GroupMessageReceipt, Message, ReadMember } from '../../src/core';
import { describeConversationList, type FeatureContext } from './conversation-contract';
import { codeOf, connect, type Client, type ContractFixture, type ContractSetup, type ContractSetupFactory } from './fixture';
import { describeReminders } from './reminder-contract';

/** What a backend can know; the contract checks the stronger promise only where it is kept. */
export interface ContractCapabilities {
  /** Member lists carry each reader's read time (Tencent's lists carry user IDs only). @default true */
  readTimes?: boolean;
  /**
   * The code for a receipt on a message of a conversation the caller is not in. A server
   * refuses it (NO_PERMISSION); a client SDK that only holds its own conversations' messages
   * cannot even name it (MESSAGE_NOT_FOUND). @default ErrorCode.NO_PERMISSION
   */
  foreignMessageCode?: number;
}

/**
 * The behaviour every ChatAdapter must show, whatever the backend. Run it with a setup that
 * builds a fresh backend holding the fixture (see ./fixture.ts). Readers load the conversation
 * before they report, as the kit's store does: SDKs such as Tencent's only report messages
 * they hold.
 */
export function runAdapterContract(
  name: string,
  createSetup: ContractSetupFactory,
  capabilities: ContractCapabilities = {},
): void {
  const { readTimes = true, foreignMessageCode = ErrorCode.NO_PERMISSION } = capabilities;
  describe(`ChatAdapter contract: ${name}`, () => {
    let setup: ContractSetup;
    let f: ContractFixture;
    let clients: Client[];
    const as = async (userID: string) => {
      const client = await connect(setup, userID);
      clients.push(client);
      return client;
    };
    const group = () => `GROUP${f.receiptGroup}`;
    const send = (client: Client, overrides: Partial<{ conversationID: string; text: string; needReadReceipt: boolean; clientID: string }> = {}) =>
      client.adapter.sendMessage({ conversationID: group(), text: 'hello', needReadReceipt: true, ...overrides });
    const eligible = () => f.readers.length;
    const pull = async (client: Client, message: Message) =>
      (await client.adapter.getMessageReadReceipts([message.messageID]))[0] as GroupMessageReceipt;
    const allPages = async (client: Client, messageID: string, filter: 'read' | 'unread', count: number) => {
      const members: ReadMember[] = [];
      let nextSeq = '';
      for (let i = 0; i < 100; i += 1) {
        const page = await client.adapter.getGroupMessageReadMemberList({ messageID, filter, nextSeq, count });
        expect(page.members.length).toBeLessThanOrEqual(count);
        members.push(...page.members);
        if (page.isFinished) {
          expect(page.nextSeq).toBe('');
          return members;
        }
        nextSeq = page.nextSeq;
      }
      throw new Error('member list never finished');
    };
    const ids = (members: ReadMember[]) => members.map((m) => m.profile.userID);

    beforeEach(async () => {
      setup = await createSetup();
      f = setup.fixture;
      clients = [];
    });
    afterEach(async () => {
      await Promise.allSettled(clients.map((c) => c.adapter.logout()));
      await setup.cleanup?.();
    });

    describe('session', () => {
      it('login resolves with the user ID', async () => {
        await expect(setup.adapterFor(f.sender).login()).resolves.toEqual({ userID: f.sender });
      });

      it('rejects calls before login with NOT_LOGGED_IN', async () => {
        const adapter: ChatAdapter = setup.adapterFor(f.sender);
        expect(await codeOf(adapter.getGroupInfo(f.receiptGroup))).toBe(ErrorCode.NOT_LOGGED_IN);
        expect(await codeOf(adapter.sendMessageReadReceipts(['x']))).toBe(ErrorCode.NOT_LOGGED_IN);
      });

      it('rejects calls after logout with NOT_LOGGED_IN', async () => {
        const client = await as(f.sender);
        await client.adapter.logout();
        expect(await codeOf(client.adapter.getMessageHistory({ conversationID: group() }))).toBe(ErrorCode.NOT_LOGGED_IN);
      });
    });

    describe('profiles and groups', () => {
      it('returns known profiles and leaves out unknown IDs', async () => {
        const client = await as(f.sender);
        const profiles = await client.adapter.getUserProfiles([f.readers[0] as string, 'nobody-here', '__proto__']);
        expect(profiles.map((p) => p.userID)).toEqual([f.readers[0]]);
      });

      it('describes a receipt-enabled group', async () => {
        const client = await as(f.sender);
        expect(await client.adapter.getGroupInfo(f.receiptGroup)).toMatchObject({
          groupID: f.receiptGroup,
          type: 'Work',
          memberCount: eligible() + 1,
          receiptsEnabled: true,
        });
      });

      it('reports receipts as disabled for a Community group', async () => {
        const client = await as(f.sender);
        expect(await client.adapter.getGroupInfo(f.noReceiptGroup)).toMatchObject({ type: 'Community', receiptsEnabled: false });
      });

      it.each(['no-such-group', '__proto__', 'constructor'])('rejects the unknown group %s with GROUP_NOT_FOUND', async (id) => {
        const client = await as(f.sender);
        expect(await codeOf(client.adapter.getGroupInfo(id))).toBe(ErrorCode.GROUP_NOT_FOUND);
      });
    });

    describe('sendMessage', () => {
      it('returns the stored message with a server ID, sequence and the clientID echoed', async () => {
        const client = await as(f.sender);
        const message = await send(client, { clientID: 'local-1', text: 'Quarterly plan' });
        expect(message).toMatchObject({
          conversationID: group(),
          senderID: f.sender,
          text: 'Quarterly plan',
          status: 'sent',
          needReadReceipt: true,
          clientID: 'local-1',
        });
        expect(message.messageID).not.toBe('local-1');
        expect(message.seq).toBeGreaterThan(0);
      });

      it('rejects needReadReceipt in a Community group with RECEIPTS_NOT_ENABLED', async () => {
        const client = await as(f.sender);
        const code = await codeOf(send(client, { conversationID: `GROUP${f.noReceiptGroup}` }));
        expect(code).toBe(ErrorCode.RECEIPTS_NOT_ENABLED);
      });

      it('sends without receipts in a Community group', async () => {
        const client = await as(f.sender);
        const message = await send(client, { conversationID: `GROUP${f.noReceiptGroup}`, needReadReceipt: false });
        expect(message.needReadReceipt).toBe(false);
      });

      it('rejects an unknown group with GROUP_NOT_FOUND', async () => {
        const client = await as(f.sender);
        expect(await codeOf(send(client, { conversationID: 'GROUPno-such-group' }))).toBe(ErrorCode.GROUP_NOT_FOUND);
      });

      it('rejects a non-member with NO_PERMISSION', async () => {
        const client = await as(f.outsider);
        expect(await codeOf(send(client))).toBe(ErrorCode.NO_PERMISSION);
      });

      it('rejects a 1:1 message to an unknown user with USER_NOT_FOUND', async () => {
        const client = await as(f.sender);
        expect(await codeOf(send(client, { conversationID: 'C2Cno-such-user' }))).toBe(ErrorCode.USER_NOT_FOUND);
      });

      it('rejects wrong argument types with INVALID_PARAMETER', async () => {
        const client = await as(f.sender);
        const bad = { conversationID: group(), text: 42, needReadReceipt: 'yes' } as unknown as Parameters<ChatAdapter['sendMessage']>[0];
        expect(await codeOf(client.adapter.sendMessage(bad))).toBe(ErrorCode.INVALID_PARAMETER);
      });

      it('pushes a new group message to the other members, not to outsiders', async () => {
        const sender = await as(f.sender);
        const reader = await as(f.readers[1] as string);
        const outsider = await as(f.outsider);
        const message = await send(sender);
        const event = await reader.waitFor('messages', (e) => e.messages.some((m) => m.messageID === message.messageID));
        expect(event.messages[0]).toMatchObject({ senderID: f.sender, conversationID: group(), needReadReceipt: true });
        expect(await outsider.settle('messages')).toEqual([]);
      });

      it('delivers a 1:1 message to the peer under the sender’s conversation ID', async () => {
        const sender = await as(f.sender);
        const peer = await as(f.outsider);
        const message = await send(sender, { conversationID: `C2C${f.outsider}` });
        expect(message.conversationID).toBe(`C2C${f.outsider}`);
        const event = await peer.waitFor('messages');
        expect(event.messages[0]).toMatchObject({ messageID: message.messageID, conversationID: `C2C${f.sender}` });
      });
    });

    describe('getMessageHistory', () => {
      it('pages newest first; pages hold oldest first; nothing repeats or goes missing', async () => {
        const client = await as(f.sender);
        const sent: string[] = [];
        for (let i = 0; i < 5; i += 1) sent.push((await send(client, { text: `m${i}` })).messageID);
        const first = await client.adapter.getMessageHistory({ conversationID: group(), count: 2 });
        expect(first.messages.map((m) => m.messageID)).toEqual(sent.slice(3));
        const seen = [...first.messages];
        let cursor = first.nextCursor;
        while (cursor !== '') {
          const page = await client.adapter.getMessageHistory({ conversationID: group(), count: 2, cursor });
          seen.unshift(...page.messages);
          cursor = page.isFinished ? '' : page.nextCursor;
        }
        expect(seen.map((m) => m.messageID)).toEqual(sent);
      });

      it.each([0, -1, Number.NaN, 1.5])('rejects count %s with INVALID_PARAMETER', async (count) => {
        const client = await as(f.sender);
        expect(await codeOf(client.adapter.getMessageHistory({ conversationID: group(), count }))).toBe(ErrorCode.INVALID_PARAMETER);
      });

      it('rejects an unknown conversation with CONVERSATION_NOT_FOUND', async () => {
        const client = await as(f.sender);
        expect(await codeOf(client.adapter.getMessageHistory({ conversationID: 'XYZ' }))).toBe(ErrorCode.CONVERSATION_NOT_FOUND);
      });
    });

    describe('sendMessageReadReceipts', () => {
      it('pushes the latest counts to the sender', async () => {
        const sender = await as(f.sender);
        const reader = await as(f.readers[0] as string);
        const message = await send(sender);
        await reader.adapter.sendMessageReadReceipts([message.messageID]);
        const event = await sender.waitFor('receipts');
        expect(event.receipts).toEqual([
          expect.objectContaining({ kind: 'group', messageID: message.messageID, groupID: f.receiptGroup, readCount: 1, unreadCount: eligible() - 1 }),
        ]);
      });

      it('pushes receipts to the sender only', async () => {
        const sender = await as(f.sender);
        const reader = await as(f.readers[0] as string);
        const other = await as(f.readers[1] as string);
        const message = await send(sender);
        await reader.adapter.sendMessageReadReceipts([message.messageID]);
        await sender.waitFor('receipts');
        expect(await reader.settle('receipts')).toEqual([]);
        expect(await other.settle('receipts')).toEqual([]);
      });

      it('ends a burst of reads with the final counts', async () => {
        const sender = await as(f.sender);
        const message = await send(sender);
        for (const readerID of f.readers) {
          const reader = await as(readerID);
          await reader.adapter.getMessageHistory({ conversationID: group() });
          await reader.adapter.sendMessageReadReceipts([message.messageID]);
        }
        await sender.waitFor('receipts', (e) => e.receipts.some((r) => r.kind === 'group' && r.unreadCount === 0));
        expect(await pull(sender, message)).toMatchObject({ readCount: eligible(), unreadCount: 0 });
      });

      it('changes nothing on a repeat and still succeeds', async () => {
        const sender = await as(f.sender);
        const reader = await as(f.readers[0] as string);
        const message = await send(sender);
        await reader.adapter.sendMessageReadReceipts([message.messageID]);
        await reader.adapter.sendMessageReadReceipts([message.messageID, message.messageID]);
        expect(await pull(sender, message)).toMatchObject({ readCount: 1, unreadCount: eligible() - 1 });
      });

      it('rejects a list of only one’s own messages with RECEIPT_LIST_EMPTY', async () => {
        const sender = await as(f.sender);
        const message = await send(sender);
        expect(await codeOf(sender.adapter.sendMessageReadReceipts([message.messageID]))).toBe(ErrorCode.RECEIPT_LIST_EMPTY);
      });

      it('rejects messages that did not ask for receipts with RECEIPT_LIST_EMPTY', async () => {
        const sender = await as(f.sender);
        const reader = await as(f.readers[0] as string);
        const message = await send(sender, { needReadReceipt: false });
        expect(await codeOf(reader.adapter.sendMessageReadReceipts([message.messageID]))).toBe(ErrorCode.RECEIPT_LIST_EMPTY);
      });

      it('counts the valid IDs of a list that also holds unknown ones', async () => {
        const sender = await as(f.sender);
        const reader = await as(f.readers[0] as string);
        const message = await send(sender);
        await reader.adapter.sendMessageReadReceipts(['no-such-message', message.messageID]);
        expect(await pull(sender, message)).toMatchObject({ readCount: 1 });
      });

      it.each([['no-such-message'], ['__proto__', 'constructor']])('rejects unknown IDs %j with MESSAGE_NOT_FOUND', async (...list) => {
        const reader = await as(f.readers[0] as string);
        expect(await codeOf(reader.adapter.sendMessageReadReceipts(list))).toBe(ErrorCode.MESSAGE_NOT_FOUND);
      });

      it('refuses receipts from a non-member, counting nothing', async () => {
        const sender = await as(f.sender);
        const outsider = await as(f.outsider);
        const message = await send(sender);
        expect(await codeOf(outsider.adapter.sendMessageReadReceipts([message.messageID]))).toBe(foreignMessageCode);
        expect(await pull(sender, message)).toMatchObject({ readCount: 0 });
      });

      it.each([
        ['an empty list', []],
        ['an over-long list', Array.from({ length: MAX_RECEIPT_BATCH + 1 }, (_, i) => `m${i}`)],
        ['a non-array', 'msg-1'],
        ['a list with a non-string', [42]],
        ['a list with an empty ID', ['']],
      ])('rejects %s with INVALID_PARAMETER', async (_label, list) => {
        const reader = await as(f.readers[0] as string);
        expect(await codeOf(reader.adapter.sendMessageReadReceipts(list as string[]))).toBe(ErrorCode.INVALID_PARAMETER);
      });
    });

    describe('getMessageReadReceipts', () => {
      it('returns group counts of own messages in request order', async () => {
        const sender = await as(f.sender);
        const reader = await as(f.readers[0] as string);
        const a = await send(sender);
        const b = await send(sender);
        await reader.adapter.sendMessageReadReceipts([b.messageID]);
        const receipts = await sender.adapter.getMessageReadReceipts([a.messageID, b.messageID]);
        expect(receipts).toEqual([
          expect.objectContaining({ kind: 'group', messageID: a.messageID, readCount: 0, unreadCount: eligible() }),
          expect.objectContaining({ kind: 'group', messageID: b.messageID, readCount: 1, unreadCount: eligible() - 1 }),
        ]);
      });

      it('rejects a member who is not the sender with NO_PERMISSION', async () => {
        const sender = await as(f.sender);
        const reader = await as(f.readers[0] as string);
        const message = await send(sender);
        expect(await codeOf(reader.adapter.getMessageReadReceipts([message.messageID]))).toBe(ErrorCode.NO_PERMISSION);
      });

      it('rejects a message that did not ask for receipts with RECEIPT_NOT_FOUND', async () => {
        const sender = await as(f.sender);
        const message = await send(sender, { needReadReceipt: false });
        expect(await codeOf(sender.adapter.getMessageReadReceipts([message.messageID]))).toBe(ErrorCode.RECEIPT_NOT_FOUND);
      });

      it.each(['no-such-message', '__proto__', 'constructor'])('rejects the unknown ID %s', async (id) => {
        const sender = await as(f.sender);
        expect([ErrorCode.MESSAGE_NOT_FOUND, ErrorCode.RECEIPT_NOT_FOUND]).toContain(
          await codeOf(sender.adapter.getMessageReadReceipts([id])),
        );
      });

      it('rejects an empty list with INVALID_PARAMETER', async () => {
        const sender = await as(f.sender);
        expect(await codeOf(sender.adapter.getMessageReadReceipts([]))).toBe(ErrorCode.INVALID_PARAMETER);
      });

      it('reports a 1:1 message as read once the peer sent its receipt', async () => {
        const sender = await as(f.sender);
        const peer = await as(f.outsider);
        const message = await send(sender, { conversationID: `C2C${f.outsider}` });
        expect(await sender.adapter.getMessageReadReceipts([message.messageID])).toEqual([
          expect.objectContaining({ kind: 'c2c', messageID: message.messageID, userID: f.outsider, peerRead: false }),
        ]);
        await peer.adapter.sendMessageReadReceipts([message.messageID]);
        const event = await sender.waitFor('receipts');
        expect(event.receipts[0]).toMatchObject({ kind: 'c2c', peerRead: true, userID: f.outsider });
        const [pulled] = await sender.adapter.getMessageReadReceipts([message.messageID]);
        expect(pulled).toMatchObject({ kind: 'c2c', peerRead: true, timestamp: expect.any(Number) });
      });
    });

    describe('getGroupMessageReadMemberList', () => {
      async function halfRead() {
        const sender = await as(f.sender);
        const message = await send(sender);
        const readers = f.readers.filter((_, i) => i % 2 === 0);
        for (const readerID of readers) {
          const reader = await as(readerID);
          await reader.adapter.getMessageHistory({ conversationID: group() });
          await reader.adapter.sendMessageReadReceipts([message.messageID]);
        }
        return { sender, message, readers, unread: f.readers.filter((_, i) => i % 2 === 1) };
      }

      it(`lists exactly the readers${readTimes ? ', with read times,' : ''} in the read tab`, async () => {
        const { sender, message, readers } = await halfRead();
        const members = await allPages(sender, message.messageID, 'read', 100);
        expect(ids(members)).toEqual(readers);
        for (const member of members) expect(member.readTime).toEqual(readTimes ? expect.any(Number) : undefined);
      });

      it('lists exactly the non-readers, without the sender, in the unread tab', async () => {
        const { sender, message, unread } = await halfRead();
        const members = await allPages(sender, message.messageID, 'unread', 100);
        expect(ids(members)).toEqual(unread);
        expect(members.every((m) => m.readTime === undefined)).toBe(true);
      });

      it('pages with nextSeq without repeating or skipping anyone', async () => {
        const { sender, message } = await halfRead();
        const read = ids(await allPages(sender, message.messageID, 'read', 1));
        const unread = ids(await allPages(sender, message.messageID, 'unread', 2));
        expect([...read, ...unread].sort()).toEqual([...f.readers].sort());
        expect(new Set([...read, ...unread]).size).toBe(f.readers.length);
      });

      it('returns profiles with the user IDs', async () => {
        const { sender, message } = await halfRead();
        const [first] = await allPages(sender, message.messageID, 'unread', 1);
        expect(first?.profile).toEqual(expect.objectContaining({ userID: expect.any(String) }));
      });

      it.each([0, -1, Number.NaN, 2.5])('rejects count %s with INVALID_PARAMETER', async (count) => {
        const sender = await as(f.sender);
        const message = await send(sender);
        const query = { messageID: message.messageID, filter: 'read' as const, count };
        expect(await codeOf(sender.adapter.getGroupMessageReadMemberList(query))).toBe(ErrorCode.INVALID_PARAMETER);
      });

      it('caps count at 100 instead of failing', async () => {
        const sender = await as(f.sender);
        const message = await send(sender);
        const page = await sender.adapter.getGroupMessageReadMemberList({ messageID: message.messageID, filter: 'unread', count: 1000 });
        expect(page.members).toHaveLength(eligible());
        expect(page.isFinished).toBe(true);
      });

      it.each([
        ['a bad filter', { filter: 'seen' }],
        ['a forged nextSeq', { nextSeq: '!!not-a-cursor' }],
      ])('rejects %s with INVALID_PARAMETER', async (_label, overrides) => {
        const sender = await as(f.sender);
        const message = await send(sender);
        const query = { messageID: message.messageID, filter: 'read', ...overrides } as Parameters<ChatAdapter['getGroupMessageReadMemberList']>[0];
        expect(await codeOf(sender.adapter.getGroupMessageReadMemberList(query))).toBe(ErrorCode.INVALID_PARAMETER);
      });

      it('rejects a member who is not the sender with NO_PERMISSION', async () => {
        const sender = await as(f.sender);
        const reader = await as(f.readers[0] as string);
        const message = await send(sender);
        const code = await codeOf(reader.adapter.getGroupMessageReadMemberList({ messageID: message.messageID, filter: 'read' }));
        expect(code).toBe(ErrorCode.NO_PERMISSION);
      });

      it('rejects a Community group message with RECEIPTS_NOT_ENABLED', async () => {
        const sender = await as(f.sender);
        const message = await send(sender, { conversationID: `GROUP${f.noReceiptGroup}`, needReadReceipt: false });
        const code = await codeOf(sender.adapter.getGroupMessageReadMemberList({ messageID: message.messageID, filter: 'unread' }));
        expect(code).toBe(ErrorCode.RECEIPTS_NOT_ENABLED);
      });

      it('rejects a message that did not ask for receipts with RECEIPT_NOT_FOUND', async () => {
        const sender = await as(f.sender);
        const message = await send(sender, { needReadReceipt: false });
        const code = await codeOf(sender.adapter.getGroupMessageReadMemberList({ messageID: message.messageID, filter: 'read' }));
        expect(code).toBe(ErrorCode.RECEIPT_NOT_FOUND);
      });

      it.each(['no-such-message', '__proto__'])('rejects the unknown message %s', async (messageID) => {
        const sender = await as(f.sender);
        expect([ErrorCode.MESSAGE_NOT_FOUND, ErrorCode.RECEIPT_NOT_FOUND]).toContain(
          await codeOf(sender.adapter.getGroupMessageReadMemberList({ messageID, filter: 'read' })),
        );
      });
    });

    describe('markC2CMessageAsRead', () => {
      it('tells the peer who read and when (c2cRead)', async () => {
        const sender = await as(f.sender);
        const peer = await as(f.outsider);
        await send(sender, { conversationID: `C2C${f.outsider}` });
        await peer.waitFor('messages');
        await peer.adapter.markC2CMessageAsRead(f.sender);
        const event = await sender.waitFor('c2cRead');
        expect(event).toEqual({ type: 'c2cRead', userID: f.outsider, timestamp: expect.any(Number) });
      });

      it('rejects an unknown peer with USER_NOT_FOUND', async () => {
        const client = await as(f.sender);
        expect(await codeOf(client.adapter.markC2CMessageAsRead('no-such-user'))).toBe(ErrorCode.USER_NOT_FOUND);
      });
    });

    describe('events', () => {
      it('stops delivering after unsubscribe', async () => {
        const sender = await as(f.sender);
        const reader = await as(f.readers[0] as string);
        const seen: string[] = [];
        const unsubscribe = sender.adapter.subscribe((e) => seen.push(e.type));
        unsubscribe();
        const message = await send(sender);
        await reader.adapter.sendMessageReadReceipts([message.messageID]);
        await sender.waitFor('receipts');
        expect(seen).toEqual([]);
      });

      it('never shares objects between results: mutating one changes no later result', async () => {
        const sender = await as(f.sender);
        const message = await send(sender);
        const [receipt] = await sender.adapter.getMessageReadReceipts([message.messageID]);
        (receipt as GroupMessageReceipt).readCount = 999;
        message.text = 'changed';
        expect(await pull(sender, message)).toMatchObject({ readCount: 0 });
        const history = await sender.adapter.getMessageHistory({ conversationID: group(), count: 1 });
        expect(history.messages[0]?.text).toBe('hello');
      });
    });

    // The conversation list and reminders (issue 20), on the same setups.
    const features: FeatureContext = { fixture: () => f, as, send: (client, overrides) => send(client, overrides), foreignMessageCode };
    describeConversationList(features);
    describeReminders(features);
  });
}
