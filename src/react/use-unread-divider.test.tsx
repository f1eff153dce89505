import { act, render, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createChatStore, immediateUpdates } from '../core/store';
import { createMockAdapter } from '../mock';
import { buildMessage } from '../../test/support/builders';
import { fakeLayout, polyfillDialog } from '../../test/support/dom';
import { buildBackend } from '../../test/support/mock-backend';
import { ChatProvider } from './ChatProvider';
import { ConversationView } from './bound/ConversationView';
import { firstUnreadMessage } from './use-unread-divider';

let restoreLayout: () => void;
beforeAll(() => {
  polyfillDialog();
  restoreLayout = fakeLayout(2000);
});
afterAll(() => restoreLayout());

describe('firstUnreadMessage', () => {
  const list = [
    buildMessage({ messageID: 'a', senderID: 'alice' }),
    buildMessage({ messageID: 'b', senderID: 'me' }),
    buildMessage({ messageID: 'c', senderID: 'alice' }),
    buildMessage({ messageID: 'd', senderID: 'me' }),
    buildMessage({ messageID: 'e', senderID: 'carol' }),
  ];

  it('is the count-th newest message from others, skipping the user’s own', () => {
    expect(firstUnreadMessage(list, 'me', 1)).toBe('e');
    expect(firstUnreadMessage(list, 'me', 2)).toBe('c');
    expect(firstUnreadMessage(list, 'me', 3)).toBe('a');
  });

  it('is the oldest loaded one from others when more are unread than loaded, and none when nothing is', () => {
    expect(firstUnreadMessage(list, 'me', 50)).toBe('a');
    expect(firstUnreadMessage(list, 'me', 0)).toBeNull();
    expect(firstUnreadMessage(list.filter((m) => m.senderID === 'me'), 'me', 2)).toBeNull();
  });
});

describe('the unread divider in ConversationView (mock backend)', () => {
  it('shows "N unread messages" above the first unread on opening, and keeps it there as more arrive', async () => {
    let now = 1_700_000_000_000;
    const backend = buildBackend({ clock: () => (now += 1000) });
    backend.sendMessage('bob', { conversationID: 'GROUPteam', text: 'my own words', needReadReceipt: false });
    backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'first unread', needReadReceipt: false });
    backend.sendMessage('carol', { conversationID: 'GROUPteam', text: 'second unread', needReadReceipt: false });
    const adapter = createMockAdapter(backend, 'bob');
    const ask = vi.spyOn(adapter, 'getConversation');
    const store = createChatStore(adapter, { scheduler: immediateUpdates });
    render(
      <ChatProvider store={store}>
        <ConversationView conversationID="GROUPteam" label="Team" />
      </ChatProvider>,
    );
    const divider = await screen.findByText('2 unread messages');
    expect(ask).toHaveBeenCalledWith('GROUPteam');
    // The divider is in the row of the first unread message, before its bubble.
    expect(divider.closest('.rrr-message-row')).toHaveTextContent(/2 unread messages.*first unread/);
    await act(async () => {
      backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'third, while reading', needReadReceipt: false });
    });
    await screen.findByText('third, while reading');
    await waitFor(() => expect(screen.getByText('2 unread messages').closest('.rrr-message-row')).toHaveTextContent('first unread'));
    expect(screen.getAllByText(/unread messages$/)).toHaveLength(1);
  });

  it('shows no divider when nothing is unread', async () => {
    const backend = buildBackend();
    backend.sendMessage('bob', { conversationID: 'GROUPteam', text: 'just me', needReadReceipt: false });
    const store = createChatStore(createMockAdapter(backend, 'bob'), { scheduler: immediateUpdates });
    render(
      <ChatProvider store={store}>
        <ConversationView conversationID="GROUPteam" label="Team" />
      </ChatProvider>,
    );
    await screen.findByText('just me');
    await act(() => store.actions.unreadCountOf('GROUPteam'));
    expect(screen.queryByText(/unread message/)).toBeNull();
  });
});
