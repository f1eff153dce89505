import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createChatStore, immediateUpdates } from '../../core/store';
import { createMockAdapter } from '../../mock';
import { buildBackend } from '../../../test/support/mock-backend';
import { ChatProvider } from '../ChatProvider';
import { BoundReminderNotice } from './BoundReminderNotice';

/** alice's message to the team; carol has not read it. */
async function world() {
  const backend = buildBackend({ remindInterval: 0 });
  const sent = backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'Read the plan', needReadReceipt: true });
  const storeOf = (userID: string) => ({ store: createChatStore(createMockAdapter(backend, userID), { scheduler: immediateUpdates }) });
  return { messageID: sent.messageID, alice: storeOf('alice'), carol: storeOf('carol') };
}

describe('BoundReminderNotice', () => {
  it('tells the reader who reminded them, opens the conversation at the message, and then hides it', async () => {
    const { messageID, alice, carol } = await world();
    const onOpen = vi.fn();
    render(<ChatProvider store={alice.store}>{null}</ChatProvider>);
    render(
      <ChatProvider store={carol.store}>
        <BoundReminderNotice onOpen={onOpen} conversationName={(id) => (id === 'GROUPteam' ? 'Team' : undefined)} />
      </ChatProvider>,
    );
    await act(() => alice.store.actions.openConversation('GROUPteam'));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    await act(async () => {
      await alice.store.actions.remindUnread(messageID);
    });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('alice reminded you to read a message in Team'));
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ messageID, conversationID: 'GROUPteam', senderID: 'alice' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('goes once the message is read, and Dismiss hides it without reading it', async () => {
    const { messageID, alice, carol } = await world();
    render(<ChatProvider store={alice.store}>{null}</ChatProvider>);
    render(
      <ChatProvider store={carol.store}>
        <BoundReminderNotice onOpen={() => {}} />
      </ChatProvider>,
    );
    await act(() => carol.store.actions.openConversation('GROUPteam'));
    await act(async () => {
      await alice.store.actions.remindUnread(messageID);
    });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^alice reminded you/));
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    // Dismissed, not read: the store still holds it, so the message stays highlighted.
    expect(carol.store.getState().receivedReminders.size).toBe(1);
    await act(async () => {
      await alice.store.actions.remindUnread(messageID);
    });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^alice reminded you/));
    act(() => carol.store.actions.reportRead([messageID]));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
