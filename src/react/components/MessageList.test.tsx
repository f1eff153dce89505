import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MessageList } from './MessageList';
import { MessageDays } from './message-days';
import { buildMessage } from '../../../test/support/builders';
import { expectNoAxeViolations, fakeLayout } from '../../../test/support/dom';

let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = fakeLayout();
});
afterAll(() => restoreLayout());

const now = new Date(2025, 2, 4, 12, 0).getTime();
const messages = [
  buildMessage({ messageID: 'a', text: 'Old one', time: new Date(2025, 1, 20, 9, 0).getTime() }),
  buildMessage({ messageID: 'b', text: 'From yesterday', time: new Date(2025, 2, 3, 18, 0).getTime() }),
  buildMessage({ messageID: 'c', text: 'Morning', time: new Date(2025, 2, 4, 8, 0).getTime() }),
  buildMessage({ messageID: 'd', text: 'Noon', time: new Date(2025, 2, 4, 11, 0).getTime() }),
];

describe('MessageDays', () => {
  const day = (d: number, h: number) => new Date(2025, 2, d, h, 0).getTime();
  const all = Array.from({ length: 40 }, (_, i) => buildMessage({ messageID: `x${i}`, time: day(1 + Math.floor(i / 10), i % 10) }));

  it('marks the first message of each local day', () => {
    const days = new MessageDays();
    const starts = all.flatMap((_, i) => (days.startsDay(all, i) ? [i] : []));
    expect(starts).toEqual([0, 10, 20, 30]);
  });

  it('skips messages without a valid time and compares with the last one that has one', () => {
    const list = [
      buildMessage({ messageID: 'a', time: day(1, 9) }),
      buildMessage({ messageID: 'b', time: Number.NaN }),
      buildMessage({ messageID: 'c', time: day(1, 10) }),
      buildMessage({ messageID: 'd', time: Number.NaN }),
      buildMessage({ messageID: 'e', time: day(2, 8) }),
    ];
    const days = new MessageDays();
    expect(list.map((_, i) => days.startsDay(list, i))).toEqual([true, false, false, false, true]);
  });

  it('creates a Date per local day in a pass over the list, not per message', () => {
    const days = new MessageDays();
    all.forEach((_, i) => days.startsDay(all, i));
    expect(days.dates).toBe(4);
  });
});

describe('MessageList', () => {
  it('is a labelled log with date separators', async () => {
    const { container } = render(
      <MessageList messages={messages} now={now} renderMessage={(m) => <p>{m.text}</p>} />,
    );
    const log = screen.getByRole('log', { name: 'Messages' });
    // One separator above the first message of each day, in order.
    expect([...log.querySelectorAll('.rrr-day, p:not(.rrr-day)')].map((el) => el.textContent)).toEqual([
      'February 20, 2025',
      'Old one',
      'Yesterday',
      'From yesterday',
      'Today',
      'Morning',
      'Noon',
    ]);
    expect(log).toHaveTextContent('Today');
    expect(log).toHaveTextContent('Yesterday');
    expect(log).toHaveTextContent('February 20, 2025');
    expect(screen.getByText('Noon')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('tells each row where it sits in its sender\'s run, a new day starting a new run', () => {
    const at = (messageID: string, senderID: string, d: number, h: number, m: number) =>
      buildMessage({ messageID, senderID, time: new Date(2025, 2, d, h, m).getTime() });
    const list = [at('a', 'x', 3, 23, 58), at('b', 'x', 4, 0, 0), at('c', 'x', 4, 0, 1), at('d', 'y', 4, 0, 1), at('e', 'x', 4, 0, 2)];
    const runs = new Map<string, string>();
    render(<MessageList messages={list} now={now} renderMessage={(m, run) => (runs.set(m.messageID, run), m.text)} />);
    expect(Object.fromEntries(runs)).toEqual({ a: 'single', b: 'first', c: 'last', d: 'single', e: 'single' });
  });

  it('splits a run where the app says something stands between two messages', () => {
    const list = [0, 1, 2].map((m) => buildMessage({ messageID: `g${m}`, senderID: 'x', time: new Date(2025, 2, 4, 9, m).getTime() }));
    const runs = new Map<string, string>();
    render(<MessageList messages={list} now={now} splitsRunBefore={(m) => m.messageID === 'g2'} renderMessage={(m, run) => (runs.set(m.messageID, run), m.text)} />);
    expect(Object.fromEntries(runs)).toEqual({ g0: 'first', g1: 'last', g2: 'single' });
  });

  it('offers older messages and says when they load', async () => {
    const onLoadMore = vi.fn();
    const { rerender } = render(
      <MessageList messages={messages} now={now} hasMore onLoadMore={onLoadMore} renderMessage={(m) => m.text} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Load older messages' }));
    expect(onLoadMore).toHaveBeenCalled();
    rerender(<MessageList messages={messages} now={now} hasMore moreStatus="loading" renderMessage={(m) => m.text} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading older messages…');
  });

  it('keeps an optimistic message mounted when the server assigns its ID', () => {
    const sending = buildMessage({ messageID: 'local-1', clientID: 'local-1', text: 'Hi', status: 'sending' });
    const sent = { ...sending, messageID: 'srv-9', status: 'sent' as const };
    const { rerender } = render(<MessageList messages={[sending]} renderMessage={(m) => <p data-message-id={m.messageID}>{m.text}</p>} />);
    const before = screen.getByText('Hi');
    rerender(<MessageList messages={[sent]} renderMessage={(m) => <p data-message-id={m.messageID}>{m.text}</p>} />);
    expect(screen.getByText('Hi')).toBe(before);
    expect(before).toHaveAttribute('data-message-id', 'srv-9');
  });

  it('forwards its log element through ref', () => {
    const ref = vi.fn();
    render(<MessageList messages={messages} renderMessage={(m) => m.text} ref={ref} />);
    expect(ref).toHaveBeenCalledWith(screen.getByRole('log'));
  });

  it('puts other props, className and style on its root, and keeps ref for the log', () => {
    const ref = vi.fn();
    const { container } = render(
      <MessageList
        messages={messages}
        renderMessage={(m) => m.text}
        ref={ref}
        className="app-list"
        style={{ maxBlockSize: 300 }}
        data-testid="chat-log"
        id="main-log"
      />,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root).toBe(screen.getByTestId('chat-log'));
    expect(root).toHaveClass('rrr-message-list', 'app-list');
    expect(root).toHaveAttribute('id', 'main-log');
    expect(root.style.maxBlockSize).toBe('300px');
    expect(ref).toHaveBeenCalledWith(screen.getByRole('log'));
    expect(screen.getByRole('log')).not.toBe(root);
  });
});
