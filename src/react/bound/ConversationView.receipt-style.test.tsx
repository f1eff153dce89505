import { act, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { buildMessage, groupReceipt } from '../../../test/support/builders';
import { fakeLayout, polyfillDialog } from '../../../test/support/dom';
import { createFakeAdapter } from '../../../test/support/fake-adapter';
import { immediateUpdates } from '../../core/store';
import { ChatProvider } from '../ChatProvider';
import { LocaleProvider } from '../i18n/LocaleProvider';
import type { ReceiptStyle } from '../i18n/receipt-style';
import { ConversationView } from './ConversationView';

let restoreLayout: () => void;
beforeAll(() => {
  polyfillDialog();
  restoreLayout = fakeLayout();
});
afterAll(() => restoreLayout());

/** An own message read by 4 of 12, and Alice's, in the team group. */
function setup(wrap: (view: ReactNode) => ReactNode, receiptStyle?: ReceiptStyle) {
  const adapter = createFakeAdapter();
  const own = buildMessage({ text: 'agenda attached' });
  const theirs = buildMessage({ senderID: 'alice', text: 'thanks' });
  adapter.history.set('GROUPteam', { messages: [own, theirs], nextCursor: '', isFinished: true });
  adapter.truth.set(own.messageID, groupReceipt(own.messageID, 4, 8));
  const { container } = render(
    <ChatProvider adapter={adapter} options={{ scheduler: immediateUpdates }}>
      {wrap(<ConversationView conversationID="GROUPteam" label="Team" receiptStyle={receiptStyle} />)}
    </ChatProvider>,
  );
  const badgeOf = (messageID: string) => container.querySelector(`[data-message-id="${messageID}"] .rrr-badge`);
  return { adapter, own, theirs, badgeOf };
}

// Issue 20, item 3: the style is the LocaleProvider's (by locale, or as told), unless the view is told one.
describe('ConversationView receiptStyle', () => {
  it('shows "Read by N" in English by default', async () => {
    setup((view) => view);
    expect(await screen.findByRole('button', { name: /^Read by 4, 4 of 12 members/ })).toHaveAttribute('data-receipt-style', 'read-by');
  });

  it("follows the locale's default: count-down for Korean", async () => {
    const { own, badgeOf } = setup((view) => <LocaleProvider locale="ko">{view}</LocaleProvider>);
    await waitFor(() => expect(badgeOf(own.messageID)).toHaveAttribute('data-receipt-style', 'count-down'));
    expect(screen.getByRole('button', { name: /^8 명 안 읽음/ })).toHaveTextContent(/^8$/);
  });

  it("takes the provider's style, and shows others' counts once the backend gives them", async () => {
    const { adapter, own, theirs, badgeOf } = setup((view) => <LocaleProvider receiptStyle="count-down">{view}</LocaleProvider>);
    expect(await screen.findByRole('button', { name: '8 unread, 4 of 12 read, show who read this' })).toHaveTextContent(/^8$/);
    expect(badgeOf(own.messageID)).toHaveAttribute('data-receipt-style', 'count-down');
    // Alice's message shows nothing until counts for it arrive (this fake backend pushes them; Tencent never does).
    expect(badgeOf(theirs.messageID)).toBeNull();
    act(() => adapter.emit({ type: 'receipts', receipts: [groupReceipt(theirs.messageID, 5, 7)] }));
    await waitFor(() => expect(badgeOf(theirs.messageID)).toHaveTextContent(/^7 unread, 5 of 12 read$/));
  });

  it("lets the view's own prop win over the provider's and the locale's", async () => {
    const { own, badgeOf } = setup((view) => (
      <LocaleProvider locale="zh-CN" receiptStyle="count-down">
        {view}
      </LocaleProvider>
    ), 'unread');
    expect(await screen.findByRole('button', { name: /^8人未读/ })).toHaveTextContent(/^8人未读$/);
    expect(badgeOf(own.messageID)).toHaveAttribute('data-receipt-style', 'unread');
  });
});
