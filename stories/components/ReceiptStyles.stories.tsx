import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import type { Message, MessageReceipt } from '../../src/core/types';
import { MessageBubble } from '../../src/react/components/MessageBubble';
import { ReadReceiptBadge, type ReadReceiptBadgeProps } from '../../src/react/components/ReadReceiptBadge';
import type { ReceiptStyle } from '../../src/react/i18n/receipt-style';

const group = (messageID: string, readCount: number, unreadCount: number): MessageReceipt => ({
  kind: 'group',
  messageID,
  groupID: 'g1',
  readCount,
  unreadCount,
});

/** One style in every state: none, some and all of 12 read (each can open the reader list), sending, failed, and a 1:1 read. */
function States(args: ReadReceiptBadgeProps) {
  return (
    <div style={{ display: 'grid', gap: 8, justifyItems: 'start' }}>
      <ReadReceiptBadge {...args} receipt={group('m1', 0, 12)} data-case="none" />
      <ReadReceiptBadge {...args} receipt={group('m2', 3, 9)} data-case="partial" />
      <ReadReceiptBadge {...args} receipt={group('m3', 12, 0)} data-case="all" />
      <ReadReceiptBadge {...args} receipt={group('m4', 0, 12)} messageStatus="sending" data-case="sending" />
      <ReadReceiptBadge {...args} receipt={group('m5', 0, 12)} messageStatus="failed" data-case="failed" />
      <ReadReceiptBadge {...args} receipt={{ kind: 'c2c', messageID: 'm6', userID: 'bob', peerRead: true }} data-case="c2c" />
    </div>
  );
}

/** What each style shows in English: none, partial and all read, then sending, failed and 1:1. */
const SHOWN: Record<ReceiptStyle, string[]> = {
  'read-by': ['Unread', 'Read by 3', 'Read by all'],
  unread: ['12 unread', '9 unread', 'All read'],
  'count-down': ['12', '9', ''],
  ring: ['', '', ''],
};
const ALWAYS = ['Sending…', 'Not sent', 'Read'];

const visible = (element: Element) => {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.rrr-visually-hidden').forEach((node) => node.remove());
  return copy.textContent ?? '';
};

const meta = {
  title: 'Components/Receipt styles',
  component: ReadReceiptBadge,
  render: States,
  args: { onOpenMembers: fn() },
  play: async ({ canvasElement, globals }) => {
    const badges = [...canvasElement.querySelectorAll('[data-case]')];
    const style = badges[0]!.getAttribute('data-receipt-style') as ReceiptStyle;
    // Every button's name begins with what it shows (WCAG 2.5.3), in every locale.
    for (const button of canvasElement.querySelectorAll('button')) {
      await expect(button.getAttribute('aria-label')?.startsWith(visible(button))).toBe(true);
    }
    if (globals.locale === 'en') await expect(badges.map(visible)).toEqual([...SHOWN[style], ...ALWAYS]);
  },
} satisfies Meta<typeof ReadReceiptBadge>;
export default meta;
type Story = StoryObj<typeof meta>;

/** LINE's "Read 3": the default for English and every locale but Korean and Chinese. */
export const ReadBy: Story = { args: { receiptStyle: 'read-by' } };
export const ReadByDark: Story = { ...ReadBy, globals: { theme: 'dark' } };

/** DingTalk and WeCom: "9 unread" until "All read"; the default for Chinese. */
export const Unread: Story = { args: { receiptStyle: 'unread' } };
export const UnreadDark: Story = { ...Unread, globals: { theme: 'dark' } };
export const UnreadChinese: Story = { args: {}, globals: { locale: 'zh-CN' } };
export const UnreadTraditionalChinese: Story = { args: {}, globals: { locale: 'zh-TW' } };

/** KakaoTalk: the number who have not read, gone once all read (then no button: nothing to press). */
export const CountDown: Story = { args: { receiptStyle: 'count-down' } };
export const CountDownDark: Story = { ...CountDown, globals: { theme: 'dark' } };
export const CountDownRightToLeft: Story = { ...CountDown, globals: { direction: 'rtl' } };
export const CountDownKorean: Story = { args: {}, globals: { locale: 'ko' } };

/** Feishu: a ring filling with the read share that turns into a check; the words are for screen readers. */
export const Ring: Story = { args: { receiptStyle: 'ring' } };
export const RingDark: Story = { ...Ring, globals: { theme: 'dark' } };
export const RingRightToLeft: Story = { ...Ring, globals: { direction: 'rtl' } };
export const RingKorean: Story = { ...Ring, globals: { locale: 'ko' } };

const message = (messageID: string, senderID: string, text: string): Message => ({
  messageID,
  conversationID: 'GROUPg1',
  senderID,
  text,
  time: Date.UTC(2025, 2, 4, 10, 32),
  seq: 1,
  status: 'sent',
  needReadReceipt: true,
});

/**
 * Count-down in a conversation: own messages, and others' where the backend gives a reader the
 * counts (Tencent and the mock backend do not: there others' messages show no number).
 */
export const CountDownInBubbles: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 8 }}>
      <MessageBubble message={message('b1', 'alice', 'Lunch at 12:30?')} sender={{ userID: 'alice', nickname: 'Alice Kim' }} receipt={group('b1', 4, 7)} receiptStyle="count-down" />
      <MessageBubble message={message('b2', 'bob', 'Counts unknown here')} sender={{ userID: 'bob', nickname: 'Bob Lee' }} receiptStyle="count-down" />
      <MessageBubble message={message('b3', 'me', 'Sounds good')} own receipt={group('b3', 2, 9)} receiptStyle="count-down" onOpenMembers={fn()} />
      <MessageBubble message={message('b4', 'me', 'See you there')} own receipt={group('b4', 11, 0)} receiptStyle="count-down" onOpenMembers={fn()} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const shown = (id: string) => canvasElement.querySelector(`[data-message-id="${id}"] .rrr-badge-text`)?.textContent;
    await expect([shown('b1'), shown('b2'), shown('b3'), shown('b4')]).toEqual(['7', undefined, '9', undefined]);
    // Own messages stay buttons, the one read by all as a filled check: its reader list is a press away.
    await expect([...canvasElement.querySelectorAll('button.rrr-badge')].map((b) => b.closest('[data-message-id]')?.getAttribute('data-message-id'))).toEqual(['b3', 'b4']);
    await expect(canvasElement.querySelector('[data-message-id="b4"] .rrr-glyph')).toHaveAttribute('data-glyph', 'check-filled');
  },
};
export const CountDownInBubblesDark: Story = { ...CountDownInBubbles, globals: { theme: 'dark' } };
export const CountDownInBubblesKorean: Story = { ...CountDownInBubbles, globals: { locale: 'ko' } };
