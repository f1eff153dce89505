import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/core';
import type { ConversationSummary, Message } from '../../src/core';
import { codeOf, type Client, type ContractFixture } from './fixture';

/** What the conversation and reminder cases need of the enclosing contract run. */
export interface FeatureContext {
  fixture(): ContractFixture;
  as(userID: string): Promise<Client>;
  /** Sends as `client` to the receipt group, or where `overrides` say. */
  send(client: Client, overrides?: Partial<{ conversationID: string; text: string; needReadReceipt: boolean }>): Promise<Message>;
  /** The code for a call on a message of a conversation the caller is not in (see ContractCapabilities). */
  foreignMessageCode: number;
}

/**
 * The conversation list (issue 20, item 2) on every adapter: rows as the list shows them,
 * unread counts, marking read, paging, the feed that keeps a shown list live, and refusals.
 */
export function describeConversationList(ctx: FeatureContext): void {
  const f = () => ctx.fixture();
  const group = () => `GROUP${f().receiptGroup}`;
  const reader = () => f().readers[0] as string;
  const row = async (client: Client, conversationID: string) => client.adapter.getConversation(conversationID);
  const all = async (client: Client, count: number) => {
    const rows: ConversationSummary[] = [];
    let nextSeq = '';
    for (let i = 0; i < 50; i += 1) {
      const page = await client.adapter.getConversationList({ nextSeq, count });
      expect(page.conversations.length).toBeLessThanOrEqual(count);
      rows.push(...page.conversations);
      if (page.isFinished) return rows;
      nextSeq = page.nextSeq;
    }
    throw new Error('conversation list never finished');
  };

  describe('getConversationList and getConversation', () => {
    it('lists the user’s conversations newest last message first, each with its name, type and last message', async () => {
      const sender = await ctx.as(f().sender);
      const inGroup = await ctx.send(sender, { text: 'group news' });
      const direct = await ctx.send(sender, { conversationID: `C2C${f().outsider}`, text: 'just you', needReadReceipt: true });
      const { conversations } = await sender.adapter.getConversationList();
      const ids = conversations.map((c) => c.conversationID);
      expect(ids.indexOf(`C2C${f().outsider}`)).toBeLessThan(ids.indexOf(group()));
      expect(conversations.find((c) => c.conversationID === group())).toMatchObject({
        type: 'group',
        name: expect.any(String),
        unreadCount: 0,
        muted: false,
        lastMessage: { messageID: inGroup.messageID, senderID: f().sender, text: 'group news', time: inGroup.time, needReadReceipt: true },
      });
      expect(conversations.find((c) => c.conversationID === `C2C${f().outsider}`)).toMatchObject({
        type: 'c2c',
        name: expect.stringMatching(/\S/),
        lastMessage: { messageID: direct.messageID, senderID: f().sender, text: 'just you' },
      });
    });

    it('counts the messages others sent since the user last read, never the user’s own', async () => {
      const sender = await ctx.as(f().sender);
      const member = await ctx.as(reader());
      await member.adapter.getConversationList();
      await ctx.send(sender);
      await ctx.send(sender, { text: 'and again' });
      await member.waitFor('conversations', (e) => e.conversations.some((c) => c.conversationID === group() && c.unreadCount === 2));
      expect(await row(member, group())).toMatchObject({ unreadCount: 2, lastMessage: expect.objectContaining({ text: 'and again' }) });
      expect((await row(sender, group())).unreadCount).toBe(0);
    });

    it('says where the unread divider goes: the unreadCount-th newest message from others', async () => {
      const sender = await ctx.as(f().sender);
      const member = await ctx.as(reader());
      await member.adapter.getConversationList();
      const first = await ctx.send(sender, { text: 'first unread' });
      await ctx.send(sender, { text: 'second unread' });
      await member.waitFor('conversations', (e) => e.conversations.some((c) => c.conversationID === group() && c.unreadCount === 2));
      const { unreadCount } = await row(member, group());
      const page = await member.adapter.getMessageHistory({ conversationID: group(), count: 20 });
      const fromOthers = page.messages.filter((m) => m.senderID !== reader());
      expect(fromOthers[fromOthers.length - unreadCount]?.messageID).toBe(first.messageID);
    });

    it('pages with nextSeq through every conversation once', async () => {
      const sender = await ctx.as(f().sender);
      await ctx.send(sender);
      await ctx.send(sender, { conversationID: `GROUP${f().noReceiptGroup}`, needReadReceipt: false });
      await ctx.send(sender, { conversationID: `C2C${f().outsider}` });
      await ctx.send(sender, { conversationID: `C2C${reader()}` });
      const rows = await all(sender, 1);
      const ids = rows.map((c) => c.conversationID);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(expect.arrayContaining([group(), `GROUP${f().noReceiptGroup}`, `C2C${f().outsider}`, `C2C${reader()}`]));
    });

    it('gives the total unread count: the rows’ counts summed, muted ones left out', async () => {
      const sender = await ctx.as(f().sender);
      const member = await ctx.as(reader());
      await member.adapter.getConversationList();
      await ctx.send(sender);
      await ctx.send(sender, { conversationID: `C2C${reader()}`, needReadReceipt: false });
      await member.waitFor('unreadTotal', (e) => e.totalUnreadCount === 2);
      const rows = await all(member, 100);
      const total = await member.adapter.getTotalUnreadMessageCount();
      expect(total).toBe(2);
      expect(rows.filter((c) => !c.muted).reduce((sum, c) => sum + c.unreadCount, 0)).toBe(total);
    });

    // The fixture exists once a case runs, so the table names roles, not IDs.
    it.each([
      ['a group the user is not in', 'receiptGroup', 'outsider', ErrorCode.NO_PERMISSION],
      ['an unknown group', 'GROUPno-such-group', 'sender', ErrorCode.GROUP_NOT_FOUND],
      ['the group __proto__', 'GROUP__proto__', 'sender', ErrorCode.GROUP_NOT_FOUND],
      ['an unknown peer', 'C2Cno-such-user', 'sender', ErrorCode.USER_NOT_FOUND],
      ['an ID of neither kind', 'XYZ', 'sender', ErrorCode.CONVERSATION_NOT_FOUND],
    ] as const)('refuses to describe or mark read %s', async (_label, target, role, code) => {
      const client = await ctx.as(f()[role]);
      const conversationID = target === 'receiptGroup' ? group() : target;
      expect(await codeOf(client.adapter.getConversation(conversationID))).toBe(code);
      expect(await codeOf(client.adapter.markConversationRead(conversationID))).toBe(code);
    });

    it.each([
      ['a forged nextSeq', { nextSeq: '!!not-a-cursor' }],
      ['count 0', { count: 0 }],
      ['count 1.5', { count: 1.5 }],
    ])('refuses a list query with %s with INVALID_PARAMETER', async (_label, query) => {
      const client = await ctx.as(f().sender);
      expect(await codeOf(client.adapter.getConversationList(query))).toBe(ErrorCode.INVALID_PARAMETER);
    });
  });

  describe('markConversationRead', () => {
    it('drops a group’s unread count to 0 and pushes the row and the total', async () => {
      const sender = await ctx.as(f().sender);
      const member = await ctx.as(reader());
      await member.adapter.getConversationList();
      await ctx.send(sender);
      await member.waitFor('unreadTotal', (e) => e.totalUnreadCount === 1);
      await member.adapter.markConversationRead(group());
      await member.waitFor('conversations', (e) => e.conversations.some((c) => c.conversationID === group() && c.unreadCount === 0));
      await member.waitFor('unreadTotal', (e) => e.totalUnreadCount === 0);
      expect((await row(member, group())).unreadCount).toBe(0);
      expect(await member.adapter.getTotalUnreadMessageCount()).toBe(0);
    });

    it('in a 1:1 chat zeroes the unread count and tells the peer when (c2cRead, peerReadTime)', async () => {
      const sender = await ctx.as(f().sender);
      const peer = await ctx.as(f().outsider);
      const message = await ctx.send(sender, { conversationID: `C2C${f().outsider}`, needReadReceipt: false });
      await peer.waitFor('messages');
      expect((await row(peer, `C2C${f().sender}`)).unreadCount).toBe(1);
      await peer.adapter.markConversationRead(`C2C${f().sender}`);
      expect(await sender.waitFor('c2cRead')).toEqual({ type: 'c2cRead', userID: f().outsider, timestamp: expect.any(Number) });
      expect((await row(peer, `C2C${f().sender}`)).unreadCount).toBe(0);
      const seen = await row(sender, `C2C${f().outsider}`);
      expect(seen.peerReadTime).toBeGreaterThanOrEqual(message.time);
    });
  });

  describe('the conversation feed', () => {
    it('pushes the changed row, with its last message, to a client that listed its conversations', async () => {
      const sender = await ctx.as(f().sender);
      const member = await ctx.as(reader());
      await member.adapter.getConversationList();
      const message = await ctx.send(sender, { text: 'fresh' });
      const event = await member.waitFor('conversations', (e) => e.conversations.some((c) => c.lastMessage?.messageID === message.messageID));
      expect(event.conversations.find((c) => c.conversationID === group())).toMatchObject({
        unreadCount: 1,
        lastMessage: { senderID: f().sender, text: 'fresh', needReadReceipt: true },
      });
    });

    it('pushes the total to a client that asked for it', async () => {
      const sender = await ctx.as(f().sender);
      const member = await ctx.as(reader());
      expect(await member.adapter.getTotalUnreadMessageCount()).toBe(0);
      await ctx.send(sender);
      expect(await member.waitFor('unreadTotal')).toEqual({ type: 'unreadTotal', totalUnreadCount: 1 });
    });

    it('pushes nothing of it to a client that never asked for the list or the total', async () => {
      const sender = await ctx.as(f().sender);
      const member = await ctx.as(reader());
      await ctx.send(sender);
      await member.waitFor('messages');
      expect(await member.settle('conversations')).toEqual([]);
      expect(await member.settle('unreadTotal')).toEqual([]);
    });
  });
}
