import { act, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createChatStore, immediateUpdates } from '../core/store';
import { createMockAdapter } from '../mock';
import { buildMessage } from '../../test/support/builders';
import { fakeLayout, polyfillDialog } from '../../test/support/dom';
import { buildBackend } from '../../test/support/mock-backend';
import { ChatProvider } from './ChatProvider';
import { ConversationView } from './bound/ConversationView';
import { locateFirstUnread } from '../core/unread-divider';

let restoreLayout: () => void;
beforeAll(() => {
  polyfillDialog();
  restoreLayout = fakeLayout(2000);
});
afterAll(() => restoreLayout());

describe('locateFirstUnread (the rule)', () => {
  const list = [
    buildMessage({ messageID: 'a', senderID: 'alice' }),
    buildMessage({ messageID: 'b', senderID: 'me' }),
    buildMessage({ messageID: 'c', senderID: 'alice' }),
    buildMessage({ messageID: 'd', senderID: 'me' }),
    buildMessage({ messageID: 'e', senderID: 'carol' }),
  ];
  const first = (count: number, anchorID: string | null = null, messages = list) => locateFirstUnread(messages, 'me', count, anchorID);

  it('is the count-th newest message from others, skipping the user’s own', () => {
    expect(first(1)).toEqual({ messageID: 'e', found: true });
    expect(first(2)).toEqual({ messageID: 'c', found: true });
    expect(first(3)).toEqual({ messageID: 'a', found: true });
  });

  it('counts back from the newest message at opening, so later arrivals do not move it', () => {
    expect(first(1, 'c')).toEqual({ messageID: 'c', found: true });
    expect(first(2, 'd')).toEqual({ messageID: 'a', found: true });
  });

  it('is the oldest loaded one from others, not found, when more are unread than loaded; none when nothing is', () => {
    expect(first(50)).toEqual({ messageID: 'a', found: false });
    expect(first(0)).toEqual({ messageID: null, found: true });
    expect(first(2, null, list.filter((m) => m.senderID === 'me'))).toEqual({ messageID: null, found: false });
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

describe('the unread divider when more are unread than the first page holds', () => {
  it('loads older pages until the first unread message is in, and puts the divider above it', async () => {
    let now = 1_700_000_000_000;
    const backend = buildBackend({ clock: () => (now += 1000) });
    for (let i = 0; i < 40; i++) backend.sendMessage('alice', { conversationID: 'GROUPteam', text: `old ${i}`, needReadReceipt: false });
    backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'already read', needReadReceipt: false });
    // bob read up to here, then 30 arrived from others (with one of his own in between).
    backend.markConversationRead('bob', 'GROUPteam');
    for (let i = 1; i <= 30; i++) {
      backend.sendMessage(i % 2 ? 'alice' : 'carol', { conversationID: 'GROUPteam', text: `unread ${i}`, needReadReceipt: false });
      if (i === 10) backend.sendMessage('bob', { conversationID: 'GROUPteam', text: 'bob chimes in', needReadReceipt: false });
    }
    const adapter = createMockAdapter(backend, 'bob');
    const getHistory = vi.spyOn(adapter, 'getMessageHistory');
    const store = createChatStore(adapter, { scheduler: immediateUpdates, historyPageSize: 20 });
    render(
      <ChatProvider store={store}>
        <ConversationView conversationID="GROUPteam" label="Team" />
      </ChatProvider>,
    );
    await screen.findByText('30 unread messages');
    await waitFor(() => expect(within(screen.getByText('30 unread messages').closest('.rrr-message-row') as HTMLElement).getByText('unread 1')).toBeDefined());
    // It took the second page (20 + 12 messages), not the whole history.
    expect(getHistory).toHaveBeenCalledTimes(2);
    expect(screen.getAllByText(/unread messages$/)).toHaveLength(1);
  });
});
