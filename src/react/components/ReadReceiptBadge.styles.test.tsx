import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { c2cReceipt, groupReceipt } from '../../../test/support/builders';
import { expectNoAxeViolations } from '../../../test/support/dom';
import { LocaleProvider } from '../i18n/LocaleProvider';
import type { ReceiptStyle } from '../i18n/receipt-style';
import { ReadReceiptBadge } from './ReadReceiptBadge';

// Issue 20, item 3: one badge, four ways of showing a group's counts.
const STYLES: ReceiptStyle[] = ['read-by', 'unread', 'count-down', 'ring'];
const open = () => {};

/** What a sighted user reads: the badge without its visually hidden part. */
function visibleText(badge: Element): string {
  const copy = badge.cloneNode(true) as Element;
  copy.querySelectorAll('.rrr-visually-hidden').forEach((node) => node.remove());
  return copy.textContent ?? '';
}

const badgeOf = (container: HTMLElement) => container.firstElementChild as HTMLElement;
const glyphOf = (badge: Element) => {
  const svg = badge.querySelector('svg');
  return svg === null ? 'none' : (svg.getAttribute('data-glyph') ?? 'ring');
};

describe('ReadReceiptBadge receipt styles, group counts', () => {
  it.each([
    ['read-by', 0, 12, 'sent', 'Unread', 'Unread, 0 of 12 members, show who read this', 'check'],
    ['read-by', 3, 9, 'partial', 'Read by 3', 'Read by 3, 3 of 12 members, show who read this', 'ring'],
    ['read-by', 12, 0, 'read', 'Read by all', 'Read by all, 12 of 12 members, show who read this', 'check-filled'],
    ['unread', 0, 12, 'sent', '12 unread', '12 unread, 0 of 12 read, show who read this', 'check'],
    ['unread', 3, 9, 'partial', '9 unread', '9 unread, 3 of 12 read, show who read this', 'ring'],
    ['unread', 12, 0, 'read', 'All read', 'All read, 12 of 12 read, show who read this', 'check-filled'],
    ['count-down', 0, 12, 'sent', '12', '12 unread, 0 of 12 read, show who read this', 'none'],
    ['count-down', 3, 9, 'partial', '9', '9 unread, 3 of 12 read, show who read this', 'none'],
    ['count-down', 12, 0, 'read', '', 'All read, 12 of 12 read, show who read this', 'check-filled'],
    ['ring', 0, 12, 'sent', '', 'Unread, 0 of 12 members, show who read this', 'ring'],
    ['ring', 3, 9, 'partial', '', 'Read by 3, 3 of 12 members, show who read this', 'ring'],
    ['ring', 12, 0, 'read', '', 'Read by all, 12 of 12 members, show who read this', 'check-filled'],
  ] as const)('%s, read %i of %i more: shows "%s", is named "%s"', (style, read, unread, status, text, name, glyph) => {
    const { container } = render(<ReadReceiptBadge receipt={groupReceipt('m1', read, unread)} receiptStyle={style} onOpenMembers={open} />);
    const button = screen.getByRole('button', { name });
    expect(visibleText(button)).toBe(text);
    expect(name.startsWith(text)).toBe(true);
    expect(button).toHaveAttribute('data-receipt-style', style);
    expect(button).toHaveAttribute('data-status', status);
    expect(glyphOf(badgeOf(container))).toBe(glyph);
  });

  it('speaks the same words without a button, after the visible text', () => {
    const { container } = render(<ReadReceiptBadge receipt={groupReceipt('m1', 3, 9)} receiptStyle="count-down" />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(visibleText(badgeOf(container))).toBe('9');
    expect(badgeOf(container)).toHaveTextContent(/^9 unread, 3 of 12 read$/);
  });

  it('shows nothing in count-down once all read on a badge that opens nothing (others see no count)', async () => {
    const { container } = render(<ReadReceiptBadge receipt={groupReceipt('m1', 12, 0)} receiptStyle="count-down" />);
    const badge = badgeOf(container);
    expect(visibleText(badge)).toBe('');
    expect(badge.querySelector('svg')).toBeNull();
    expect(container.querySelector('[tabindex], button')).toBeNull();
    // A screen reader reading the message still hears that everyone read it.
    expect(badge).toHaveTextContent(/^All read, 12 of 12 read$/);
    expect(badge).toHaveAttribute('data-status', 'read');
    await expectNoAxeViolations(container);
  });

  it('keeps the reader list a press away for the sender once all read in count-down: a filled check, named as such', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    const { container } = render(<ReadReceiptBadge receipt={groupReceipt('m1', 12, 0)} receiptStyle="count-down" onOpenMembers={onOpen} />);
    const button = screen.getByRole('button', { name: 'All read, 12 of 12 read, show who read this' });
    expect(visibleText(button)).toBe('');
    expect(glyphOf(button)).toBe('check-filled');
    await user.click(button);
    expect(onOpen).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('says a count-down number once in ko and zh: the number, then the words it counts', () => {
    for (const [locale, spoken] of [
      ['ko', '9 명 안 읽음, 12명 중 3명 읽음, '],
      ['zh-CN', '9 人未读, 12 人中 3 人已读, '],
    ] as const) {
      const { unmount } = render(
        <LocaleProvider locale={locale}>
          <ReadReceiptBadge receipt={groupReceipt('m1', 3, 9)} receiptStyle="count-down" onOpenMembers={open} />
        </LocaleProvider>,
      );
      const name = screen.getByRole('button').getAttribute('aria-label') ?? '';
      expect(name.startsWith(spoken)).toBe(true);
      expect(name.match(/9/g)).toHaveLength(1);
      unmount();
    }
  });

  it('keeps the name starting with the visible number when an override words it otherwise', () => {
    render(
      <LocaleProvider strings={{ unreadCount: (count) => `Not yet: ${count}` }}>
        <ReadReceiptBadge receipt={groupReceipt('m1', 3, 9)} receiptStyle="count-down" onOpenMembers={open} />
      </LocaleProvider>,
    );
    expect(screen.getByRole('button')).toHaveAccessibleName('9, Not yet: 9, 3 of 12 read, show who read this');
  });

  it('keeps the number a word of its own at the start of the name where the locale joins it to its counter', async () => {
    const { container } = render(
      <LocaleProvider locale="zh-CN">
        <ReadReceiptBadge receipt={groupReceipt('m1', 3, 9)} receiptStyle="count-down" onOpenMembers={open} />
      </LocaleProvider>,
    );
    // "9人未读" is one word to assistive technology (and to axe): "9" alone comes first.
    expect(screen.getByRole('button')).toHaveAccessibleName('9 人未读, 12 人中 3 人已读, 查看已读成员');
    await expectNoAxeViolations(container);
  });

  it('marks the counts still to read for emphasis, and nothing else', () => {
    const emphasised = (style: ReceiptStyle, read: number, unread: number) =>
      render(<ReadReceiptBadge receipt={groupReceipt('m1', read, unread)} receiptStyle={style} />).container.querySelector('.rrr-badge-count') !== null;
    expect(emphasised('unread', 3, 9)).toBe(true);
    expect(emphasised('count-down', 0, 12)).toBe(true);
    expect(emphasised('unread', 12, 0)).toBe(false);
    expect(emphasised('read-by', 3, 9)).toBe(false);
  });

  it('passes axe in every style', async () => {
    const { container } = render(
      <div>
        {STYLES.flatMap((style) => [
          <ReadReceiptBadge key={`${style}a`} receipt={groupReceipt('m1', 3, 9)} receiptStyle={style} onOpenMembers={open} />,
          <ReadReceiptBadge key={`${style}b`} receipt={groupReceipt('m2', 12, 0)} receiptStyle={style} />,
        ])}
      </div>,
    );
    await expectNoAxeViolations(container);
  });
});

describe('ReadReceiptBadge receipt styles, everything that is not a group count', () => {
  it.each(STYLES)('%s: sending and failed say so, as in every style', (style) => {
    const { container, rerender } = render(<ReadReceiptBadge receipt={groupReceipt('m1', 3, 9)} messageStatus="sending" receiptStyle={style} onOpenMembers={open} />);
    expect(badgeOf(container)).toHaveTextContent(/^Sending…$/);
    expect(glyphOf(badgeOf(container))).toBe('clock');
    rerender(<ReadReceiptBadge receipt={groupReceipt('m1', 3, 9)} messageStatus="failed" receiptStyle={style} onOpenMembers={open} />);
    expect(badgeOf(container)).toHaveTextContent(/^Not sent$/);
    expect(badgeOf(container)).toHaveAttribute('data-status', 'failed');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it.each(STYLES)('%s: a 1:1 receipt keeps its check and "Read"', (style) => {
    const { container, rerender } = render(<ReadReceiptBadge receipt={c2cReceipt('m1', false)} receiptStyle={style} />);
    expect(badgeOf(container)).toHaveTextContent(/^Sent$/);
    expect(glyphOf(badgeOf(container))).toBe('check');
    rerender(<ReadReceiptBadge receipt={c2cReceipt('m1', true)} receiptStyle={style} />);
    expect(badgeOf(container)).toHaveTextContent(/^Read$/);
    expect(badgeOf(container)).toHaveAttribute('data-status', 'read');
    expect(glyphOf(badgeOf(container))).toBe('check-read');
  });

  it.each(STYLES)('%s: unknown or invalid counts show "Sent", never a made-up number', (style) => {
    const { container, rerender } = render(<ReadReceiptBadge receipt={null} receiptStyle={style} onOpenMembers={open} />);
    expect(screen.getByRole('button', { name: 'Sent, show who read this' })).toBeInTheDocument();
    rerender(<ReadReceiptBadge receipt={groupReceipt('m1', Number.NaN, 9)} receiptStyle={style} />);
    expect(container.textContent).toBe('Sent');
  });
});

describe('ReadReceiptBadge receipt style: defaults and overrides', () => {
  it.each([
    ['en', 'read-by', 'Read by 3', 'Read by 3, 3 of 12 members'],
    ['ko', 'count-down', '9', '9 명 안 읽음, 12명 중 3명 읽음'],
    ['zh-CN', 'unread', '9人未读', '9人未读, 12 人中 3 人已读'],
    ['zh-TW', 'unread', '9人未讀', '9人未讀, 12 人中 3 人已讀'],
  ])('%s defaults to %s', (locale, style, text, spoken) => {
    const { container } = render(
      <LocaleProvider locale={locale}>
        <ReadReceiptBadge receipt={groupReceipt('m1', 3, 9)} />
      </LocaleProvider>,
    );
    expect(badgeOf(container)).toHaveAttribute('data-receipt-style', style);
    expect(visibleText(badgeOf(container))).toBe(text);
    expect(badgeOf(container).textContent?.startsWith(spoken)).toBe(true);
  });

  it('is read-by without any provider', () => {
    const { container } = render(<ReadReceiptBadge receipt={groupReceipt('m1', 3, 9)} />);
    expect(badgeOf(container)).toHaveAttribute('data-receipt-style', 'read-by');
  });

  it("takes the provider's style over the locale's, and its own prop over both", () => {
    const { container, rerender } = render(
      <LocaleProvider locale="ko" receiptStyle="unread">
        <ReadReceiptBadge receipt={groupReceipt('m1', 3, 9)} />
      </LocaleProvider>,
    );
    expect(visibleText(badgeOf(container))).toBe('9명 안 읽음');
    rerender(
      <LocaleProvider locale="ko" receiptStyle="unread">
        <ReadReceiptBadge receipt={groupReceipt('m1', 3, 9)} receiptStyle="read-by" />
      </LocaleProvider>,
    );
    expect(visibleText(badgeOf(container))).toBe('3명 읽음');
    expect(badgeOf(container)).toHaveAttribute('data-receipt-style', 'read-by');
  });
});
