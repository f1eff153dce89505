import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MessageList } from './MessageList';
import { buildRows } from './message-rows';
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
