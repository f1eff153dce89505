import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { forwardRef, version } from 'react';
import { buildMessage } from '../../../test/support/builders';
import { fakeLayout, polyfillDialog } from '../../../test/support/dom';
import { createFakeAdapter } from '../../../test/support/fake-adapter';
import { ChatError, ErrorCode } from '../../core/errors';
import { immediateUpdates } from '../../core/store';
import { ChatProvider } from '../ChatProvider';
import type { EmptyStateProps } from '../components/EmptyState';
import type { ErrorBannerProps } from '../components/ErrorBanner';
import { MessageBubble, type MessageBubbleProps } from '../components/MessageBubble';
import { MessageComposer, type MessageComposerProps } from '../components/MessageComposer';
import type { ReadReceiptBadgeProps } from '../components/ReadReceiptBadge';
import { ConversationView, type ConversationViewComponents } from './ConversationView';

let restoreLayout: () => void;
beforeAll(() => {
  polyfillDialog();
  restoreLayout = fakeLayout();
});
afterAll(() => restoreLayout());

function setup(components: ConversationViewComponents, adapter = createFakeAdapter()) {
  const own = buildMessage({ text: 'agenda attached' });
  adapter.history.set('GROUPteam', { messages: [own], nextCursor: '', isFinished: true });
  adapter.truth.set(own.messageID, { kind: 'group', messageID: own.messageID, groupID: 'team', readCount: 4, unreadCount: 8 });
  render(
    <ChatProvider adapter={adapter} options={{ scheduler: immediateUpdates }}>
      <ConversationView conversationID="GROUPteam" label="Team" components={components} />
    </ChatProvider>,
  );
  return { adapter, own };
}

// Issue 18, finding 5: changing the bubble meant rebuilding the view from five pieces.
describe('ConversationView components', () => {
  it('gives a replacement MessageBubble the props the default gets, and keeps its badge live', async () => {
    const seen: MessageBubbleProps[] = [];
    const Bubble = forwardRef<HTMLDivElement, MessageBubbleProps>(function Bubble(props, ref) {
      seen.push(props);
      return <MessageBubble {...props} ref={ref} className="app-bubble" />;
    });
    const { own } = setup({ MessageBubble: Bubble });
    const badge = await screen.findByRole('button', { name: /^Read by 4\b/ });
    expect(badge.closest('.rrr-message')).toHaveClass('app-bubble');
    expect(seen.at(-1)).toMatchObject({
      message: expect.objectContaining({ messageID: own.messageID }),
      own: true,
      showSender: true,
      receiptsEnabled: true,
      receipt: expect.objectContaining({ readCount: 4 }),
      sender: expect.objectContaining({ userID: 'me' }),
      onOpenMembers: expect.any(Function),
      onRetry: expect.any(Function),
    });
    // Its badge still opens the reader list.
    await userEvent.click(badge);
    expect(await screen.findByRole('dialog', { name: 'Message receipts' })).toBeInTheDocument();
  });

  it('puts a replacement ReadReceiptBadge in every own message, with the default badge props', async () => {
    const seen: ReadReceiptBadgeProps[] = [];
    function Badge(props: ReadReceiptBadgeProps) {
      seen.push(props);
      const count = props.receipt?.kind === 'group' ? props.receipt.readCount : 0;
      return <span>Seen by {count}</span>;
    }
    setup({ ReadReceiptBadge: Badge });
    expect(await screen.findByText('Seen by 4')).toBeInTheDocument();
    expect(seen.at(-1)).toMatchObject({ messageStatus: 'sent', onOpenMembers: expect.any(Function) });
  });

  it('hands a replacement Composer what sends a message and why it cannot', async () => {
    const seen: MessageComposerProps[] = [];
    function Composer(props: MessageComposerProps) {
      seen.push(props);
      return <MessageComposer {...props} label="Say something" />;
    }
    const { adapter } = setup({ Composer });
    expect(seen[0]).toMatchObject({ disabledReason: 'Connecting… Messages can be sent once you are signed in.', defaultRequestReceipt: true });
    const field = screen.getByRole('textbox', { name: 'Say something' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Send' })).not.toHaveAttribute('aria-disabled'));
    await userEvent.type(field, 'hi{Enter}');
    await waitFor(() => expect(adapter.sendMessage).toHaveBeenCalledWith(expect.objectContaining({ text: 'hi', needReadReceipt: true })));
    expect(seen.at(-1)).toMatchObject({ disabledReason: undefined, showReceiptToggle: true });
  });

  it('shows a replacement EmptyState while there are no messages, with the load status', async () => {
    const adapter = createFakeAdapter();
    function Empty({ status }: EmptyStateProps) {
      return <p>Nothing here ({status})</p>;
    }
    render(
      <ChatProvider adapter={adapter} options={{ scheduler: immediateUpdates }}>
        <ConversationView conversationID="GROUPquiet" components={{ EmptyState: Empty }} />
      </ChatProvider>,
    );
    expect(screen.getByText('Nothing here (idle)')).toBeInTheDocument();
    expect(await screen.findByText('Nothing here (ready)')).toBeInTheDocument();
  });

  it('shows a replacement ErrorBanner with the failure, Retry and Dismiss', async () => {
    const adapter = createFakeAdapter();
    adapter.getMessageHistory.mockRejectedValueOnce(new ChatError(ErrorCode.NETWORK, 'link down'));
    function Banner({ kind, error, onRetry, onDismiss }: ErrorBannerProps) {
      return (
        <div role="alert">
          {kind}: {error.message} <button onClick={onRetry}>Again</button> <button onClick={onDismiss}>Hide</button>
        </div>
      );
    }
    setup({ ErrorBanner: Banner }, adapter);
    expect(await screen.findByRole('alert')).toHaveTextContent('history: link down');
    await userEvent.click(screen.getByRole('button', { name: 'Again' }));
    expect(await screen.findByText('agenda attached')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('warns once when a replacement bubble drops the ref that reports reads', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    function RefDropper(props: MessageBubbleProps) {
      return <div>{props.message.text}</div>;
    }
    setup({ MessageBubble: RefDropper });
    expect(await screen.findByText('agenda attached')).toBeInTheDocument();
    await waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
    expect(warn.mock.calls[0]?.[0]).toMatch(/components\.MessageBubble \(RefDropper\) did not attach the ref/);
    // React 18 says so too, in its words (a function component given a ref); React 19 hands the
    // ref over as a prop and says nothing.
    if (version.startsWith('18.')) expect(String(error.mock.calls[0]?.[0])).toMatch(/Function components cannot be given refs/);
    else expect(error).not.toHaveBeenCalled();
  });
});
