import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import type { MessageReceipt } from '../../src/core/types';
import { ReadReceiptBadge } from '../../src/react/components/ReadReceiptBadge';

const group = (readCount: number, unreadCount: number): MessageReceipt => ({
  kind: 'group',
  messageID: 'm1',
  groupID: 'g1',
  readCount,
  unreadCount,
});
const c2c = (peerRead: boolean, timestamp?: number): MessageReceipt => ({
  kind: 'c2c',
  messageID: 'm1',
  userID: 'bob',
  peerRead,
  timestamp,
});

const meta = {
  title: 'Components/ReadReceiptBadge',
  component: ReadReceiptBadge,
  args: { receipt: group(3, 9) },
} satisfies Meta<typeof ReadReceiptBadge>;
export default meta;
type Story = StoryObj<typeof meta>;

export const OneToOneSent: Story = { args: { receipt: c2c(false) } };

/** The read time sits beside "Read", relative to now: no tooltip over the message. */
export const OneToOneRead: Story = {
  args: { receipt: c2c(true, new Date(2025, 2, 4, 7, 58).getTime()), now: new Date(2025, 2, 4, 9, 0).getTime() },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-status="read"]')).toHaveTextContent(/^Read Today 7:58/);
    await expect(within(canvasElement).queryByRole('tooltip')).toBeNull();
  },
};
export const OneToOneReadDark: Story = { ...OneToOneRead, globals: { theme: 'dark' } };
export const OneToOneReadRightToLeft: Story = { ...OneToOneRead, globals: { direction: 'rtl' } };
export const OneToOneReadKorean: Story = {
  ...OneToOneRead,
  globals: { locale: 'ko' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-status="read"]')).toHaveTextContent(/^오늘 .*7:58에 읽음$/);
  },
};

export const GroupNobodyRead: Story = { args: { receipt: group(0, 12) } };
export const GroupReadByOne: Story = { args: { receipt: group(1, 11) } };
export const GroupReadByN: Story = { args: { receipt: group(3, 9) } };
export const GroupReadByAll: Story = { args: { receipt: group(12, 0) } };
export const LargeCounts: Story = { args: { receipt: group(12345, 87655), onOpenMembers: fn() } };
export const Compact: Story = { args: { receipt: group(3, 9), variant: 'compact' } };
export const WithProgress: Story = { args: { receipt: group(7, 5), showProgress: true } };
export const Sending: Story = { args: { receipt: group(0, 12), messageStatus: 'sending' } };
export const InvalidCountsShowAsUnknown: Story = { args: { receipt: group(Number.NaN, -3) } };

export const OpensMembers: Story = {
  args: { receipt: group(3, 9), onOpenMembers: fn(), showProgress: true },
  play: async ({ args, canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: /^Read by 3, 3 of 12 members/ });
    await userEvent.click(button);
    await expect(args.onOpenMembers).toHaveBeenCalledTimes(1);
  },
};

export const RightToLeft: Story = {
  args: { receipt: group(3, 9), onOpenMembers: fn(), showProgress: true },
  globals: { direction: 'rtl' },
};

export const Korean: Story = { args: { receipt: group(3, 9), onOpenMembers: fn() }, globals: { locale: 'ko' } };

export const DarkTheme: Story = {
  args: { receipt: group(3, 9), onOpenMembers: fn(), showProgress: true },
  globals: { theme: 'dark' },
};

/**
 * Every status with its icon: clock, check, alert, ring while partly read, filled check, 1:1 double
 * check. In the read-by style, whatever the locale's (count-down shows no icon: see Receipt styles).
 */
export const StatusIcons: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 8, justifyItems: 'start' }}>
      <ReadReceiptBadge receipt={group(0, 12)} messageStatus="sending" />
      <ReadReceiptBadge receipt={group(0, 12)} messageStatus="failed" />
      <ReadReceiptBadge receipt={c2c(false)} />
      <ReadReceiptBadge receipt={c2c(true)} />
      <ReadReceiptBadge receipt={group(0, 12)} onOpenMembers={fn()} receiptStyle="read-by" />
      <ReadReceiptBadge receipt={group(1, 11)} onOpenMembers={fn()} receiptStyle="read-by" />
      <ReadReceiptBadge receipt={group(12, 0)} onOpenMembers={fn()} receiptStyle="read-by" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const glyphs = [...canvasElement.querySelectorAll('.rrr-badge svg')].map((svg) => svg.getAttribute('data-glyph') ?? 'ring');
    await expect(glyphs).toEqual(['clock', 'alert', 'check', 'check-read', 'check', 'ring', 'check-filled']);
  },
};
export const StatusIconsDark: Story = { ...StatusIcons, globals: { theme: 'dark' } };
export const StatusIconsRightToLeft: Story = { ...StatusIcons, globals: { direction: 'rtl' } };
export const StatusIconsKorean: Story = { ...StatusIcons, globals: { locale: 'ko' } };
