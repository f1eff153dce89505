import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { expectNoAxeViolations } from '../../../test/support/dom';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { ReminderNotice } from './ReminderNotice';

const reminder = { messageID: 'm1', conversationID: 'GROUPteam', senderID: 'alice', time: 1_700_000_000_000 };

describe('ReminderNotice', () => {
  it('is an empty live region until a reminder comes, then says who reminded and where', async () => {
    const { container, rerender } = render(<ReminderNotice />);
    const region = screen.getByRole('status');
    expect(region).toBeEmptyDOMElement();
    expect(region).toHaveAttribute('data-shown', 'false');
    rerender(<ReminderNotice reminder={reminder} senderName="Alice Kim" conversationName="Team" onOpen={() => {}} onDismiss={() => {}} />);
    // The same element: a live region announces what is put into it, not a region that appears.
    expect(screen.getByRole('status')).toBe(region);
    expect(region).toHaveTextContent('Alice Kim reminded you to read a message in Team');
    expect(region).toHaveAttribute('data-shown', 'true');
    await expectNoAxeViolations(container);
  });

  it('opens or dismisses the reminder it shows', async () => {
    const onOpen = vi.fn();
    const onDismiss = vi.fn();
    render(<ReminderNotice reminder={reminder} onOpen={onOpen} onDismiss={onDismiss} />);
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(onOpen).toHaveBeenCalledWith(reminder);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledWith(reminder);
  });

  it('falls back to the IDs, shows a hostile name as text, shortened, and offers no button it was not given', () => {
    const { rerender } = render(<ReminderNotice reminder={reminder} />);
    expect(screen.getByRole('status')).toHaveTextContent('alice reminded you to read a message in GROUPteam');
    expect(screen.queryByRole('button')).toBeNull();
    rerender(<ReminderNotice reminder={reminder} senderName={`<img src=x onerror=alert(1)>\u202E${'x'.repeat(100_000)}`} />);
    const text = screen.getByRole('status').textContent ?? '';
    expect(document.querySelector('img')).toBeNull();
    expect(text.startsWith('<img src=x onerror=alert(1)>x')).toBe(true);
    expect(text).not.toContain('\u202E');
    expect(text.length).toBeLessThan(300);
  });

  it('speaks the locale, and passes extra props and its ref to the root', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <LocaleProvider locale="ko">
        <ReminderNotice ref={ref} reminder={reminder} senderName="Alice" conversationName="팀" onOpen={() => {}} className="app" data-testid="root" />
      </LocaleProvider>,
    );
    const root = screen.getByTestId('root');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('rrr-reminder-notice', 'app');
    expect(root).toHaveTextContent('Alice님이 팀의 메시지를 읽어 달라고 알림을 보냈습니다');
    expect(screen.getByRole('button', { name: '열기' })).toBeInTheDocument();
  });
});
