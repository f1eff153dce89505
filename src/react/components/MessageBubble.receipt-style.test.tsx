import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMessage, groupReceipt } from '../../../test/support/builders';
import { expectNoAxeViolations } from '../../../test/support/dom';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { MessageBubble } from './MessageBubble';
import type { ReadReceiptBadgeProps } from './ReadReceiptBadge';

// Issue 20, item 3: the bubble hands its badge the style, and count-down reaches others' messages.
describe('MessageBubble receiptStyle', () => {
  const own = buildMessage();
  const theirs = buildMessage({ senderID: 'alice', text: 'lunch?' });

  it("passes the style to its own message's badge", () => {
    render(<MessageBubble message={own} own receipt={groupReceipt(own.messageID, 3, 9)} receiptStyle="unread" onOpenMembers={() => {}} />);
    expect(screen.getByRole('button', { name: '9 unread, 3 of 12 read, show who read this' })).toHaveAttribute('data-receipt-style', 'unread');
  });

  it("shows the count of someone else's message in count-down where the backend gave it, as text, not a button", async () => {
    const { container } = render(
      <MessageBubble message={theirs} run="middle" receipt={groupReceipt(theirs.messageID, 3, 9)} receiptStyle="count-down" />,
    );
    const badge = container.querySelector('.rrr-message-meta .rrr-badge');
    // Inside a run too, where the time is left out: every message shows its count.
    expect(container.querySelector('time')).toBeNull();
    expect(badge).toHaveTextContent(/^9 unread, 3 of 12 read$/);
    expect(badge).toHaveAttribute('data-receipt-style', 'count-down');
    expect(screen.queryByRole('button')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it("shows nothing on someone else's message without counts: never a zero, never NaN", () => {
    const { container, rerender } = render(<MessageBubble message={theirs} run="middle" receipt={null} receiptStyle="count-down" />);
    expect(container.querySelector('.rrr-badge, .rrr-message-meta')).toBeNull();
    rerender(<MessageBubble message={theirs} run="middle" receipt={groupReceipt(theirs.messageID, Number.NaN, 9)} receiptStyle="count-down" />);
    expect(container.querySelector('.rrr-badge, .rrr-message-meta')).toBeNull();
    expect(container.textContent).not.toMatch(/NaN|\d/);
  });

  it("keeps others' counts to count-down: the other styles are the sender's", () => {
    for (const receiptStyle of ['read-by', 'unread', 'ring'] as const) {
      const { container, unmount } = render(<MessageBubble message={theirs} receipt={groupReceipt(theirs.messageID, 3, 9)} receiptStyle={receiptStyle} />);
      expect(container.querySelector('.rrr-badge')).toBeNull();
      unmount();
    }
  });

  it("follows the locale's default: a Korean reader sees others' counts", () => {
    const { container } = render(
      <LocaleProvider locale="ko">
        <MessageBubble message={theirs} receipt={groupReceipt(theirs.messageID, 3, 9)} />
      </LocaleProvider>,
    );
    expect(container.querySelector('.rrr-badge-text')).toHaveTextContent(/^9$/);
  });

  it("puts a replacement badge on someone else's counts, told the style", () => {
    const seen: ReadReceiptBadgeProps[] = [];
    function Badge(props: ReadReceiptBadgeProps) {
      seen.push(props);
      return <span>custom</span>;
    }
    render(
      <MessageBubble
        message={theirs}
        receipt={groupReceipt(theirs.messageID, 3, 9)}
        receiptStyle="count-down"
        components={{ ReadReceiptBadge: Badge }}
      />,
    );
    expect(screen.getByText('custom')).toBeInTheDocument();
    expect(seen.at(-1)).toMatchObject({ receiptStyle: 'count-down', receipt: expect.objectContaining({ unreadCount: 9 }) });
  });
});
