import { describe, expect, it } from 'vitest';
import { ChatError, ErrorCode } from '../../src/core';
import type { RemindUnreadInput } from '../../src/core';
import { codeOf, type Client } from './fixture';
import type { FeatureContext } from './conversation-contract';

/**
 * `remindUnread` (issue 20, item 1) on every adapter: the backend picks exactly the members who
 * have not read, each gets one `reminder` event linking to the message, and only the sender
 * may remind, once per interval.
 */
export function describeReminders(ctx: FeatureContext): void {
  const f = () => ctx.fixture();
  const group = () => `GROUP${f().receiptGroup}`;
  const reminders = (client: Client) => client.settle('reminder');

  /** The sender's message, read by readers 0 and 2; every reader online. */
  async function partlyRead() {
    const sender = await ctx.as(f().sender);
    const readers = await Promise.all(f().readers.map((id) => ctx.as(id)));
    const message = await ctx.send(sender);
    const read = [readers[0], readers[2]] as Client[];
    for (const reader of read) {
      await reader.adapter.getMessageHistory({ conversationID: group() });
      await reader.adapter.sendMessageReadReceipts([message.messageID]);
    }
    await sender.waitFor('receipts', (e) => e.receipts.some((r) => r.kind === 'group' && r.readCount === 2));
    return { sender, readers, message, read, unread: readers.filter((r) => !read.includes(r)) };
  }

  describe('remindUnread', () => {
    it('reminds exactly the members who have not read, each with one reminder linking to the message', async () => {
      const { sender, message, read, unread } = await partlyRead();
      const outsider = await ctx.as(f().outsider);
      const result = await sender.adapter.remindUnread({ messageID: message.messageID });
      expect(result.reminded).toBe(unread.length);
      expect(result.nextAllowedAt).toBeGreaterThan(Date.now() - 60_000);
      for (const member of unread) {
        const event = await member.waitFor('reminder');
        expect(event.reminder).toEqual({ messageID: message.messageID, conversationID: group(), senderID: f().sender, time: expect.any(Number) });
        expect(await reminders(member)).toHaveLength(1);
      }
      for (const member of [...read, sender, outsider]) expect(await reminders(member)).toEqual([]);
    });

    it('never turns a reminder into a message of the conversation', async () => {
      const { sender, message, unread } = await partlyRead();
      await sender.adapter.remindUnread({ messageID: message.messageID });
      const member = unread[0] as Client;
      await member.waitFor('reminder');
      const page = await member.adapter.getMessageHistory({ conversationID: group() });
      expect(page.messages.map((m) => m.messageID)).toEqual([message.messageID]);
      expect(member.events.filter((e) => e.type === 'messages').flatMap((e) => e.messages).map((m) => m.messageID)).toEqual([message.messageID]);
    });

    it('refuses a second reminder about the same message with RATE_LIMITED, saying when the next is allowed', async () => {
      const { sender, message, unread } = await partlyRead();
      const first = await sender.adapter.remindUnread({ messageID: message.messageID });
      let refusal: unknown;
      await sender.adapter.remindUnread({ messageID: message.messageID }).catch((error: unknown) => (refusal = error));
      expect(refusal).toBeInstanceOf(ChatError);
      expect(refusal).toMatchObject({ code: ErrorCode.RATE_LIMITED, retryAt: first.nextAllowedAt });
      for (const member of unread) expect(await reminders(member)).toHaveLength(1);
    });

    it('reminds nobody once everyone has read', async () => {
      const sender = await ctx.as(f().sender);
      const message = await ctx.send(sender);
      for (const id of f().readers) {
        const reader = await ctx.as(id);
        await reader.adapter.getMessageHistory({ conversationID: group() });
        await reader.adapter.sendMessageReadReceipts([message.messageID]);
      }
      await sender.waitFor('receipts', (e) => e.receipts.some((r) => r.kind === 'group' && r.unreadCount === 0));
      expect((await sender.adapter.remindUnread({ messageID: message.messageID })).reminded).toBe(0);
    });

    it('refuses a member who is not the sender with NO_PERMISSION, reminding nobody', async () => {
      const { message, readers, unread } = await partlyRead();
      expect(await codeOf((readers[1] as Client).adapter.remindUnread({ messageID: message.messageID }))).toBe(ErrorCode.NO_PERMISSION);
      for (const member of unread) expect(await reminders(member)).toEqual([]);
    });

    it('refuses a user outside the group', async () => {
      const sender = await ctx.as(f().sender);
      const outsider = await ctx.as(f().outsider);
      const message = await ctx.send(sender);
      expect(await codeOf(outsider.adapter.remindUnread({ messageID: message.messageID }))).toBe(ctx.foreignMessageCode);
    });

    it('refuses a message that did not ask for receipts, and one in a group without them', async () => {
      const sender = await ctx.as(f().sender);
      const plain = await ctx.send(sender, { needReadReceipt: false });
      expect(await codeOf(sender.adapter.remindUnread({ messageID: plain.messageID }))).toBe(ErrorCode.RECEIPT_NOT_FOUND);
      const community = await ctx.send(sender, { conversationID: `GROUP${f().noReceiptGroup}`, needReadReceipt: false });
      expect(await codeOf(sender.adapter.remindUnread({ messageID: community.messageID }))).toBe(ErrorCode.RECEIPTS_NOT_ENABLED);
    });

    it('refuses a 1:1 message with INVALID_PARAMETER: the chat has its read mark', async () => {
      const sender = await ctx.as(f().sender);
      const direct = await ctx.send(sender, { conversationID: `C2C${f().outsider}` });
      expect(await codeOf(sender.adapter.remindUnread({ messageID: direct.messageID }))).toBe(ErrorCode.INVALID_PARAMETER);
    });

    it.each(['no-such-message', '__proto__', 'constructor'])('refuses the unknown message %s', async (messageID) => {
      const sender = await ctx.as(f().sender);
      expect([ErrorCode.MESSAGE_NOT_FOUND, ErrorCode.RECEIPT_NOT_FOUND]).toContain(await codeOf(sender.adapter.remindUnread({ messageID })));
    });

    it.each([
      ['no input', null],
      ['a numeric messageID', { messageID: 42 }],
      ['an empty messageID', { messageID: '' }],
    ])('refuses %s with INVALID_PARAMETER', async (_label, input) => {
      const sender = await ctx.as(f().sender);
      expect(await codeOf(sender.adapter.remindUnread(input as unknown as RemindUnreadInput))).toBe(ErrorCode.INVALID_PARAMETER);
    });
  });
}
