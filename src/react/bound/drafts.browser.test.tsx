import { render } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import { createChatStore, indexedDBStorage, type OutboxStorage } from '../../core/store';
import { createMockAdapter } from '../../mock/index';
import { ChatProvider } from '../../index';
import { buildBackend } from '../../../test/support/mock-backend';
import '../styles.css';
import { useState } from 'react';
import { BoundConversationList } from './BoundConversationList';
import { ConversationView } from './ConversationView';

// bob's app shows one conversation at a time, switched by the app without a key, as a
// messenger's pane is: `<ConversationView conversationID={open} />`.
function setup(storage: OutboxStorage, backend = buildBackend()) {
  const store = createChatStore(createMockAdapter(backend, 'bob'), { storage });
  const view = (conversationID: string) => (
    <div className="rrr-root" style={{ blockSize: 480, inlineSize: 360, display: 'flex', flexDirection: 'column' }}>
      <ChatProvider store={store}>
        <ConversationView conversationID={conversationID} label="Log" style={{ flex: 1, minBlockSize: 0 }} />
      </ChatProvider>
    </div>
  );
  const result = render(view('GROUPteam'));
  return { backend, store, show: (conversationID: string) => result.rerender(view(conversationID)), unmount: result.unmount };
}

const field = () => page.getByRole('textbox', { name: 'Message' });

describe('ConversationView across conversations and reloads', () => {
  it('keeps each conversation’s draft through switching and a reload, and clears it once sent', async () => {
    const storage = indexedDBStorage(`rrr-drafts-${Math.random().toString(36).slice(2)}`);
    const first = setup(storage);
    await expect.element(field()).toBeEnabled();
    await userEvent.type(field(), 'Budget is{Shift>}{Enter}{/Shift}due Friday');
    first.show('C2Calice');
    await expect.element(field()).toHaveValue('');
    await userEvent.type(field(), 'Lunch?');
    first.show('GROUPteam');
    await expect.element(field()).toHaveValue('Budget is\ndue Friday');
    await new Promise((resolve) => setTimeout(resolve, 200));
    first.unmount();

    // A reload: a fresh store on the same IndexedDB, as after F5.
    const reload = setup(storage, first.backend);
    await expect.element(field()).toHaveValue('Budget is\ndue Friday');
    reload.show('C2Calice');
    await expect.element(field()).toHaveValue('Lunch?');
    await userEvent.type(field(), '{Enter}');
    await expect.element(page.getByRole('log').getByText('Lunch?')).toBeVisible();
    await expect.element(field()).toHaveValue('');
    expect(reload.store.getState().drafts.has('C2Calice')).toBe(false);
  });

  it('opens another conversation at its newest message, though the last one was scrolled up', async () => {
    const backend = buildBackend();
    for (let i = 0; i < 80; i++) backend.sendMessage('alice', { conversationID: 'GROUPteam', text: `team ${i}`, needReadReceipt: false });
    for (let i = 0; i < 80; i++) backend.sendMessage('alice', { conversationID: 'C2Cbob', text: `direct ${i}`, needReadReceipt: false });
    const app = setup(indexedDBStorage(`rrr-drafts-${Math.random().toString(36).slice(2)}`), backend);
    await expect.element(page.getByText('team 79')).toBeVisible();
    (page.getByRole('log').element() as HTMLElement).scrollTop = 300;
    await new Promise((resolve) => setTimeout(resolve, 300));
    app.show('C2Calice');
    await expect.element(page.getByText('direct 79')).toBeVisible();
  });

  it('says "Draft: …" in the conversation list for a conversation left with one, until it is sent', async () => {
    const backend = buildBackend();
    backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'Standup moved', needReadReceipt: false });
    backend.sendMessage('alice', { conversationID: 'C2Cbob', text: 'Lunch?', needReadReceipt: false });
    function Messenger() {
      const [open, setOpen] = useState('GROUPteam');
      return (
        <div className="rrr-root" style={{ display: 'grid', gridTemplateRows: '160px 420px', inlineSize: 360 }}>
          <BoundConversationList selectedID={open} onSelect={setOpen} />
          <ConversationView conversationID={open} label="Log" />
        </div>
      );
    }
    render(
      <ChatProvider store={createChatStore(createMockAdapter(backend, 'bob'), { storage: indexedDBStorage(`rrr-drafts-${Math.random().toString(36).slice(2)}`) })}>
        <Messenger />
      </ChatProvider>,
    );
    const list = page.getByRole('list', { name: 'Conversations' });
    const teamRow = list.getByRole('button', { name: /^Team/ });
    await expect.element(field()).toBeEnabled();
    await userEvent.type(field(), 'Moved to when?');
    // The open conversation shows its draft in the composer, not in its row.
    await expect.element(teamRow).toHaveTextContent(/Standup moved/);
    await userEvent.click(list.getByRole('button', { name: /^alice/ }));
    await expect.element(teamRow).toHaveTextContent(/Draft: Moved to when\?/);
    await userEvent.click(teamRow);
    await expect.element(field()).toHaveValue('Moved to when?');
    await userEvent.type(field(), '{Enter}');
    await userEvent.click(list.getByRole('button', { name: /^alice/ }));
    await expect.element(teamRow).toHaveTextContent(/You: Moved to when\?/);
    expect(teamRow.element()).not.toHaveAttribute('data-draft');
  });
});
