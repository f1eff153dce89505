import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import type { ConversationSummary } from '../../src/core/types';
import { ConversationList } from '../../src/react/components/ConversationList';

const NOW = Date.UTC(2025, 2, 4, 10, 32);
const team: ConversationSummary = {
  conversationID: 'GROUPteam',
  type: 'group',
  name: 'Design team',
  lastMessage: { messageID: 'm1', senderID: 'alice', text: 'Standup moved to ten', time: NOW - 5 * 60_000, seq: 9, needReadReceipt: true },
  unreadCount: 3,
  muted: false,
};
const bob: ConversationSummary = {
  conversationID: 'C2Cbob',
  type: 'c2c',
  name: 'Bob Lee',
  lastMessage: { senderID: 'me', text: 'See you tomorrow', time: NOW - 86_400_000, seq: 4 },
  unreadCount: 0,
  muted: false,
  peerReadTime: NOW,
};
const news: ConversationSummary = {
  conversationID: 'GROUPnews',
  type: 'group',
  name: 'Company news',
  lastMessage: { senderID: 'carol', text: 'Quarterly results are out', time: NOW - 3 * 86_400_000, seq: 120 },
  unreadCount: 148,
  muted: true,
};
const quiet: ConversationSummary = { conversationID: 'GROUPnew', type: 'group', name: 'New project', unreadCount: 0, muted: false };

const many = Array.from({ length: 5000 }, (_, i): ConversationSummary => ({
  conversationID: `C2Cuser${i}`,
  type: 'c2c',
  name: `User ${i + 1}`,
  lastMessage: { senderID: `user${i}`, text: `Message ${i + 1}`, time: NOW - i * 60_000, seq: 1 },
  unreadCount: i % 7,
  muted: i % 11 === 0,
}));

const meta = {
  title: 'Components/ConversationList',
  component: ConversationList,
  args: {
    conversations: [team, bob, news, quiet],
    currentUserID: 'me',
    receipts: new Map([['C2Cbob', 'read' as const]]),
    now: NOW,
    onSelect: fn(),
    style: { blockSize: 360, inlineSize: 360 },
  },
} satisfies Meta<typeof ConversationList>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: /Design team/ })).toHaveTextContent('3 unread messages');
    await userEvent.click(canvas.getByRole('button', { name: /Bob Lee/ }));
    await expect(args.onSelect).toHaveBeenCalledWith('C2Cbob');
  },
};
export const Selected: Story = { args: { selectedID: 'GROUPteam' } };
export const OwnMessageSent: Story = { args: { conversations: [bob], receipts: new Map([['C2Cbob', 'sent' as const]]) } };
export const OwnMessageRead: Story = { args: { conversations: [bob] } };
/** A conversation left with an unsent draft: "Draft: …" in place of its last message. */
export const WithDraft: Story = { args: { drafts: new Map([['C2Cbob', 'Lunch at one? I can book']]) } };
export const WithDraftDark: Story = { ...WithDraft, globals: { theme: 'dark' } };
export const MutedWithUnread: Story = { args: { conversations: [news] } };
export const WithoutMessages: Story = { args: { conversations: [quiet] } };
export const Loading: Story = { args: { conversations: [], status: 'loading' } };
export const Failed: Story = { args: { conversations: [], status: 'error', onRetry: fn() } };
export const Empty: Story = { args: { conversations: [] } };
export const LoadingMore: Story = { args: { hasMore: true, moreStatus: 'loading', onLoadMore: fn() } };
export const FiveThousand: Story = {
  args: { conversations: many, receipts: new Map() },
  play: async ({ canvasElement }) => {
    // Virtualized: a screenful of rows, not 5,000.
    await expect(within(canvasElement).getAllByRole('listitem').length).toBeLessThan(30);
  },
};
export const Korean: Story = { globals: { locale: 'ko' } };
export const RightToLeft: Story = { globals: { direction: 'rtl' } };
export const DarkTheme: Story = { globals: { theme: 'dark' } };
