import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ComponentProps } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { Message } from '../../src/core/types';
import { MessageBubble } from '../../src/react/components/MessageBubble';
import { MessageList } from '../../src/react/components/MessageList';

const now = Date.UTC(2025, 2, 4, 12, 0);
const names: Record<string, string> = { me: 'Me', alice: 'Alice Kim', bob: 'Bob Lee' };
const messages: Message[] = Array.from({ length: 40 }, (_, i) => {
  const senderID = ['me', 'alice', 'bob'][i % 3] ?? 'me';
  return {
    messageID: `m${i}`,
    conversationID: 'GROUPg1',
    senderID,
    text: i % 5 === 0 ? `Message ${i}: ${'a longer thought that wraps onto more lines. '.repeat(3)}` : `Message ${i}`,
    time: now - (40 - i) * 90 * 60_000,
    seq: i + 1,
    status: 'sent',
    needReadReceipt: senderID === 'me',
  };
});

/**
 * The list paints its newest rows plainly, and virtua takes its place a frame or two later
 * (`virtual-log.tsx`): the checks, and the a11y audit after them, look at the list once it has.
 * An audit running across the swap met rows mid-change (dark text on no background).
 */
const settled = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  await waitFor(() => expect(canvasElement.querySelector('[role="log"] .rrr-message-row:not([data-virtua])')).toBeNull());
};

const meta = {
  title: 'Components/MessageList',
  play: settled,
  component: MessageList,
  decorators: [
    (Story) => (
      <div style={{ blockSize: 480, display: 'flex', flexDirection: 'column' }}>
        <Story />
      </div>
    ),
  ],
  args: {
    messages,
    now,
    renderMessage: (message: Message, run) => (
      <MessageBubble
        message={message}
        run={run}
        showSender
        own={message.senderID === 'me'}
        sender={{ userID: message.senderID, nickname: names[message.senderID] }}
        receipt={{ kind: 'group', messageID: message.messageID, groupID: 'g1', readCount: 1, unreadCount: 1 }}
      />
    ),
  },
} satisfies Meta<typeof MessageList>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithOlderMessages: Story = { args: { hasMore: true, onLoadMore: fn() } };
export const LoadingOlder: Story = { args: { hasMore: true, moreStatus: 'loading' } };
export const Empty: Story = { args: { messages: [] } };
export const DarkTheme: Story = { args: { hasMore: true }, globals: { theme: 'dark' } };

/** Opened with 14 unread: the divider is above the view, and a jump to it is offered. */
export const UnreadDivider: Story = {
  args: { firstUnreadID: 'm26', unreadCount: 14 },
  play: async ({ canvasElement }) => {
    await settled({ canvasElement });
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Jump to first unread' }));
    await waitFor(() => expect(canvas.getByText('14 unread messages')).toBeVisible());
    await waitFor(() => expect(canvas.queryByRole('button', { name: 'Jump to first unread' })).toBeNull());
  },
};
/** The same conversation, opened at its first unread message. */
export const StartAtFirstUnread: Story = {
  args: { firstUnreadID: 'm26', unreadCount: 14, startAt: 'first-unread' },
  play: async ({ canvasElement }) => {
    await settled({ canvasElement });
    await waitFor(() => expect(within(canvasElement).getByText('14 unread messages')).toBeVisible());
  },
};
export const UnreadDividerDark: Story = { args: { firstUnreadID: 'm36', unreadCount: 4 }, globals: { theme: 'dark' } };
export const UnreadDividerKorean: Story = { args: { firstUnreadID: 'm36', unreadCount: 4 }, globals: { locale: 'ko' } };

// Runs: Alice three times within a minute, then you twice, then Bob once.
const runs: Message[] = [
  ['alice', 'Morning! Quick update on the launch'],
  ['alice', 'The store listing is live'],
  ['alice', 'Screenshots are in the shared folder'],
  ['me', 'Great, thanks!'],
  ['me', 'I will post it in #general'],
  ['bob', '👍'],
].map(([senderID, text], i) => ({
  messageID: `r${i}`,
  conversationID: 'GROUPg1',
  senderID: senderID as string,
  text: text as string,
  time: now - (6 - i) * 20_000,
  seq: i + 1,
  status: 'sent',
  needReadReceipt: senderID === 'me',
}));

