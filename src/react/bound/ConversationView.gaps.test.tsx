import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildBackend } from '../../../test/support/mock-backend';
import { fakeLayout, polyfillDialog } from '../../../test/support/dom';
import { createChatStore, immediateUpdates } from '../../core/store';
import { createMockAdapter } from '../../mock';
import { ChatProvider } from '../ChatProvider';
import { ConversationView } from './ConversationView';

let restoreLayout: () => void;
beforeAll(() => {
  polyfillDialog();
  // Tall enough that every row of this short history renders.
  restoreLayout = fakeLayout(4000);
});
afterAll(() => restoreLayout());

const CONVERSATION = 'GROUPteam';

describe('ConversationView after a long offline gap', () => {
  it('shows "Load missed messages" where the gap is, and fills it a page per press', async () => {
    const backend = buildBackend();
    const send = (count: number, prefix: string) => {
      for (let i = 0; i < count; i += 1) backend.sendMessage('alice', { conversationID: CONVERSATION, text: `${prefix} ${i}`, needReadReceipt: false });
    };
    send(4, 'before');
    const adapter = createMockAdapter(backend, 'bob', { latency: { min: 0, max: 0 } });
    const store = createChatStore(adapter, { scheduler: immediateUpdates, historyPageSize: 4, gapPageLimit: 1, random: () => 0.5 });
    render(
      <ChatProvider store={store}>
        <ConversationView conversationID={CONVERSATION} label="Team" />
      </ChatProvider>,
    );
    expect(await screen.findByText('before 3')).toBeInTheDocument();

    await act(async () => adapter.disconnect());
    send(10, 'missed');
    await act(async () => adapter.reconnect());

    const marker = await screen.findByRole('button', { name: 'Load missed messages' });
    // One page of four came in: the newest four, with the marker right above the oldest of them.
    expect(screen.getByText('missed 9')).toBeInTheDocument();
    expect(screen.queryByText('missed 5')).toBeNull();
    const rowText = (element: Element) => element.parentElement?.textContent ?? '';
    expect(rowText(marker)).toContain('missed 6');
    expect(rowText(marker).indexOf('Load missed messages')).toBeLessThan(rowText(marker).indexOf('missed 6'));

    const user = userEvent.setup();
    await user.click(marker);
    await waitFor(() => expect(screen.getByText('missed 2')).toBeInTheDocument());
    expect(rowText(screen.getByRole('button', { name: 'Load missed messages' }))).toContain('missed 2');
    await user.click(screen.getByRole('button', { name: 'Load missed messages' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Load missed messages' })).toBeNull());
    for (let i = 0; i < 10; i += 1) expect(screen.getByText(`missed ${i}`)).toBeInTheDocument();
    expect(screen.getByText('before 0')).toBeInTheDocument();
  });
});
