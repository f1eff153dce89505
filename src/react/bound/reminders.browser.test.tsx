import { render } from '@testing-library/react';
import { useState } from 'react';
import { page, userEvent } from 'vitest/browser';
import { createMockAdapter } from '../../mock/index';
import { ChatProvider } from '../../index';
import { buildBackend } from '../../../test/support/mock-backend';
import '../styles.css';
import { BoundConversationList } from './BoundConversationList';
import { ConversationView } from './ConversationView';

// Four apps on one mock backend in real Chromium, each with its own provider: alice writes to
// the team, bob reads it, carol and dave have not opened the team yet. Each app is a
// conversation list that opens the chosen conversation, as a messenger is.
function App({ label }: { label: string }) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section aria-label={label} style={{ display: 'grid', gridTemplateRows: '160px 420px' }}>
      <BoundConversationList aria-label={`${label} conversations`} selectedID={open} onSelect={setOpen} />
      {open && <ConversationView conversationID={open} label={`${label} log`} />}
    </section>
  );
}

function setup() {
  const backend = buildBackend({ remindInterval: 60_000 });
  const sent = backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'Please read the launch plan', needReadReceipt: true });
  backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'Comments by Friday', needReadReceipt: true });
  render(
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, 320px)' }}>
      {['alice', 'bob', 'carol', 'dave'].map((userID) => (
        <ChatProvider key={userID} adapter={createMockAdapter(backend, userID)} options={{ receiptIntervalMs: 50 }}>
          <App label={userID} />
        </ChatProvider>
      ))}
    </div>,
  );
  return { backend, messageID: sent.messageID };
}

const app = (name: string) => page.getByRole('region', { name, exact: true });
const teamRow = (name: string) => app(name).getByRole('button', { name: /^Team/ });

describe('unread counts, the divider and reminders, end to end', () => {
  it('shows the unread count in the list, the divider right after opening, and the count gone', async () => {
    setup();
    await expect.element(teamRow('bob')).toHaveTextContent(/2 unread messages/);
    await userEvent.click(teamRow('bob'));
    await expect.element(app('bob').getByText('2 unread messages', { exact: true })).toBeVisible();
    // The divider sits right above the first unread message.
    const divider = app('bob').getByText('2 unread messages', { exact: true }).element();
    expect(divider.closest('.rrr-message-row')).toHaveTextContent(/Please read the launch plan/);
    await expect.element(teamRow('bob')).not.toHaveTextContent(/unread message/);
  });

  it('reminds exactly the members who have not read, and they see the message highlighted when they open it', async () => {
    setup();
    // bob opens the team and reads both messages; alice's badge counts him.
    await userEvent.click(teamRow('bob'));
    await userEvent.click(teamRow('alice'));
    const badge = app('alice').getByRole('button', { name: /^Read by 1\b/ }).first();
    await expect.element(badge).toBeVisible();
    await userEvent.click(badge);
    const dialog = page.getByRole('dialog', { name: 'Message receipts' });
    await userEvent.click(dialog.getByRole('tab', { name: /^Unread/ }));
    await userEvent.click(dialog.getByRole('button', { name: 'Remind 2' }));
    const confirm = dialog.getByRole('group', { name: /Send a reminder to the 2 members/ });
    expect(confirm.getByRole('listitem').elements().map((li) => li.textContent)).toEqual(['carol', 'dave']);
    await userEvent.click(confirm.getByRole('button', { name: 'Send reminder' }));
    await expect.element(dialog.getByRole('status').filter({ hasText: 'Reminded 2 members' })).toBeVisible();
    await userEvent.keyboard('{Escape}');

    for (const name of ['carol', 'dave']) {
      await userEvent.click(teamRow(name));
      const note = app(name).getByText('alice reminded you to read this');
      await expect.element(note).toBeVisible();
      expect(note.element().closest('.rrr-message')).toHaveTextContent(/Please read the launch plan/);
    }
    // bob had read it: nothing reached him.
    expect(app('bob').getByText(/reminded you/).elements()).toHaveLength(0);
  });

  it('keeps the highlight on a message read and then scrolled away and back, while the conversation stays open', async () => {
    const backend = buildBackend({ remindInterval: 60_000 });
    for (let i = 0; i < 150; i += 1) backend.sendMessage('alice', { conversationID: 'GROUPteam', text: `older ${i}`, needReadReceipt: true });
    const sent = backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'Please read the launch plan', needReadReceipt: true });
    render(
      <ChatProvider adapter={createMockAdapter(backend, 'carol')} options={{ receiptIntervalMs: 50 }}>
        <App label="carol" />
      </ChatProvider>,
    );
    await expect.element(teamRow('carol')).toHaveTextContent(/151 unread messages/);
    expect(backend.remindUnread('alice', { messageID: sent.messageID }).reminded).toBe(3);
    await userEvent.click(teamRow('carol'));
    const note = app('carol').getByText('alice reminded you to read this');
    await expect.element(note).toBeVisible();
    // Seen: the store lets the reminder go (the notice goes with it).
    await vi.waitFor(() => expect(backend.getMessageReadReceipts('alice', [sent.messageID])[0]).toMatchObject({ readCount: 1 }));
    const log = app('carol').getByRole('log');
    const row = log.getByText('Please read the launch plan');
    (log.element() as HTMLElement).scrollTop = 0;
    await vi.waitFor(() => expect(row.elements()).toHaveLength(0));
    (log.element() as HTMLElement).scrollTop = log.element().scrollHeight;
    await expect.element(row).toBeVisible();
    await expect.element(note).toBeVisible();
    expect(note.element().closest('.rrr-message')).toHaveAttribute('data-reminded');
  });
});
