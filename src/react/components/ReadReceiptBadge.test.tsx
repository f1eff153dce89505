import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { ReadReceiptBadge } from './ReadReceiptBadge';
import { c2cReceipt, groupReceipt } from '../../../test/support/builders';
import { expectNoAxeViolations } from '../../../test/support/dom';

describe('ReadReceiptBadge, 1:1', () => {
  it('shows Sent until the peer read it', () => {
    const { container } = render(<ReadReceiptBadge receipt={c2cReceipt('m1', false)} />);
    expect(screen.getByText('Sent')).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-status', 'sent');
  });

  it('shows the read time beside Read as text, relative to now: no tooltip to reveal (issue 19, finding 5)', async () => {
    const now = new Date(2025, 2, 4, 9, 0).getTime();
    const receipt = c2cReceipt('m1', true, { timestamp: new Date(2025, 2, 4, 7, 58).getTime() });
    const { container, rerender } = render(<ReadReceiptBadge receipt={receipt} now={now} />);
    const badge = container.firstElementChild as HTMLElement;
    expect(badge).toHaveAttribute('data-status', 'read');
    expect(badge).toHaveTextContent(/^Read Today 7:58\sAM$/);
    expect(screen.queryByRole('tooltip')).toBeNull();
    rerender(<ReadReceiptBadge receipt={receipt} now={now + 86_400_000} />);
    expect(badge).toHaveTextContent(/^Read Yesterday 7:58\sAM$/);
    await expectNoAxeViolations(container);
  });

  // The badge checks what it shows itself since it no longer runs the adapter validator (issue 17).
  it.each([
    ['a negative read time', c2cReceipt('m1', true, { timestamp: -1 })],
    ['a NaN read time', c2cReceipt('m1', true, { timestamp: Number.NaN })],
    ['a peerRead that is not a boolean', c2cReceipt('m1', 'yes' as unknown as boolean)],
  ])('treats %s as unknown: Sent, never a made-up time', (_label, receipt) => {
    const { container } = render(<ReadReceiptBadge receipt={receipt} />);
    expect(container.textContent).toBe('Sent');
  });

  it('is not focusable: there is nothing hidden to reveal', () => {
    const { container } = render(<ReadReceiptBadge receipt={c2cReceipt('m1', true, { timestamp: Date.UTC(2025, 2, 4) })} />);
    expect(container.firstElementChild).not.toHaveAttribute('tabindex');
  });
});

