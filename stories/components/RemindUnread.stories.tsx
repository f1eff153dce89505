import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ChatError, ErrorCode } from '../../src/core/errors';
import type { ReadMember } from '../../src/core/types';
import { RemindUnread } from '../../src/react/components/RemindUnread';

const NOW = Date.UTC(2025, 2, 4, 10, 32);
const members: ReadMember[] = ['Jiwoo Park', 'Mei Chen', 'Sam Rivera', 'Ana Lima', 'Kenji Sato', 'Lea Roth'].map((nickname, i) => ({
  profile: { userID: `u${i}`, nickname },
}));

const meta = {
  title: 'Components/RemindUnread',
  component: RemindUnread,
  args: { unreadCount: 48, recipients: members, now: NOW, onRemind: fn() },
} satisfies Meta<typeof RemindUnread>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Ready: Story = {};
export const Confirming: Story = {
  args: { defaultConfirmOpen: true },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('and 43 more')).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Send reminder' }));
    await expect(args.onRemind).toHaveBeenCalledTimes(1);
  },
};
export const Sending: Story = { args: { status: 'loading' } };
export const RateLimited: Story = { args: { status: 'ready', reminded: 48, nextAllowedAt: NOW + 5 * 60_000 } };
export const RemindedLimitOver: Story = { args: { status: 'ready', reminded: 48, nextAllowedAt: NOW - 1 } };
export const Failed: Story = { args: { status: 'error', error: new ChatError(ErrorCode.NETWORK, 'offline') } };
export const NobodyLeft: Story = { args: { unreadCount: 0, recipients: [] } };
export const HundredThousand: Story = { args: { unreadCount: 99_998, defaultConfirmOpen: true } };
export const Korean: Story = { args: { defaultConfirmOpen: true }, globals: { locale: 'ko' } };
export const ChineseRateLimited: Story = { args: { status: 'ready', reminded: 48, nextAllowedAt: NOW + 60_000 }, globals: { locale: 'zh-CN' } };
export const DarkTheme: Story = { args: { defaultConfirmOpen: true }, globals: { theme: 'dark' } };
export const RightToLeft: Story = { args: { defaultConfirmOpen: true }, globals: { direction: 'rtl' } };
