import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MessageBubble } from './MessageBubble';
import { BASE_TIME, buildMessage, groupReceipt } from '../../../test/support/builders';
import { expectNoAxeViolations } from '../../../test/support/dom';

const alice = { userID: 'alice', nickname: 'Alice Kim', avatarURL: 'https://cdn.example.com/alice.png' };

describe('MessageBubble', () => {
  it("shows others' messages with name, avatar and time", async () => {
    const { container } = render(<MessageBubble message={buildMessage({ senderID: 'alice', time: BASE_TIME })} sender={alice} />);
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveAttribute('data-own', 'false');
    expect(root).toHaveAttribute('data-status', 'sent');
    expect(screen.getByText('Alice Kim').tagName).toBe('BDI');
    expect(container.querySelector('img')).toHaveAttribute('src', alice.avatarURL);
    expect(container.querySelector('time')).toHaveAttribute('datetime', '2025-03-04T10:32:00.000Z');
    expect(screen.queryByRole('button')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('renders text that looks like HTML as text', () => {
    const text = '<img src=x onerror=alert(1)><b>bold</b>';
    const { container } = render(<MessageBubble message={buildMessage({ text })} />);
    expect(screen.getByText(text)).toBeInTheDocument();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelectorAll('img')).toHaveLength(0);
  });

  it('links only http, https and mailto, opening in a new tab safely', () => {
    render(<MessageBubble message={buildMessage({ text: 'go https://ex.com now, not javascript:alert(1)' })} />);
    const link = screen.getByRole('link', { name: 'https://ex.com' });
    expect(link).toHaveAttribute('href', 'https://ex.com/');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>', 'data:image/svg+xml,<svg/>', undefined])(
    'shows initials instead of an avatar URL %s',
    (avatarURL) => {
      const { container } = render(<MessageBubble message={buildMessage()} sender={{ ...alice, avatarURL }} />);
      expect(container.querySelector('img')).toBeNull();
      expect(container.querySelector('.rrr-avatar')).toHaveTextContent('AK');
    },
  );

  it('falls back to initials when the image fails to load', () => {
    const { container } = render(<MessageBubble message={buildMessage()} sender={alice} />);
    fireEvent.error(container.querySelector('img') as HTMLImageElement);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.rrr-avatar')).toHaveTextContent('AK');
  });

  it('names a sender whose nickname draws nothing by user ID, not by a blank', () => {
    render(<MessageBubble message={buildMessage()} sender={{ userID: 'alice', nickname: '\u200B\u3164\u200D' }} />);
    expect(screen.getByText('alice').tagName).toBe('BDI');
  });

  it('shows own messages without sender, with the receipt badge', async () => {
    const onOpenMembers = vi.fn();
    const { container } = render(
      <MessageBubble message={buildMessage()} own receipt={groupReceipt('m1', 4, 8)} onOpenMembers={onOpenMembers} />,
    );
    expect(container.firstElementChild).toHaveAttribute('data-own', 'true');
    expect(container.querySelector('.rrr-avatar')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: /^Read by 4, 4 of 12 members/ }));
    expect(onOpenMembers).toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('shows plain "Sent" when the message did not ask for receipts', () => {
    render(<MessageBubble message={buildMessage({ needReadReceipt: false })} own receipt={groupReceipt('m1', 4, 8)} />);
    expect(screen.getByText('Sent')).toBeInTheDocument();
    expect(screen.getByText('Sent').querySelector('svg')).toHaveAttribute('data-glyph', 'check');
    expect(screen.queryByText(/Read by/)).toBeNull();
  });

  it('shows sending without a badge', () => {
    const { container } = render(<MessageBubble message={buildMessage({ status: 'sending', seq: 0 })} own />);
    expect(container.firstElementChild).toHaveAttribute('data-status', 'sending');
    expect(screen.getByText('Sending…')).toBeInTheDocument();
    expect(container.querySelector('.rrr-badge')).toBeNull();
    expect(screen.getByText('Sending…').querySelector('svg')).toHaveAttribute('data-glyph', 'clock');
  });

  it('offers Retry on a failed message', async () => {
    const onRetry = vi.fn();
    const message = buildMessage({ status: 'failed' });
    const { container } = render(<MessageBubble message={message} own onRetry={onRetry} />);
    expect(container.firstElementChild).toHaveAttribute('data-status', 'failed');
    expect(screen.getByText('Not sent')).toBeInTheDocument();
    expect(screen.getByText('Not sent').querySelector('svg')).toHaveAttribute('data-glyph', 'alert');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledWith(message);
  });

  it('takes custom content, a footer and a ref', () => {
    const ref = vi.fn();
    render(
      <MessageBubble
        message={buildMessage({ messageID: 'm1' })}
        renderContent={(m) => <em>custom {m.messageID}</em>}
        footer={<span>👍 2</span>}
        ref={ref}
      />,
    );
    expect(screen.getByText('custom m1')).toBeInTheDocument();
    expect(screen.getByText('👍 2')).toBeInTheDocument();
    expect(ref).toHaveBeenCalledWith(expect.any(HTMLDivElement));
  });

  it('never shows your own avatar or name, even where senders are shown', () => {
    const { container } = render(<MessageBubble message={buildMessage()} own showSender sender={alice} />);
    expect(container.querySelector('.rrr-avatar')).toBeNull();
    expect(screen.queryByText('Alice Kim')).toBeNull();
  });

  it.each([
    ['single', true, true],
    ['first', true, false],
    ['middle', false, false],
    ['last', false, true],
  ] as const)('in a run at %s shows the sender: %s, the time: %s', (run, sender, time) => {
    const { container } = render(<MessageBubble message={buildMessage({ senderID: 'alice' })} sender={alice} run={run} />);
    expect(screen.queryByText('Alice Kim') !== null).toBe(sender);
    expect(container.querySelector('.rrr-avatar') !== null).toBe(sender);
    expect(container.querySelector('time') !== null).toBe(time);
    expect(container.firstElementChild).toHaveAttribute('data-sender', sender ? 'shown' : 'indented');
  });

  it('keeps the status of an own message inside a run, without its time', () => {
    render(<MessageBubble message={buildMessage()} own run="middle" receipt={groupReceipt('m1', 2, 3)} />);
    expect(screen.getByText('Read by 2')).toBeInTheDocument();
    expect(document.querySelector('time')).toBeNull();
  });
});
