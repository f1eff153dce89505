import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ChatError, ErrorCode } from '../../core/errors';
import { LocaleProvider } from '../i18n';
import { getFormat } from '../i18n/format';
import { RemindUnread, REMIND_NAMED } from './RemindUnread';
import { BASE_TIME, buildMembers } from '../../../test/support/builders';
import { expectNoAxeViolations } from '../../../test/support/dom';

const base = { unreadCount: 12, recipients: buildMembers(REMIND_NAMED + 2, 0, false), now: BASE_TIME };

describe('RemindUnread', () => {
  it('asks first, naming who gets it, and reminds only on "Send reminder"', async () => {
    const onRemind = vi.fn();
    const { container } = render(<RemindUnread {...base} onRemind={onRemind} />);
    await userEvent.click(screen.getByRole('button', { name: 'Remind 12' }));
    const confirm = screen.getByRole('group', { name: 'Send a reminder to the 12 members who have not read this?' });
    const names = within(confirm).getAllByRole('listitem').map((item) => item.textContent);
    expect(names).toEqual([...base.recipients.slice(0, REMIND_NAMED).map((m) => m.profile.nickname), 'and 7 more']);
    expect(within(confirm).getByRole('button', { name: 'Send reminder' })).toHaveFocus();
    expect(onRemind).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Send reminder' }));
    expect(onRemind).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('cancels without reminding, and gives focus back to the button', async () => {
    const onRemind = vi.fn();
    render(<RemindUnread {...base} onRemind={onRemind} />);
    await userEvent.click(screen.getByRole('button', { name: 'Remind 12' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onRemind).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Remind 12' })).toHaveFocus();
  });

  it('while rate-limited, refuses to open and says how many were reminded and when the next is allowed', async () => {
    const nextAllowedAt = BASE_TIME + 5 * 60_000;
    render(<RemindUnread {...base} status="ready" reminded={12} nextAllowedAt={nextAllowedAt} onRemind={vi.fn()} />);
    const button = screen.getByRole('button', { name: 'Remind 12' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    expect(screen.queryByRole('group')).toBeNull();
    // Both: how many the last one reached, and when the next may go.
    expect(screen.getByRole('status')).toHaveTextContent(`Reminded 12 members · Next reminder allowed at ${getFormat('en').time(nextAllowedAt)}`);
  });

  it('says how many were reminded once the limit passed, and why a reminder failed', () => {
    const { rerender } = render(<RemindUnread {...base} status="ready" reminded={1} nextAllowedAt={BASE_TIME - 1} onRemind={vi.fn()} />);
    expect(screen.getByRole('status')).toHaveTextContent('Reminded 1 member');
    expect(screen.getByRole('button', { name: 'Remind 12' })).not.toHaveAttribute('aria-disabled');
    rerender(<RemindUnread {...base} status="error" error={new ChatError(ErrorCode.NETWORK, 'down')} onRemind={vi.fn()} />);
    expect(screen.getByRole('status')).toHaveTextContent('Could not send the reminder.');
  });

  it('cannot remind while sending or when nobody is left unread', () => {
    const { rerender } = render(<RemindUnread {...base} status="loading" onRemind={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Remind 12' })).toHaveAttribute('aria-disabled', 'true');
    rerender(<RemindUnread {...base} unreadCount={0} recipients={[]} onRemind={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Remind 0' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('forwards its ref, merges className, passes other props, and speaks the locale', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <LocaleProvider locale="ko">
        <RemindUnread ref={ref} {...base} className="mine" data-testid="remind" onRemind={vi.fn()} />
      </LocaleProvider>,
    );
    expect(screen.getByTestId('remind')).toBe(ref.current);
    expect(ref.current).toHaveClass('rrr-remind', 'mine');
    expect(screen.getByRole('button', { name: '12명에게 알림' })).toBeInTheDocument();
  });
});
