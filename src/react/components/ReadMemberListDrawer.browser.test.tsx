import { cleanup, render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../styles.css';
import { useFakeMemberList } from '../../../test/support/fake-member-list';
import { MEMBER_OVERSCAN, MEMBER_ROW_HEIGHT } from './MemberListPanel';
import { ReadMemberListDrawer } from './ReadMemberListDrawer';
import { ReadReceiptBadge } from './ReadReceiptBadge';
import { memberListState } from '../../../test/support/dom';
import { LocaleProvider } from '../i18n/LocaleProvider';

afterEach(() => cleanup());

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
async function until(check: () => boolean, timeout = 3000) {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('condition not met in time');
    await frame();
  }
}

function Chat({ readTotal, readCount, unreadCount }: { readTotal: number; readCount: number; unreadCount: number }) {
  const [open, setOpen] = useState(false);
  const read = useFakeMemberList({ total: readTotal });
  const unread = useFakeMemberList({ total: unreadCount, read: false });
  return (
    <div className="rrr-root">
      <button type="button">Before</button>
      <ReadReceiptBadge
        receipt={{ kind: 'group', messageID: 'm1', groupID: 'g1', readCount, unreadCount }}
        onOpenMembers={() => setOpen(true)}
      />
      <ReadMemberListDrawer
        open={open}
        onOpenChange={setOpen}
        read={read}
        unread={unread}
        readCount={readCount}
        unreadCount={unreadCount}
      />
      <output data-testid="fetches">{read.fetchCount}</output>
    </div>
  );
}

const active = () => document.activeElement as HTMLElement | null;
const rows = () => document.querySelectorAll('[data-member-row]').length;

