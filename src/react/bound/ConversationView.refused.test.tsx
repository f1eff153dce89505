import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildMessage } from '../../../test/support/builders';
import { fakeLayout, polyfillDialog } from '../../../test/support/dom';
import { createFakeAdapter } from '../../../test/support/fake-adapter';
import { ChatError, ErrorCode } from '../../core/errors';
import { createChatStore, immediateUpdates } from '../../core/store';
import { ChatProvider } from '../ChatProvider';
import { ConversationView } from './ConversationView';

let restoreLayout: () => void;
beforeAll(() => {
  polyfillDialog();
  restoreLayout = fakeLayout(4000);
});
afterAll(() => restoreLayout());

describe('ConversationView when the backend refuses receipts', () => {
  it('sends the good ones, tells the user how many were refused, and hides the notice on Dismiss', async () => {
    const messages = [1, 2, 3].map((n) => buildMessage({ senderID: 'alice', text: `hello ${n}`, seq: n }));
    const bad = messages[1]!.messageID;
    const adapter = createFakeAdapter();
    adapter.history.set('GROUPteam', { messages, nextCursor: '', isFinished: true });
    adapter.sendMessageReadReceipts.mockImplementation(async (ids: string[]) => {
      if (ids.includes(bad)) throw new ChatError(ErrorCode.INVALID_PARAMETER, `message ${bad} does not exist`, { backendCode: 10007 });
    });
    const store = createChatStore(adapter, { scheduler: immediateUpdates, receiptIntervalMs: 0 });
    render(
      <ChatProvider store={store}>
        <ConversationView conversationID="GROUPteam" label="Team" />
      </ChatProvider>,
    );
    expect(await screen.findByText('hello 3')).toBeInTheDocument();
    act(() => store.actions.reportRead(messages.map((m) => m.messageID)));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The read receipt of 1 message could not be sent.');
    const delivered = adapter.sendMessageReadReceipts.mock.calls.filter(([ids]) => !ids.includes(bad)).flatMap(([ids]) => ids);
    expect(delivered.sort()).toEqual([messages[0]!.messageID, messages[2]!.messageID].sort());
    expect(store.getState().errors.map((entry) => entry.error.code)).toEqual([ErrorCode.INVALID_PARAMETER]);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(store.getState().refusedReceipts.size).toBe(0);
  });
});