describe('ReadReceiptBadge, group', () => {
  it.each([
    [0, 12, 'Unread', 'sent'],
    [1, 11, 'Read by 1', 'partial'],
    [3, 9, 'Read by 3', 'partial'],
    [12, 0, 'Read by all', 'read'],
  ])('read %i unread %i shows "%s"', (read, unread, text, status) => {
    const { container } = render(<ReadReceiptBadge receipt={groupReceipt('m1', read, unread)} />);
    expect(container.firstElementChild).toHaveTextContent(text);
    expect(container.firstElementChild).toHaveAttribute('data-status', status);
  });

  it('is a button whose name starts with the visible text when it can open the member list', async () => {
    const onOpenMembers = vi.fn();
    const { container } = render(<ReadReceiptBadge receipt={groupReceipt('m1', 3, 9)} onOpenMembers={onOpenMembers} />);
    const button = screen.getByRole('button', { name: 'Read by 3, 3 of 12 members, show who read this' });
    await userEvent.click(button);
    expect(onOpenMembers).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('is not interactive without onOpenMembers', () => {
    render(<ReadReceiptBadge receipt={groupReceipt('m1', 3, 9)} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('formats large counts with grouping', () => {
    render(<ReadReceiptBadge receipt={groupReceipt('m1', 12345, 20000)} onOpenMembers={() => {}} />);
    expect(screen.getByRole('button', { name: /^Read by 12,345, 12,345 of 32,345 members/ })).toBeInTheDocument();
  });

  it('uses singular and plural member forms', () => {
    render(<ReadReceiptBadge receipt={groupReceipt('m1', 0, 1)} onOpenMembers={() => {}} />);
    expect(screen.getByRole('button', { name: 'Unread, 0 of 1 member, show who read this' })).toBeInTheDocument();
  });

  it('shows the compact N/M form and a decorative progress ring', () => {
    const { container } = render(<ReadReceiptBadge receipt={groupReceipt('m1', 3, 9)} variant="compact" showProgress />);
    expect(container.firstElementChild).toHaveTextContent(/^3\/12/);
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it.each([
    ['NaN', groupReceipt('m1', Number.NaN, 3)],
    ['negative', groupReceipt('m1', -1, 3)],
    ['fractional', groupReceipt('m1', 1.5, 3)],
    ['string', groupReceipt('m1', '4' as unknown as number, 3)],
  ])('treats %s counts as unknown, never rendering them', (_label, receipt) => {
    const { container } = render(<ReadReceiptBadge receipt={receipt} />);
    expect(container.textContent).toBe('Sent');
    expect(container.textContent).not.toMatch(/NaN|-1|1\.5/);
  });

  it('follows the message status first', () => {
    const { container, rerender } = render(<ReadReceiptBadge receipt={groupReceipt('m1', 3, 9)} messageStatus="sending" />);
    expect(container.firstElementChild).toHaveAttribute('data-status', 'sending');
    rerender(<ReadReceiptBadge receipt={groupReceipt('m1', 3, 9)} messageStatus="failed" onOpenMembers={() => {}} />);
    expect(container.firstElementChild).toHaveAttribute('data-status', 'failed');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it.each([
    ['not asked for', { needReadReceipt: false }],
    ['unsupported or off', { receiptsEnabled: false }],
  ])('renders nothing when receipts were %s', (_label, props) => {
    const { container } = render(<ReadReceiptBadge receipt={groupReceipt('m1', 3, 9)} {...props} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('speaks Korean and Chinese through LocaleProvider, with overrides', () => {
    const { rerender } = render(
      <LocaleProvider locale="ko">
        <ReadReceiptBadge receipt={groupReceipt('m1', 3, 9)} receiptStyle="read-by" />
      </LocaleProvider>,
    );
    expect(screen.getByText('3명 읽음')).toBeInTheDocument();
    rerender(
      <LocaleProvider locale="zh-CN" strings={{ readByAll: '都看了' }}>
        <ReadReceiptBadge receipt={groupReceipt('m1', 12, 0)} receiptStyle="read-by" />
      </LocaleProvider>,
    );
    expect(screen.getByText('都看了')).toBeInTheDocument();
  });
});

describe('ReadReceiptBadge status icons', () => {
  const glyphOf = (container: HTMLElement) => container.querySelector('svg');

  it.each([
    ['sending', groupReceipt('m1', 0, 5), 'sending' as const, 'clock'],
    ['failed', groupReceipt('m1', 0, 5), 'failed' as const, 'alert'],
    ['1:1 sent', c2cReceipt('m1', false), 'sent' as const, 'check'],
    ['1:1 read', c2cReceipt('m1', true), 'sent' as const, 'check-read'],
    ['group read by all', groupReceipt('m1', 5, 0), 'sent' as const, 'check-filled'],
  ])('%s shows the %s icon beside the text, hidden from the accessible name', (_label, receipt, messageStatus, glyph) => {
    const { container } = render(<ReadReceiptBadge receipt={receipt} messageStatus={messageStatus} />);
    const svg = glyphOf(container);
    expect(svg).toHaveAttribute('data-glyph', glyph);
    expect(svg).toHaveAttribute('aria-hidden', 'true');
  });

  it('shows a ring filled by the share while a group message is partly read, and keeps the name', () => {
    const { container } = render(<ReadReceiptBadge receipt={groupReceipt('m1', 3, 9)} onOpenMembers={() => {}} />);
    expect(glyphOf(container)).toHaveClass('rrr-ring');
    expect(container.querySelector('.rrr-ring-fill')?.getAttribute('stroke-dasharray')).toMatch(/^9\.42/);
    expect(screen.getByRole('button')).toHaveAccessibleName('Read by 3, 3 of 12 members, show who read this');
  });
});