/** One sender's messages within a few minutes: name and avatar once, the time on the last. */
export const GroupedRuns: Story = {
  args: { messages: runs },
  play: async ({ canvasElement }) => {
    await settled({ canvasElement });
    const rows = [...canvasElement.querySelectorAll('.rrr-message')];
    await expect(rows.map((row) => row.getAttribute('data-run'))).toEqual(['first', 'middle', 'last', 'first', 'last', 'single']);
    await expect(canvasElement.querySelectorAll('.rrr-avatar')).toHaveLength(2);
    await expect(canvasElement.querySelectorAll('time')).toHaveLength(3);
  },
};
export const GroupedRunsDark: Story = { ...GroupedRuns, globals: { theme: 'dark' } };
export const GroupedRunsRightToLeft: Story = { ...GroupedRuns, globals: { direction: 'rtl' } };
export const GroupedRunsKorean: Story = { ...GroupedRuns, globals: { locale: 'ko' } };

/** An older page on its way: a spinner beside "Loading older messages…". */
export const LoadingOlderSpinner: Story = {
  args: { hasMore: true, moreStatus: 'loading' },
  play: async ({ canvasElement }) => {
    await settled({ canvasElement });
    await expect(canvasElement.querySelector('[role="status"] .rrr-spinner')).not.toBeNull();
  },
};
export const LoadingOlderSpinnerDark: Story = { ...LoadingOlderSpinner, globals: { theme: 'dark' } };
export const LoadingOlderSpinnerRightToLeft: Story = { ...LoadingOlderSpinner, globals: { direction: 'rtl' } };
export const LoadingOlderSpinnerKorean: Story = { ...LoadingOlderSpinner, globals: { locale: 'ko' } };

const arrivals = (count: number): Message[] =>
  Array.from({ length: count }, (_, i) => ({
    messageID: `n${i}`,
    conversationID: 'GROUPg1',
    senderID: i % 2 === 0 ? 'alice' : 'bob',
    text: `Just arrived ${i + 1}`,
    time: now + (i + 1) * 60_000,
    seq: 100 + i,
    status: 'sent',
    needReadReceipt: false,
  }));

/** The list plus a stand-in for the network: each click delivers one more message. */
function Arriving(props: ComponentProps<typeof MessageList>) {
  const [extra, setExtra] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setExtra((n) => n + 1)}>
        Deliver a message
      </button>
      <MessageList {...props} messages={[...props.messages, ...arrivals(extra)]} />
    </>
  );
}

/** Scrolled up while two messages arrive: "2 new messages ↓" under the log, covering no row. */
export const NewMessagesPill: Story = {
  render: (args) => <Arriving {...args} />,
  play: async ({ canvasElement }) => {
    await settled({ canvasElement });
    const canvas = within(canvasElement);
    const log = canvas.getByRole('log');
    // The reader scrolls to the top and stays there (rows still being measured may move it once).
    await waitFor(async () => {
      log.scrollTop = 0;
      for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      await expect(log.scrollTop).toBeLessThan(10);
    });
    const deliver = canvas.getByRole('button', { name: 'Deliver a message' });
    await userEvent.click(deliver);
    await userEvent.click(deliver);
    const pill = await waitFor(() => {
      const found = canvasElement.querySelector<HTMLButtonElement>('.rrr-new-messages');
      if (!found) throw new Error('no new-messages control yet');
      return found;
    });
    await expect(pill).toHaveTextContent(/2/);
    await expect(pill.getBoundingClientRect().top).toBeGreaterThanOrEqual(log.getBoundingClientRect().bottom);
    await userEvent.click(pill);
    await waitFor(() => expect(canvasElement.querySelector('.rrr-new-messages')).toBeNull());
    await expect(canvas.getByText('Just arrived 2')).toBeVisible();
  },
};
export const NewMessagesPillDark: Story = { ...NewMessagesPill, globals: { theme: 'dark' } };
export const NewMessagesPillRightToLeft: Story = { ...NewMessagesPill, globals: { direction: 'rtl' } };
export const NewMessagesPillKorean: Story = { ...NewMessagesPill, globals: { locale: 'ko' } };
export const UnreadDividerRightToLeft: Story = { args: { firstUnreadID: 'm36', unreadCount: 4 }, globals: { direction: 'rtl' } };
