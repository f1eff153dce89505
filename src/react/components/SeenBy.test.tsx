import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { expectNoAxeViolations } from '../../../test/support/dom';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { ReadPosition } from './ReadPosition';
import { SeenBy } from './SeenBy';

const readers = ['Alice', 'Bob', 'Carol', 'Dave', 'Eve'].map((name) => ({ userID: name.toLowerCase(), nickname: name }));

describe('SeenBy', () => {
  it('shows three avatars and "+N", names the readers in its description, and opens the sheet on click', async () => {
    const onOpenMembers = vi.fn();
    const { container } = render(<SeenBy readers={readers} readCount={7} onOpenMembers={onOpenMembers} />);
    const button = screen.getByRole('button', { name: 'Seen by 7, show who read this' });
    expect(button).toHaveAccessibleDescription('Alice, Bob, Carol, Dave, Eve and 2 more');
    expect(container.querySelectorAll('.rrr-seen-by-avatars .rrr-avatar')).toHaveLength(3);
    expect(screen.getByText('+4')).toBeInTheDocument();
    await userEvent.click(button);
    expect(onOpenMembers).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('keeps names as text in their own direction, and stays focusable without a click handler', async () => {
    const hostile = { userID: 'x', nickname: '<img src=x onerror=alert(1)> שלום' };
    const { container } = render(<SeenBy readers={[hostile]} />);
    const names = screen.getByRole('tooltip');
    expect(names.querySelector('bdi')).toHaveAttribute('dir', 'auto');
    expect(names.textContent).toBe('<img src=x onerror=alert(1)> שלום');
    expect(container.querySelector('img')).toBeNull();
    const row = screen.getByRole('group', { name: 'Seen by 1' });
    await userEvent.tab();
    expect(row).toHaveFocus();
    await expectNoAxeViolations(container);
  });

  it('holds placeholders while the first page loads, and passes extra props and its ref to the root', () => {
    const ref = createRef<HTMLDivElement>();
    render(<SeenBy ref={ref} readers={[]} readCount={2} status="loading" className="app" data-testid="root" />);
    const root = screen.getByTestId('root');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('rrr-read-position', 'app');
    expect(root).toHaveAttribute('data-status', 'loading');
    expect(root.querySelectorAll('[data-skeleton]')).toHaveLength(2);
    expect(screen.getByRole('group', { name: 'Seen by 2' })).toHaveAccessibleDescription('Loading members…');
  });

  it('speaks the locale', () => {
    render(
      <LocaleProvider locale="ko">
        <SeenBy readers={readers} readCount={5} />
      </LocaleProvider>,
    );
    expect(screen.getByRole('group', { name: '5명이 읽음' })).toBeInTheDocument();
    expect(screen.getByText('읽은 사람')).toBeInTheDocument();
  });
});

describe('ReadPosition', () => {
  it("shows the peer's avatar, says who in its title, and passes extra props through", () => {
    render(<ReadPosition reader={{ userID: 'minjun', nickname: 'Minjun' }} data-testid="root" className="app" />);
    const root = screen.getByTestId('root');
    expect(root).toHaveClass('rrr-read-position', 'app');
    expect(root).toHaveAttribute('title', 'Minjun read up to here');
    expect(root).toHaveAttribute('data-kind', 'c2c');
    expect(root.textContent).toBe('M');
  });
});
