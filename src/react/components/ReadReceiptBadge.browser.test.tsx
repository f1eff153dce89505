import { render } from '@testing-library/react';
import '../styles.css';
import { buildMessage, c2cReceipt } from '../../../test/support/builders';
import { MessageBubble } from './MessageBubble';

// Issue 19, finding 5: the 1:1 read time was a tooltip drawn over the message text.
describe('ReadReceiptBadge read time in Chromium', () => {
  it('shows the 1:1 read time beside the time, below the text, overlapping nothing', () => {
    const now = new Date(2025, 2, 4, 9, 0).getTime();
    const { container } = render(
      <div className="rrr-root" style={{ inlineSize: 360 }}>
        <MessageBubble
          own
          message={buildMessage({ conversationID: 'C2Cbob', text: 'Are we still on for lunch?' })}
          receipt={c2cReceipt('m1', true, { timestamp: new Date(2025, 2, 4, 8, 59).getTime() })}
          badge={{ now }}
        />
      </div>,
    );
    const text = container.querySelector('.rrr-message-text')!.getBoundingClientRect();
    const badge = container.querySelector('.rrr-badge')!;
    const read = badge.getBoundingClientRect();
    expect(badge.textContent).toMatch(/^Read Today 8:59/);
    expect(getComputedStyle(badge).visibility).toBe('visible');
    // Below the text, not on it, and nothing else of the badge paints outside its box.
    expect(read.top).toBeGreaterThanOrEqual(text.bottom);
    expect(container.querySelector('[role="tooltip"]')).toBeNull();
    const time = container.querySelector('time')!.getBoundingClientRect();
    expect(read.top).toBeLessThan(time.bottom);
    expect(read.left).toBeGreaterThanOrEqual(time.right);
  });
});
