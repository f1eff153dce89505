import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MessageList } from './MessageList';
import { buildRows, RowsCache, updateRows } from './message-rows';
import { buildMessage, expectNoAxeViolations, fakeLayout } from './test-utils';

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

describe('buildRows', () => {
  it('puts one date separator before the first message of each day', () => {
    expect(buildRows(messages).map((r) => r.kind)).toEqual(['day', 'message', 'day', 'message', 'day', 'message', 'message']);
  });

  it('keys optimistic messages by clientID so sending does not remount them', () => {
    const sending = buildRows([buildMessage({ messageID: 'tmp', clientID: 'c1' })]);
    const sent = buildRows([buildMessage({ messageID: 'srv-9', clientID: 'c1' })]);
    expect(sending[1]?.key).toBe(sent[1]?.key);
  });
});

describe('updateRows', () => {
  const day = (d: number, h: number) => new Date(2025, 2, d, h, 0).getTime();
  const list = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, i) => buildMessage({ messageID: `x${from + i}`, time: day(1 + Math.floor((from + i) / 10), (from + i) % 10) }));
  const all = list(0, 40);

  it('builds rows only for appended messages and reuses the rest', () => {
    const first = updateRows(all.slice(0, 30));
    const next = updateRows(all, first);
    expect(next.built).toBe(10);
    expect(next.rows.slice(0, first.rows.length)).toEqual(first.rows);
    expect(next.rows[5]).toBe(first.rows[5]);
    expect(next.rows.map((r) => r.key)).toEqual(buildRows(all).map((r) => r.key));
  });

  it('builds rows only for prepended older messages (plus the old first one) and keeps separators right', () => {
    const first = updateRows(all.slice(15));
    const next = updateRows(all, first);
    expect(next.built).toBe(16);
    expect(next.rows.map((r) => r.key)).toEqual(buildRows(all).map((r) => r.key));
    expect(next.rows[next.rows.length - 1]).toBe(first.rows[first.rows.length - 1]);
    expect([...next.rowOf].map((i) => next.rows[i]?.key)).toEqual(all.map((m) => `m:${m.messageID}`));
  });

  it('rebuilds from a changed message in the middle', () => {
    const first = updateRows(all);
    const changed = all.map((m, i) => (i === 20 ? { ...m, text: 'edited' } : m));
    const next = updateRows(changed, first);
    expect(next.built).toBeLessThan(all.length);
    const row = next.rows[next.rowOf[20] as number];
    expect(row?.kind === 'message' && row.message.text).toBe('edited');
  });

  it('creates a Date per local day, not per message', () => {
    const cache = new RowsCache();
    cache.update(all);
    expect(cache.days.dates).toBe(4);
  });
});

describe('MessageList', () => {
  it('is a labelled log with date separators', async () => {
    const { container } = render(
      <MessageList messages={messages} now={now} renderMessage={(m) => <p>{m.text}</p>} />,
    );
    const log = screen.getByRole('log', { name: 'Messages' });
    expect(log).toHaveTextContent('Today');
    expect(log).toHaveTextContent('Yesterday');
    expect(log).toHaveTextContent('February 20, 2025');
    expect(screen.getByText('Noon')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('offers older messages and says when they load', async () => {
    const onLoadOlder = vi.fn();
    const { rerender } = render(
      <MessageList messages={messages} now={now} hasOlder onLoadOlder={onLoadOlder} renderMessage={(m) => m.text} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Load older messages' }));
    expect(onLoadOlder).toHaveBeenCalled();
    rerender(<MessageList messages={messages} now={now} hasOlder isLoadingOlder renderMessage={(m) => m.text} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading older messages…');
  });

  it('forwards its log element through ref', () => {
    const ref = vi.fn();
    render(<MessageList messages={messages} renderMessage={(m) => m.text} ref={ref} />);
    expect(ref).toHaveBeenCalledWith(screen.getByRole('log'));
  });
});
