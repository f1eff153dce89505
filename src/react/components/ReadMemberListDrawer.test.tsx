import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MemberListState } from '../member-list-state';
import { ReadMemberListDrawer, type ReadMemberListDrawerProps } from './ReadMemberListDrawer';
import { buildMembers } from '../../../test/support/builders';
import { expectNoAxeViolations, fakeLayout, memberListState, nextFrame, polyfillDialog } from '../../../test/support/dom';

let restoreLayout: () => void;
beforeAll(() => {
  polyfillDialog();
  restoreLayout = fakeLayout();
});
afterAll(() => restoreLayout());

const filled = () => ({
  read: memberListState({ members: buildMembers(3) }),
  unread: memberListState({ members: buildMembers(2, 100, false) }),
});

function Opener(props: Partial<ReadMemberListDrawerProps> & { states?: { read: MemberListState; unread: MemberListState } }) {
  const [open, setOpen] = useState(false);
  const states = props.states ?? filled();
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Read by 3
      </button>
      <ReadMemberListDrawer open={open} onOpenChange={setOpen} readCount={3} unreadCount={2} {...states} {...props} />
    </>
  );
}

describe('ReadMemberListDrawer', () => {
  it('gives read times relative to now: "Today 11:00 AM", not a full date (issue 19, finding 5)', async () => {
    const members = buildMembers(1);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime((members[0]?.readTime ?? 0) + 60_000);
    try {
      render(<Opener states={{ read: memberListState({ members }), unread: memberListState() }} />);
      await userEvent.click(screen.getByRole('button', { name: 'Read by 3' }));
      expect(within(screen.getByRole('listitem')).getByText(/^Today \d/)).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('opens as a dialog labelled by its title with focus on the selected tab', async () => {
    render(<Opener />);
    await userEvent.click(screen.getByRole('button', { name: 'Read by 3' }));
    const dialog = screen.getByRole('dialog', { name: 'Message receipts' });
    const readTab = within(dialog).getByRole('tab', { name: 'Read (3)' });
    expect(readTab).toHaveFocus();
    expect(readTab).toHaveAttribute('aria-selected', 'true');
    expect(within(dialog).getByRole('tab', { name: 'Unread (2)' })).toHaveAttribute('aria-selected', 'false');
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(3);
    // The rows beyond the viewport join a frame after the first ones.
    await nextFrame();
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(3);
    await expectNoAxeViolations(dialog);
  });

  it('moves between tabs with arrow keys, Home and End, activating on focus', async () => {
    const onTabChange = vi.fn();
    render(<ReadMemberListDrawer defaultOpen onTabChange={onTabChange} readCount={3} unreadCount={2} {...filled()} />);
    await userEvent.keyboard('{ArrowRight}');
    const unreadTab = screen.getByRole('tab', { name: 'Unread (2)' });
    expect(unreadTab).toHaveFocus();
    expect(unreadTab).toHaveAttribute('aria-selected', 'true');
    expect(onTabChange).toHaveBeenLastCalledWith('unread');
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Member 100');
    await userEvent.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Read (3)' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{End}');
    expect(unreadTab).toHaveAttribute('aria-selected', 'true');
  });

  it('closes on Escape and returns focus to the opener', async () => {
    render(<Opener />);
    const opener = screen.getByRole('button', { name: 'Read by 3' });
    await userEvent.click(opener);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('focuses the fallback when the opener is gone', async () => {
    function Host() {
      const fallback = useRef<HTMLDivElement>(null);
      const [open, setOpen] = useState(false);
      return (
        <>
          <div ref={fallback} tabIndex={-1} aria-label="Messages" role="log" />
          {!open && (
            <button type="button" onClick={() => setOpen(true)}>
              Open
            </button>
          )}
          <ReadMemberListDrawer open={open} onOpenChange={setOpen} fallbackFocus={fallback} {...filled()} />
        </>
      );
    }
    render(<Host />);
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('log')).toHaveFocus();
  });

  it('stays open when a controlled parent ignores onOpenChange', async () => {
    const onOpenChange = vi.fn();
    render(<ReadMemberListDrawer open onOpenChange={onOpenChange} {...filled()} />);
    await userEvent.keyboard('{Escape}');
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('updates tab labels at once when counts change', () => {
    const states = filled();
    const { rerender } = render(<ReadMemberListDrawer defaultOpen readCount={3} unreadCount={9} {...states} />);
    rerender(<ReadMemberListDrawer defaultOpen readCount={4} unreadCount={8} {...states} />);
    expect(screen.getByRole('tab', { name: 'Read (4)' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Unread (8)' })).toBeInTheDocument();
    rerender(<ReadMemberListDrawer defaultOpen readCount={Number.NaN} unreadCount={-1} {...states} />);
    expect(screen.getByRole('tab', { name: 'Read' })).toBeInTheDocument();
  });

  it('shows a skeleton and a status text while loading', () => {
    render(<ReadMemberListDrawer defaultOpen read={memberListState({ status: 'loading' })} unread={memberListState()} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading members…');
    expect(screen.getByRole('tabpanel')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('keeps loaded rows on error and retries', async () => {
    const retry = vi.fn();
    const read = memberListState({ status: 'error', members: buildMembers(2), hasMore: true, retry });
    render(<ReadMemberListDrawer defaultOpen read={read} unread={memberListState()} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('status')).toHaveTextContent('Could not load members.');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalled();
  });

  it.each([
    ['read', 'No one has read this yet'],
    ['unread', 'Everyone has read this'],
  ] as const)('says so when the %s tab is empty', (tab, text) => {
    render(<ReadMemberListDrawer defaultOpen defaultTab={tab} read={memberListState()} unread={memberListState()} />);
    expect(screen.getByRole('status')).toHaveTextContent(text);
  });

  it('marks the end of the list', () => {
    render(<ReadMemberListDrawer defaultOpen {...filled()} />);
    expect(screen.getByRole('status')).toHaveTextContent('End of list');
  });

  it('shows the full display name (name card, nickname, user ID) isolated and in a title', () => {
    const members = [
      { profile: { userID: 'u1', nickname: 'Nick', nameCard: 'מנהל הצוות' } },
      { profile: { userID: 'u2', nickname: 'Nick Two' } },
      { profile: { userID: 'u3' } },
    ];
    render(<ReadMemberListDrawer defaultOpen read={memberListState({ members })} unread={memberListState()} />);
    const names = screen.getAllByRole('listitem').map((li) => li.querySelector('bdi'));
    expect(names.map((n) => n?.textContent)).toEqual(['מנהל הצוות', 'Nick Two', 'u3']);
    expect(names[0]).toHaveAttribute('title', 'מנהל הצוות');
  });

  it('offers Load more and fetches near the end', async () => {
    const loadMore = vi.fn();
    const read = memberListState({ members: buildMembers(150), hasMore: true, loadMore });
    render(<ReadMemberListDrawer defaultOpen read={read} unread={memberListState()} />);
    expect(loadMore).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(loadMore).toHaveBeenCalledTimes(1);
  });

  it('renders only the visible window of a long list', async () => {
    const read = memberListState({ members: buildMembers(5000) });
    render(<ReadMemberListDrawer defaultOpen read={read} unread={memberListState()} readCount={5000} />);
    await act(async () => {});
    const rows = screen.getAllByRole('listitem');
    expect(rows.length).toBeLessThanOrEqual(40);
    expect(rows[0]).toHaveAttribute('aria-setsize', '5000');
  });

  it('previews the message on one line and sums up "9 of 19 read" with a ring', async () => {
    render(<Opener readCount={9} unreadCount={10} preview="Please review the new palette by Friday." />);
    await userEvent.click(screen.getByRole('button', { name: 'Read by 3' }));
    await nextFrame();
    const dialog = screen.getByRole('dialog', { name: 'Message receipts' });
    const preview = within(dialog).getByText('Please review the new palette by Friday.');
    expect(preview).toHaveAttribute('dir', 'auto');
    const summary = within(dialog).getByText('9 of 19 read');
    expect(summary.querySelector('svg.rrr-ring')).toHaveAttribute('aria-hidden', 'true');
    await expectNoAxeViolations(dialog);
  });

  it('shows skeleton rows, not "End of list", while the count is ahead of the rows (issue 19, finding 6)', async () => {
    const { rerender } = render(<Opener readCount={5} states={{ read: memberListState({ members: buildMembers(3) }), unread: memberListState() }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Read by 3' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(3);
    expect(dialog.querySelectorAll('[data-skeleton]')).toHaveLength(2);
    expect(within(dialog).getByRole('status')).toHaveTextContent('Loading members…');
    expect(within(dialog).queryByText('End of list')).toBeNull();
    rerender(<Opener readCount={5} states={{ read: memberListState({ members: buildMembers(5) }), unread: memberListState() }} />);
    await nextFrame();
    expect(dialog.querySelectorAll('[data-skeleton]')).toHaveLength(0);
    expect(within(dialog).getByRole('status')).toHaveTextContent('End of list');
  });
});
