import { render } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import '../styles.css';
import { ReadReceiptBadge } from './ReadReceiptBadge';

describe('ReadReceiptBadge read-time tooltip in Chromium', () => {
  it('shows on keyboard focus, hides on Escape without moving focus, and shows again on the next focus', async () => {
    render(
      <div className="rrr-root" style={{ padding: 48 }}>
        <button type="button">before</button>
        <ReadReceiptBadge receipt={{ kind: 'c2c', messageID: 'm1', userID: 'bob', peerRead: true, timestamp: Date.UTC(2025, 2, 4, 10, 32) }} />
      </div>,
    );
    const shown = () => getComputedStyle(document.querySelector('.rrr-tooltip')!).display !== 'none';
    await userEvent.click(page.getByRole('button', { name: 'before' }));
    await userEvent.tab();
    await expect.poll(shown).toBe(true);
    await expect.element(page.getByRole('tooltip')).toHaveTextContent(/2025/);
    await userEvent.keyboard('{Escape}');
    await expect.poll(shown).toBe(false);
    expect(document.activeElement?.getAttribute('data-status')).toBe('read');
    await userEvent.tab({ shift: true });
    await userEvent.tab();
    await expect.poll(shown).toBe(true);
  });
});
