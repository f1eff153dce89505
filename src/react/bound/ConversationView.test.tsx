import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildMessage } from '../../../test/support/builders';
import { fakeLayout, polyfillDialog } from '../../../test/support/dom';
import { createFakeAdapter } from '../../../test/support/fake-adapter';
import { createChatStore, immediateUpdates } from '../../core/store';
import type { HistoryPage } from '../../core/types';
import { ChatProvider } from '../ChatProvider';
import { ConversationView } from './ConversationView';

let restoreLayout: () => void;
beforeAll(() => {
  polyfillDialog();
  restoreLayout = fakeLayout();
});
afterAll(() => restoreLayout());

/** History pages that answer when the test says so. */
function deferredHistory(adapter: ReturnType<typeof createFakeAdapter>) {
  const waiting: ((page: HistoryPage) => void)[] = [];
  adapter.getMessageHistory.mockImplementation(() => new Promise<HistoryPage>((resolve) => waiting.push(resolve)));
  return async (page: HistoryPage) => {
    await act(async () => waiting.shift()!(page));
  };
}

describe('ConversationView paging', () => {
  it('says "Loading older messages" while an older page loads, and not during the first load', async () => {
    const adapter = createFakeAdapter();
    const answer = deferredHistory(adapter);
    const store = createChatStore(adapter, { scheduler: immediateUpdates });
    render(
      <ChatProvider store={store}>
        <ConversationView conversationID="GROUPteam" label="Team" />
      </ChatProvider>,
    );
    await waitFor(() => expect(adapter.getMessageHistory).toHaveBeenCalledTimes(1));
    // The group's info (receipts on) arrives before the test goes on: the toggle appears with it.
    expect(await screen.findByRole('checkbox', { name: 'Request read receipt' })).toBeInTheDocument();
    expect(screen.queryByText('Loading older messages…')).toBeNull();
    await answer({ messages: [buildMessage({ senderID: 'alice', text: 'newest' })], nextCursor: 'c1', isFinished: false });
    expect(await screen.findByText('newest')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Load older messages' }));
    expect(adapter.getMessageHistory).toHaveBeenLastCalledWith(expect.objectContaining({ cursor: 'c1' }));
    expect(screen.getByText('Loading older messages…')).toHaveAttribute('role', 'status');
    await answer({ messages: [buildMessage({ senderID: 'alice', text: 'oldest', seq: 0 })], nextCursor: '', isFinished: true });
    expect(await screen.findByText('oldest')).toBeInTheDocument();
    expect(screen.queryByText('Loading older messages…')).toBeNull();
  });
});
