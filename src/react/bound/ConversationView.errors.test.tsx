import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildMessage } from '../../../test/support/builders';
import { fakeLayout, polyfillDialog } from '../../../test/support/dom';
import { createFakeAdapter } from '../../../test/support/fake-adapter';
import { ChatError, ErrorCode } from '../../core/errors';
import { immediateUpdates, type ErrorEntry } from '../../core/store';
import { ChatProvider } from '../ChatProvider';
import { ConversationView } from './ConversationView';

let restoreLayout: () => void;
beforeAll(() => {
  polyfillDialog();
  restoreLayout = fakeLayout();
});
afterAll(() => restoreLayout());

function renderView(adapter: ReturnType<typeof createFakeAdapter>, onError = vi.fn<(entry: ErrorEntry) => void>()) {
  render(
    <ChatProvider adapter={adapter} options={{ scheduler: immediateUpdates }} onError={onError}>
      <ConversationView conversationID="GROUPteam" label="Team" />
    </ChatProvider>,
  );
  return onError;
}

// Issue 18, finding 6: a failing history call showed an empty chat, a failed login "You are offline".
describe('ConversationView failures', () => {
  it('shows a failed history page as a banner whose Retry loads it, and tells the app', async () => {
    const adapter = createFakeAdapter();
    adapter.history.set('GROUPteam', { messages: [buildMessage({ senderID: 'alice', text: 'hello team' })], nextCursor: '', isFinished: true });
    adapter.getMessageHistory.mockRejectedValueOnce(new ChatError(ErrorCode.NETWORK, 'offline'));
    const onError = renderView(adapter);
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Messages could not be loaded.');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ error: expect.objectContaining({ code: ErrorCode.NETWORK }) }));

    await userEvent.click(within(banner).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('hello team')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(adapter.getMessageHistory).toHaveBeenCalledTimes(2);
  });

  it('shows a failed login as such, not as being offline, and Retry logs in', async () => {
    const adapter = createFakeAdapter();
    adapter.login.mockRejectedValueOnce(new ChatError(ErrorCode.NO_PERMISSION, 'refused'));
    renderView(adapter);
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Could not sign in.');
    const composer = screen.getByRole('textbox', { name: 'Message' });
    expect(composer).toHaveAccessibleDescription('You are not signed in. Messages can be sent once you sign in again.');
    expect(screen.queryByText(/offline/)).toBeNull();

    await userEvent.click(within(banner).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Send' })).not.toHaveAttribute('aria-disabled'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(adapter.login).toHaveBeenCalledTimes(2);
  });

  it('says the session ended when the user was signed out', async () => {
    const adapter = createFakeAdapter();
    renderView(adapter);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Send' })).not.toHaveAttribute('aria-disabled'));
    act(() => adapter.emit({ type: 'connection', state: 'signedOut', reason: new ChatError(ErrorCode.KICKED_OUT, 'kicked') }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You were signed out.');
  });

  it('hides the banner on Dismiss until the next failure', async () => {
    const adapter = createFakeAdapter();
    adapter.getMessageHistory.mockRejectedValue(new ChatError(ErrorCode.NETWORK, 'offline'));
    renderView(adapter);
    await userEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    // With the banner gone the empty log still says why it is empty.
    expect(screen.getByText('Messages could not be loaded.')).toHaveAttribute('role', 'status');
    // The next failure is a new one: it gets its banner.
    act(() => adapter.emit({ type: 'connection', state: 'signedOut', reason: new ChatError(ErrorCode.KICKED_OUT, 'kicked') }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You were signed out.');
  });
});
