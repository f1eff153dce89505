import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ChatError, ErrorCode } from '../../src/core/errors';
import type { ReadMember } from '../../src/core/types';
import { useFakeMemberList } from '../../test/support/fake-member-list';
import { ReadMemberListDrawer, type ReadMemberListDrawerProps } from '../../src/react/components/ReadMemberListDrawer';
import { ReadReceiptBadge } from '../../src/react/components/ReadReceiptBadge';
import { RemindUnread } from '../../src/react/components/RemindUnread';
import type { MemberListState } from '../../src/react/member-list-state';

const members = (count: number, start = 0, read = true): ReadMember[] =>
  Array.from({ length: count }, (_, i) => ({
    profile: { userID: `user${start + i}`, nickname: `Member ${start + i}` },
    readTime: read ? Date.UTC(2025, 2, 4, 10, 40) + i * 60_000 : undefined,
  }));

const list = (overrides: Partial<MemberListState> = {}): MemberListState => ({
  status: 'ready',
  members: [],
  error: null,
  hasMore: false,
  moreStatus: 'idle',
  loadMore: fn(),
  retry: fn(),
  ...overrides,
});

/** A badge that opens the drawer, as in a conversation: focus returns to it on close. */
function WithTrigger(props: ReadMemberListDrawerProps) {
  const [open, setOpen] = useState(props.defaultOpen ?? false);
  const readCount = props.readCount ?? 0;
  const unreadCount = props.unreadCount ?? 0;
  return (
    <>
      <ReadReceiptBadge
        receipt={{ kind: 'group', messageID: 'm1', groupID: 'g1', readCount, unreadCount }}
        onOpenMembers={() => setOpen(true)}
      />
      <ReadMemberListDrawer {...props} open={open} onOpenChange={setOpen} />
    </>
  );
}

const meta = {
  title: 'Components/ReadMemberListDrawer',
  component: ReadMemberListDrawer,
  // Modal dialogs would take over the docs page.
  tags: ['!autodocs'],
  render: (args) => <WithTrigger {...args} />,
  args: {
    defaultOpen: true,
    readCount: 3,
    unreadCount: 2,
    read: list({ members: members(3) }),
    unread: list({ members: members(2, 100, false) }),
  },
} satisfies Meta<typeof ReadMemberListDrawer>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Loading: Story = {
  args: { read: list({ status: 'loading' }), unread: list({ status: 'loading' }) },
};

export const LoadError: Story = {
  args: {
    read: list({ status: 'error', error: new ChatError(ErrorCode.NETWORK, 'Network error'), hasMore: true }),
  },
};

export const ErrorAfterSomeRows: Story = {
  args: {
    read: list({
      status: 'error',
      members: members(3),
      error: new ChatError(ErrorCode.TIMEOUT, 'Timed out'),
      hasMore: true,
    }),
  },
};

export const EmptyReadTab: Story = { args: { readCount: 0, unreadCount: 5, read: list(), unread: list({ members: members(5, 0, false) }) } };

export const EmptyUnreadTab: Story = {
  args: { defaultTab: 'unread', readCount: 5, unreadCount: 0, read: list({ members: members(5) }), unread: list() },
};

/** The sender's Unread tab: "Remind 2" asks first, naming who gets it. */
export const SenderRemindsUnread: Story = {
  args: {
    defaultTab: 'unread',
    unreadActions: <RemindUnread unreadCount={2} recipients={members(2, 100, false)} now={Date.UTC(2025, 2, 4, 10, 40)} onRemind={fn()} />,
  },
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: 'Message receipts' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remind 2' }));
    const confirm = within(dialog).getByRole('group', { name: /Send a reminder to the 2 members/ });
    await expect(within(confirm).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Member 100', 'Member 101']);
  },
};

export const BothFilled: Story = {
  args: { defaultOpen: false, onTabChange: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const badge = canvas.getByRole('button', { name: /^Read by 3, 3 of 5 members/ });
    await userEvent.click(badge);
    const dialog = await canvas.findByRole('dialog', { name: 'Message receipts' });
    const readTab = within(dialog).getByRole('tab', { name: 'Read (3)' });
    await waitFor(() => expect(readTab).toHaveFocus());
    await userEvent.keyboard('{ArrowRight}');
    const unreadTab = within(dialog).getByRole('tab', { name: 'Unread (2)' });
    await waitFor(() => expect(unreadTab).toHaveAttribute('aria-selected', 'true'));
    await expect(args.onTabChange).toHaveBeenCalledWith('unread');
    await expect(within(dialog).getByRole('tabpanel')).toHaveTextContent('Member 100');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));
    await expect(badge).toHaveFocus();
  },
};

