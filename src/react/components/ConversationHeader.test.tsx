import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { ConversationHeader } from './ConversationHeader';
import { expectNoAxeViolations } from '../../../test/support/dom';

describe('ConversationHeader', () => {
  it('names the conversation and counts a group’s members in the locale', async () => {
    const { container } = render(<ConversationHeader title="Design Team" memberCount={1} />);
    expect(screen.getByRole('heading', { name: 'Design Team' })).toHaveAttribute('dir', 'auto');
    expect(screen.getByText('1 member')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('shows no count for 1:1 or for a count that is not one', () => {
    const { container, rerender } = render(<ConversationHeader title="김민준" />);
    expect(container.querySelector('.rrr-conversation-members')).toBeNull();
    rerender(<ConversationHeader title="x" memberCount={Number.NaN} />);
    expect(container.querySelector('.rrr-conversation-members')).toBeNull();
  });

  it('speaks Korean', () => {
    render(
      <LocaleProvider locale="ko">
        <ConversationHeader title="디자인 팀" memberCount={12345} />
      </LocaleProvider>,
    );
    expect(screen.getByText('멤버 12,345명')).toBeInTheDocument();
  });
});
