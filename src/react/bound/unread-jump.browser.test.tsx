import { render } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import { ChatError, ErrorCode } from '../../core/errors';
import { conversationMessagesSelector, createChatStore } from '../../core/store';
import { createMockAdapter } from '../../mock/index';
import { ChatProvider } from '../../index';
import { buildBackend } from '../../../test/support/mock-backend';
import '../styles.css';
import { ConversationView } from './ConversationView';

// bob read the team up to "already read"; then 150 arrived, far more than the 5 pages of 20
// that opening loads to find the first unread one.
function setup(startAt?: 'bottom' | 'first-unread') {
  let now = 1_700_000_000_000;
  const backend = buildBackend({ clock: () => (now += 1000) });
  for (let i = 0; i < 40; i++) backend.sendMessage('alice', { conversationID: 'GROUPteam', text: `old ${i}`, needReadReceipt: false });
  backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'already read', needReadReceipt: false });
  backend.markConversationRead('bob', 'GROUPteam');
  for (let i = 1; i <= 150; i++) backend.sendMessage(i % 2 ? 'alice' : 'carol', { conversationID: 'GROUPteam', text: `unread ${i}`, needReadReceipt: false });
  const adapter = createMockAdapter(backend, 'bob');
  const history = vi.spyOn(adapter, 'getMessageHistory');
  const store = createChatStore(adapter, { historyPageSize: 20 });
  render(
    <div className="rrr-root" style={{ blockSize: 480, inlineSize: 360, display: 'flex', flexDirection: 'column' }}>
      <ChatProvider store={store}>
        <ConversationView conversationID="GROUPteam" label="Team" startAt={startAt} style={{ flex: 1, minBlockSize: 0 }} />
      </ChatProvider>
    </div>,
  );
  const loaded = () => conversationMessagesSelector('GROUPteam')(store.getState()).map((m) => m.text);
  return { history, loaded };
}

const log = () => page.getByRole('log', { name: 'Team' });
const jump = () => page.getByRole('button', { name: /^Jump to first unread/ });

/** Whether the divider is on screen in the log, right above `unread 1`. */
function dividerAboveFirstUnread() {
  const divider = log().getByText('150 unread messages', { exact: true });
  if (divider.elements().length !== 1) return false;
  const el = divider.element();
  const box = el.getBoundingClientRect();
  const view = log().element().getBoundingClientRect();
  return el.closest('.rrr-message-row')?.textContent?.includes('unread 1') === true && box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
}

describe('the jump to the first unread message beyond the pages loaded on opening', () => {
  it('loads the older pages it needs and lands on the divider; no divider stands above a message that is not the first unread', async () => {
    const { history, loaded } = setup();
    await expect.element(log().getByText('unread 150')).toBeVisible();
    // Opening loads its page and 5 more: 120 messages, the first unread not among them.
    await vi.waitFor(() => expect(loaded()[0]).toBe('unread 31'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(history).toHaveBeenCalledTimes(6);
    expect(log().getByText(/unread messages$/).elements()).toHaveLength(0);

    await userEvent.click(jump());
    await vi.waitFor(() => expect(dividerAboveFirstUnread()).toBe(true), { timeout: 10_000 });
    // Two more pages reached it (the eighth holds "unread 1"), and no page beyond.
    expect(history).toHaveBeenCalledTimes(8);
    expect(log().getByText(/unread messages$/).elements()).toHaveLength(1);
    await expect.element(jump()).not.toBeInTheDocument();
  });

  it('starts at the first unread when asked to, however far back it is', async () => {
    setup('first-unread');
    await vi.waitFor(() => expect(dividerAboveFirstUnread()).toBe(true), { timeout: 10_000 });
  });

  it('stops at a refused page, without asking again by itself, and a second press retries it', async () => {
    const { history, loaded } = setup();
    await vi.waitFor(() => expect(loaded()[0]).toBe('unread 31'));
    history.mockRejectedValueOnce(new ChatError(ErrorCode.NETWORK, 'offline'));
    await userEvent.click(jump());
    await expect.element(page.getByRole('alert')).toHaveTextContent(/Messages could not be loaded/);
    await expect.element(jump()).not.toHaveAttribute('aria-busy');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(history).toHaveBeenCalledTimes(7);

    await userEvent.click(jump());
    await vi.waitFor(() => expect(dividerAboveFirstUnread()).toBe(true), { timeout: 10_000 });
    expect(history).toHaveBeenCalledTimes(9);
  });
});