export const LongAndRightToLeftNames: Story = {
  args: {
    readCount: 3,
    read: list({
      members: [
        { profile: { userID: 'u1', nameCard: 'מנהלת הפרויקט הראשית של הצוות הבינלאומי' }, readTime: Date.UTC(2025, 2, 4, 10, 41) },
        { profile: { userID: 'u2', nickname: 'محمد عبد الرحمن' }, readTime: Date.UTC(2025, 2, 4, 10, 42) },
        { profile: { userID: 'a-very-long-user-id-without-any-profile-at-all-0123456789' } },
      ],
    }),
  },
};

function TenThousand(props: ReadMemberListDrawerProps) {
  const read = useFakeMemberList({ total: 10_000 });
  const unread = useFakeMemberList({ total: 0, firstPage: false, read: false });
  return <WithTrigger {...props} readCount={10_000} unreadCount={0} read={read} unread={unread} />;
}

export const TenThousandMembers: Story = {
  render: (args) => <TenThousand {...args} />,
  play: async ({ canvasElement }) => {
    const panel = within(canvasElement).getByRole('tabpanel');
    panel.scrollTop = panel.scrollHeight;
    await waitFor(() => expect(canvasElement.querySelectorAll('[data-member-row]').length).toBeGreaterThan(0));
    await expect(canvasElement.querySelectorAll('[data-member-row]').length).toBeLessThanOrEqual(200);
  },
};

export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** The header names the message on one line and sums up "9 of 19 read" beside a ring; newest readers first. */
export const MessageHeader: Story = {
  args: {
    readCount: 9,
    unreadCount: 10,
    preview: 'Please review the new palette by Friday, and leave comments in the doc before the design crit.',
    read: list({ members: members(9).reverse() }),
    unread: list({ members: members(10, 100, false) }),
  },
  play: async () => {
    const dialog = await within(document.body).findByRole('dialog', { name: /./ });
    await expect(dialog.querySelector('.rrr-drawer-preview')).toBeVisible();
    await expect(dialog.querySelector('.rrr-drawer-summary svg')).not.toBeNull();
  },
};
export const MessageHeaderDark: Story = { ...MessageHeader, globals: { theme: 'dark' } };
export const MessageHeaderRightToLeft: Story = {
  ...MessageHeader,
  args: { ...MessageHeader.args, preview: 'يرجى مراجعة لوحة الألوان الجديدة بحلول يوم الجمعة' },
  globals: { direction: 'rtl' },
};
export const MessageHeaderKorean: Story = {
  ...MessageHeader,
  args: { ...MessageHeader.args, preview: '금요일까지 새 팔레트를 검토해 주세요.' },
  globals: { locale: 'ko' },
  play: async () => {
    const dialog = await within(document.body).findByRole('dialog', { name: /./ });
    await expect(within(dialog).getByText('19명 중 9명 읽음')).toBeVisible();
  },
};

/** Members are moving: the count says 5 read, 3 rows are in. Skeletons fill in, no early "End of list". */
export const CountAheadOfRows: Story = {
  args: { readCount: 5, unreadCount: 0, read: list({ members: members(3) }), unread: list() },
  play: async () => {
    const dialog = await within(document.body).findByRole('dialog', { name: /./ });
    await expect(dialog.querySelectorAll('[data-skeleton]')).toHaveLength(2);
    await expect(within(dialog).queryByText('End of list')).toBeNull();
  },
};
export const CountAheadOfRowsDark: Story = { ...CountAheadOfRows, globals: { theme: 'dark' } };
export const CountAheadOfRowsRightToLeft: Story = { ...CountAheadOfRows, globals: { direction: 'rtl' } };
export const CountAheadOfRowsKorean: Story = { ...CountAheadOfRows, globals: { locale: 'ko' } };
