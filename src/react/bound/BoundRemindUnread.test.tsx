import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChatEvent } from '../../core/adapter';
import { createChatStore, immediateUpdates } from '../../core/store';
import { createMockAdapter } from '../../mock';
import { buildBackend } from '../../../test/support/mock-backend';
import { expectNoAxeViolations, fakeLayout, polyfillDialog } from '../../../test/support/dom';
import { ChatProvider } from '../ChatProvider';
import { BoundMessageBubble } from './BoundMessageBubble';
import { BoundReadMemberListDrawer } from './BoundReadMemberListDrawer';

let restoreLayout: () => void;
beforeAll(() => {
  polyfillDialog();
  restoreLayout = fakeLayout();
});
afterAll(() => restoreLayout());

/**
 * Waits (RTL's waitFor: React 18 and 19 render while it polls, and updates then are expected)
 * until `check` holds and the store fetches nothing, so no answer lands after it unannounced.
 */
const settled = (store: { queryClient: { isFetching(): number } }, check: () => void = () => {}) =>
  waitFor(() => {
    check();
    expect(store.queryClient.isFetching()).toBe(0);
  });

/** alice's message to the team, read by bob; carol and dave have not read it. */
async function world() {
  const backend = buildBackend({ remindInterval: 5 * 60_000 });
  const sent = backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'Read the plan', needReadReceipt: true });
  backend.sendMessageReadReceipts('bob', [sent.messageID]);
  const storeOf = async (userID: string) => {
    const adapter = createMockAdapter(backend, userID);
    const store = createChatStore(adapter, { scheduler: immediateUpdates });
    const events: ChatEvent[] = [];
    adapter.subscribe((event) => events.push(event));
    return { adapter, store, events };
  };
  return { backend, messageID: sent.messageID, alice: await storeOf('alice'), bob: await storeOf('bob'), carol: await storeOf('carol') };
}

describe('reminding the unread members from the drawer', () => {
  it('the sender confirms on the Unread tab, exactly the unread members get it, and the next is rate-limited', async () => {
    const { messageID, alice, bob, carol } = await world();
    const remind = vi.spyOn(alice.adapter, 'remindUnread');
    render(
      <ChatProvider store={alice.store}>
        <BoundReadMemberListDrawer messageID={messageID} defaultTab="unread" onOpenChange={() => {}} />
      </ChatProvider>,
    );
    render(<ChatProvider store={bob.store}>{null}</ChatProvider>);
    render(<ChatProvider store={carol.store}>{null}</ChatProvider>);
    await act(() => alice.store.actions.openConversation('GROUPteam'));
    const dialog = screen.getByRole('dialog');
    // The Unread tab lists carol and dave (and the read tab is fetched behind it).
    await settled(alice.store, () => expect(within(dialog).getByRole('tabpanel')).toHaveTextContent(/carol.*dave/));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remind 2' }));
    const confirm = within(dialog).getByRole('group', { name: /Send a reminder to the 2 members/ });
    expect(within(confirm).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['carol', 'dave']);
    await expectNoAxeViolations(dialog);
    // No timers inside the click: the mock's answer (a later macrotask) lands in the act below.
    await userEvent.setup({ delay: null }).click(within(confirm).getByRole('button', { name: 'Send reminder' }));
    await settled(alice.store, () => expect(within(dialog).getByText(/^Reminded 2 members · Next reminder allowed at/)).toHaveAttribute('role', 'status'));
    expect(remind).toHaveBeenCalledWith({ messageID });
    expect(within(dialog).getByRole('button', { name: 'Remind 2' })).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() => expect(carol.events.filter((e) => e.type === 'reminder')).toHaveLength(1));
    expect(bob.events.filter((e) => e.type === 'reminder')).toEqual([]);
    expect(remind).toHaveBeenCalledTimes(1);
  });

  it('offers no reminder on someone else’s message', async () => {
    const { messageID, bob } = await world();
    render(
      <ChatProvider store={bob.store}>
        <BoundReadMemberListDrawer messageID={messageID} defaultTab="unread" onOpenChange={() => {}} />
      </ChatProvider>,
    );
    await act(() => bob.store.actions.openConversation('GROUPteam'));
    await waitFor(() => expect(bob.store.getState().conversations.get('GROUPteam')?.status).toBe('ready'));
    expect(within(screen.getByRole('dialog')).queryByRole('button', { name: /Remind/ })).toBeNull();
  });

  it('the receiver sees the original message highlighted, saying who reminded them', async () => {
    const { messageID, alice, carol } = await world();
    render(<ChatProvider store={alice.store}>{null}</ChatProvider>);
    const { container } = render(
      <ChatProvider store={carol.store}>
        <BoundMessageBubble messageID={messageID} />
      </ChatProvider>,
    );
    await act(() => carol.store.actions.openConversation('GROUPteam'));
    await screen.findByText('Read the plan');
    expect(container.querySelector('[data-reminded]')).toBeNull();
    await act(async () => {
      await alice.store.actions.remindUnread(messageID);
    });
    await waitFor(() => expect(screen.getByText('alice reminded you to read this')).toBeInTheDocument());
    expect(container.querySelector('.rrr-message')).toHaveAttribute('data-reminded');
  });

  it('keeps the highlight while the message is on screen after it was read, and not after it leaves and comes back', async () => {
    const { messageID, alice, carol } = await world();
    render(<ChatProvider store={alice.store}>{null}</ChatProvider>);
    const view = (shown: boolean) => <ChatProvider store={carol.store}>{shown && <BoundMessageBubble messageID={messageID} />}</ChatProvider>;
    const { container, rerender } = render(view(true));
    await act(() => carol.store.actions.openConversation('GROUPteam'));
    await act(async () => {
      await alice.store.actions.remindUnread(messageID);
    });
    await screen.findByText('alice reminded you to read this');
    // Seen: the store lets the reminder go, but the highlight does not vanish under the reader's eyes.
    act(() => carol.store.actions.reportRead([messageID]));
    expect(carol.store.getState().receivedReminders.size).toBe(0);
    expect(container.querySelector('.rrr-message')).toHaveAttribute('data-reminded');
    rerender(view(false));
    rerender(view(true));
    await screen.findByText('Read the plan');
    expect(container.querySelector('[data-reminded]')).toBeNull();
    expect(screen.queryByText('alice reminded you to read this')).toBeNull();
  });
});