describe('ReadMemberListDrawer in Chromium', () => {
  it('keyboard only: badge → tabs → load more → Escape → back on the badge', async () => {
    const { getByRole, getByTestId } = render(<Chat readTotal={1000} readCount={300} unreadCount={20} />);
    const badge = getByRole('button', { name: /^Read by 300, 300 of 320 members, show who read this$/ });
    badge.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = getByRole('dialog', { name: 'Message receipts' });
    expect(dialog).toHaveAttribute('open');
    expect(active()).toHaveAttribute('role', 'tab');
    expect(active()).toHaveTextContent('Read (300)');

    await userEvent.keyboard('{ArrowRight}');
    expect(active()).toHaveTextContent('Unread (20)');
    expect(active()).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowLeft}');
    expect(active()).toHaveTextContent('Read (300)');
    await userEvent.keyboard('{End}');
    expect(active()).toHaveTextContent('Unread (20)');
    await userEvent.keyboard('{Home}');
    expect(active()).toHaveTextContent('Read (300)');
    expect(active()).toHaveAttribute('aria-selected', 'true');

    await userEvent.keyboard('{Tab}');
    expect(active()).toHaveAttribute('role', 'tabpanel');
    await userEvent.keyboard('{Tab}');
    expect(active()).toHaveTextContent('Load more');
    // Scrolling may have started a page already: press the button once it is enabled again.
    await until(() => active()?.getAttribute('aria-disabled') !== 'true', 10_000);
    const before = Number(getByTestId('fetches').textContent);
    await userEvent.keyboard('{Enter}');
    await until(() => Number(getByTestId('fetches').textContent) > before, 10_000);
    expect(active()).toHaveTextContent('Load more');

    await userEvent.keyboard('{Escape}');
    expect(dialog).not.toHaveAttribute('open');
    expect(active()).toBe(badge);
  });

  it('moves focus into the list when Load more goes away with the last page', async () => {
    const { getByRole } = render(<Chat readTotal={200} readCount={200} unreadCount={0} />);
    await userEvent.click(getByRole('button', { name: /^Read by all/ }));
    await userEvent.keyboard('{Tab}{Tab}');
    expect(active()).toHaveTextContent('Load more');
    await userEvent.keyboard('{Enter}');
    await until(() => getByRole('tabpanel').textContent?.includes('End of list') ?? false);
    await frame();
    expect(active()).toBe(getByRole('tabpanel'));
  });

  it('traps focus: Tab and Shift+Tab never reach the page behind', async () => {
    const { getByRole } = render(<Chat readTotal={300} readCount={300} unreadCount={20} />);
    await userEvent.click(getByRole('button', { name: /^Read by 300/ }));
    const dialog = getByRole('dialog');
    const outside = getByRole('button', { name: 'Before', hidden: true });
    for (const key of ['{Tab}', '{Tab}', '{Tab}', '{Tab}', '{Tab}', '{Shift>}{Tab}{/Shift}', '{Shift>}{Tab}{/Shift}', '{Shift>}{Tab}{/Shift}', '{Shift>}{Tab}{/Shift}']) {
      await userEvent.keyboard(key);
      const focused = active();
      expect(focused).not.toBe(outside);
      if (focused && focused !== document.body) expect(dialog.contains(focused)).toBe(true);
    }
    await userEvent.click(outside, { force: true }).catch(() => {});
    expect(active()).not.toBe(outside);
  });

  it('10,000 members: scrolling the Read tab to its end never keeps more than 200 rows', async () => {
    const { getByRole } = render(<Chat readTotal={10_000} readCount={10_000} unreadCount={0} />);
    await userEvent.click(getByRole('button', { name: /^Read by all/ }));
    const panel = getByRole('tabpanel');
    let steps = 0;
    while (!panel.textContent?.includes('End of list')) {
      panel.scrollTop = panel.scrollHeight;
      await frame();
      await frame();
      expect(rows()).toBeGreaterThan(0);
      expect(rows()).toBeLessThanOrEqual(200);
      if (++steps > 3000) throw new Error('never reached the end');
    }
    panel.scrollTop = panel.scrollHeight;
    await frame();
    await frame();
    const last = [...document.querySelectorAll('[data-member-row]')].at(-1);
    expect(last).toHaveAttribute('aria-posinset', '10000');
    expect(last).toHaveAttribute('aria-setsize', '10000');
    expect(rows()).toBeLessThanOrEqual(200);
  });

  it('reverses arrow keys in a right-to-left locale', async () => {
    render(
      <LocaleProvider locale="ar">
        <div dir="rtl">
          <ReadMemberListDrawer defaultOpen read={memberListState()} unread={memberListState()} readCount={1} unreadCount={2} />
        </div>
      </LocaleProvider>,
    );
    expect(active()).toHaveTextContent('Read (1)');
    await userEvent.keyboard('{ArrowLeft}');
    expect(active()).toHaveTextContent('Unread (2)');
    expect(active()).toHaveAttribute('aria-selected', 'true');
    const box = (document.querySelector('dialog') as HTMLDialogElement).getBoundingClientRect();
    expect(Math.round(box.left)).toBe(0);
  });

  it('is a side sheet on wide screens and a bottom sheet on narrow ones', async () => {
    await page.viewport(1024, 768);
    render(
      <ReadMemberListDrawer defaultOpen read={memberListState()} unread={memberListState()} readCount={0} unreadCount={0} />,
    );
    const dialog = document.querySelector('dialog') as HTMLDialogElement;
    const box = dialog.getBoundingClientRect();
    expect(Math.round(box.right)).toBe(window.innerWidth);
    expect(box.width).toBeLessThan(window.innerWidth);
    expect(Math.round(box.height)).toBe(window.innerHeight);
    await page.viewport(414, 896);
    await frame();
    const sheet = dialog.getBoundingClientRect();
    expect(Math.round(sheet.width)).toBe(window.innerWidth);
    expect(Math.round(sheet.bottom)).toBe(window.innerHeight);
    expect(sheet.height).toBeLessThan(window.innerHeight);
  });

  it('first paint builds only the visible member rows; the overscan follows a frame later', async () => {
    const members = Array.from({ length: 500 }, (_, i) => ({ profile: { userID: `u${i}`, nickname: `Member ${i}` }, readTime: 1_700_000_000_000 + i }));
    // The rows of the first commit that has any, before a frame can add more.
    let first = 0;
    const observer = new MutationObserver(() => {
      if (first === 0) first = rows();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    render(<ReadMemberListDrawer defaultOpen read={memberListState({ members })} unread={memberListState()} readCount={500} unreadCount={0} />);
    await until(() => first > 0);
    observer.disconnect();
    const panel = document.querySelector<HTMLElement>('.rrr-tabpanel[data-state="active"]') as HTMLElement;
    const visible = Math.ceil(panel.clientHeight / MEMBER_ROW_HEIGHT);
    expect(first).toBeLessThanOrEqual(visible + 1);
    await until(() => rows() > visible + 1);
    expect(rows()).toBeLessThanOrEqual(visible + 1 + MEMBER_OVERSCAN);
  });
});
