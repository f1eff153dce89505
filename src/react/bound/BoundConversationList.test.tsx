import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createChatStore, immediateUpdates } from '../../core/store';
import { createMockAdapter } from '../../mock';
import { buildBackend } from '../../../test/support/mock-backend';
import { expectNoAxeViolations, fakeLayout } from '../../../test/support/dom';
import { ChatProvider } from '../ChatProvider';
import { useTotalUnreadCount } from '../use-conversation-list';
import { BoundConversationList } from './BoundConversationList';
import { ConversationView } from './ConversationView';

let restoreLayout: () => void;
beforeAll(() => (restoreLayout = fakeLayout()));
afterAll(() => restoreLayout());

function TotalBadge() {
  const total = useTotalUnreadCount();
  return <output aria-label="Total unread">{total ?? '…'}</output>;
}

/** A messenger: the list, and the conversation chosen in it. */
function Messenger({ onSelect }: { onSelect: (id: string) => void }) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <>
      <BoundConversationList
        onSelect={(id) => {
          setOpen(id);
          onSelect(id);
        }}
      />
      {open && <ConversationView conversationID={open} label="Chat" />}
    </>
  );
}

function setup(userID = 'bob') {
  // A clock that ticks per message, so "newest first" is never a tie broken by ID.
  let now = 1_700_000_000_000;
  const backend = buildBackend({ clock: () => (now += 1000) });
  const adapter = createMockAdapter(backend, userID);
  const store = createChatStore(adapter, { scheduler: immediateUpdates });
  const onSelect = vi.fn();
  render(
    <ChatProvider store={store}>
      <TotalBadge />
      <Messenger onSelect={onSelect} />
    </ChatProvider>,
  );
  return { backend, adapter, store, onSelect };
}

const total = () => screen.getByRole('status', { name: 'Total unread' });

describe('BoundConversationList', () => {
  it('lists the user’s conversations live, newest first, with the total unread as a hook', async () => {
    const { backend } = setup();
    await waitFor(() => expect(total()).toHaveTextContent('0'));
    // A group the user is in is listed before anyone wrote in it.
    expect(await screen.findByRole('button', { name: /Team/ })).not.toHaveTextContent('unread');
    await act(async () => {
      backend.sendMessage('alice', { conversationID: 'C2Cbob', text: 'ping', needReadReceipt: false });
      backend.sendMessage('carol', { conversationID: 'GROUPteam', text: 'lunch?', needReadReceipt: true });
    });
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
    const [first, second] = screen.getAllByRole('listitem') as [HTMLElement, HTMLElement];
    expect(within(first).getByRole('button')).toHaveTextContent(/Team.*lunch\?.*1 unread message/);
    expect(within(second).getByRole('button')).toHaveTextContent(/alice.*ping.*1 unread message/);
    await waitFor(() => expect(total()).toHaveTextContent('2'));
    await expectNoAxeViolations(document.body);
  });

  it('opening a conversation marks it read on the backend after the divider took the count, drops its count and the total, and tells the app', async () => {
    const { backend, adapter, onSelect } = setup();
    const mark = vi.spyOn(adapter, 'markConversationRead');
    await waitFor(() => expect(total()).toHaveTextContent('0'));
    await act(async () => {
      backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'one', needReadReceipt: false });
      backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'two', needReadReceipt: false });
    });
    await waitFor(() => expect(total()).toHaveTextContent('2'));
    await userEvent.click(screen.getByRole('button', { name: /^Team/ }));
    expect(onSelect).toHaveBeenCalledWith('GROUPteam');
    // Opened: the divider took the count first, then the conversation was read.
    await screen.findByText('2 unread messages');
    await waitFor(() => expect(mark).toHaveBeenCalledWith('GROUPteam'));
    // The feed's pushes about the two messages may land after the local drop; they settle at 0.
    await waitFor(() => expect(screen.getByRole('button', { name: /^Team/ })).not.toHaveTextContent('unread'));
    await waitFor(() => expect(total()).toHaveTextContent('0'));
    // The backend agrees: a fresh look at the conversation has nothing unread.
    await waitFor(async () => expect((await adapter.getConversation('GROUPteam')).unreadCount).toBe(0));
    // A message arriving while it is open is read too: the count and the total stay at 0.
    await act(async () => {
      backend.sendMessage('carol', { conversationID: 'GROUPteam', text: 'three, while open', needReadReceipt: false });
    });
    await screen.findByText('three, while open', { selector: '.rrr-message-text' });
    await waitFor(() => expect(mark).toHaveBeenCalledTimes(2));
    await waitFor(async () => expect((await adapter.getConversation('GROUPteam')).unreadCount).toBe(0));
    await waitFor(() => expect(total()).toHaveTextContent('0'));
  });

  it('shows the peer having read the user’s own last 1:1 message', async () => {
    const { backend } = setup('alice');
    await waitFor(() => expect(total()).toHaveTextContent('0'));
    await act(async () => {
      backend.sendMessage('alice', { conversationID: 'C2Cbob', text: 'did you see?', needReadReceipt: false });
    });
    const row = await screen.findByRole('button', { name: /did you see/ });
    expect(row).toHaveTextContent(/Sent.*You: did you see\?/);
    await act(async () => backend.markC2CMessageAsRead('bob', 'alice'));
    await waitFor(() => expect(screen.getByRole('button', { name: /did you see/ })).toHaveTextContent(/Read.*You: did you see\?/));
  });
});
