import { render } from '@testing-library/react';
import '../styles.css';
import { buildMessage, c2cReceipt, groupReceipt } from '../../../test/support/builders';
import { MessageBubble } from './MessageBubble';
import { ReadReceiptBadge } from './ReadReceiptBadge';

const rect = (el: Element | null) => (el as Element).getBoundingClientRect();

describe('status icons in Chromium', () => {
  it('sits on the line of the time, and partly read looks unlike read by all', () => {
    const { container } = render(
      <div className="rrr-root">
        <MessageBubble message={buildMessage()} own receipt={groupReceipt('m1', 1, 11)} data-testid="partial" />
        <MessageBubble message={buildMessage()} own receipt={groupReceipt('m1', 12, 0)} data-testid="all" />
      </div>,
    );
    const partial = container.querySelector('[data-testid="partial"]')!;
    const all = container.querySelector('[data-testid="all"]')!;
    const time = rect(partial.querySelector('time'));
    const icon = rect(partial.querySelector('.rrr-badge svg'));
    // Beside the time: on its line, after it in reading order, 16px square.
    expect(icon.top).toBeLessThan(time.bottom);
    expect(icon.bottom).toBeGreaterThan(time.top);
    expect(icon.left).toBeGreaterThanOrEqual(time.right);
    expect([icon.width, icon.height]).toEqual([16, 16]);
    const colour = (el: Element) => getComputedStyle(el.querySelector('.rrr-badge-text')!).color;
    expect(colour(partial)).not.toBe(colour(all));
    expect(all.querySelector('.rrr-badge svg')).toHaveAttribute('data-glyph', 'check-filled');
    expect(partial.querySelector('.rrr-badge svg')).toHaveClass('rrr-ring');
  });

  it('paints the 1:1 read check in the read colour and the failed mark in the danger colour', () => {
    const { container } = render(
      <div className="rrr-root">
        <ReadReceiptBadge receipt={c2cReceipt('m1', true)} data-testid="read" />
        <ReadReceiptBadge receipt={c2cReceipt('m1', false)} data-testid="sent" />
        <ReadReceiptBadge receipt={c2cReceipt('m1', false)} messageStatus="failed" data-testid="failed" />
      </div>,
    );
    const stroke = (id: string) => getComputedStyle(container.querySelector(`[data-testid="${id}"] svg`)!).stroke;
    expect(stroke('read')).toBe('rgb(10, 107, 45)');
    expect(stroke('sent')).not.toBe(stroke('read'));
    expect(getComputedStyle(container.querySelector('[data-testid="failed"]')!).color).toBe('rgb(179, 38, 30)');
  });
});
