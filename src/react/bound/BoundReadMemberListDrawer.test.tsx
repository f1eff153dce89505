import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatStore, immediateUpdates } from '../../core/store';
import { buildMessage, groupReceipt } from '../../../test/support/builders';
import { createFakeAdapter } from '../../../test/support/fake-adapter';
import type { MemberPage, MessageID, ReadFilter } from '../../core/types';
import { ChatProvider } from '../ChatProvider';
import { fakeLayout, polyfillDialog } from '../../../test/support/dom';
import { BoundMessageBubble } from './BoundMessageBubble';
import { BoundReadMemberListDrawer } from './BoundReadMemberListDrawer';

type Adapter = ReturnType<typeof createFakeAdapter>;

let restoreLayout: () => void;
beforeAll(() => {
  polyfillDialog();
  restoreLayout = fakeLayout();
});
afterAll(() => restoreLayout());

function page(ids: string[]): MemberPage {
  return { members: ids.map((userID) => ({ profile: { userID, nickname: `Member ${userID}` } })), nextSeq: '', isFinished: true };
}

/** An adapter whose member pages answer only when the test says so. */
function deferredPages(adapter: Adapter) {
  const waiting: { filter: ReadFilter; answer: () => void }[] = [];
  adapter.getGroupMessageReadMemberList.mockImplementation(
    (query: { filter: ReadFilter }) =>
      new Promise<MemberPage>((resolve) => {
        waiting.push({ filter: query.filter, answer: () => resolve(page(query.filter === 'read' ? ['a', 'b'] : ['c'])) });
      }),
  );
  return {
    asked: () => adapter.getGroupMessageReadMemberList.mock.calls.map(([query]) => (query as { filter: ReadFilter }).filter),
    answer: async (filter: ReadFilter) => {
      const call = waiting.find((w) => w.filter === filter);
      if (!call) throw new Error(`no ${filter} request is waiting`);
      waiting.splice(waiting.indexOf(call), 1);
      await act(async () => call.answer());
    },
  };
}

function setup() {
  const adapter = createFakeAdapter();
  const store = createChatStore(adapter, { scheduler: immediateUpdates });
  const wrap = (children: ReactNode) => (
    <ChatProvider store={store}>
      {children}
    </ChatProvider>
  );
  return { adapter, store, wrap };
}

describe('BoundReadMemberListDrawer', () => {
  it('asks for the shown tab first, and for the hidden tab once the shown one has its page', async () => {
    const { adapter, wrap } = setup();
    const pages = deferredPages(adapter);
    render(wrap(<BoundReadMemberListDrawer messageID="m1" onOpenChange={() => {}} />));
    await waitFor(() => expect(pages.asked()).toEqual(['read']));
    await pages.answer('read');
    expect(await screen.findByText('Member a')).toBeInTheDocument();
    await waitFor(() => expect(pages.asked()).toEqual(['read', 'unread']));
    await pages.answer('unread');
    await userEvent.click(screen.getByRole('tab', { name: /Unread/ }));
    expect(await screen.findByText('Member c')).toBeInTheDocument();
    // The switch used the page loaded in the background: no request was repeated.
    expect(pages.asked()).toEqual(['read', 'unread']);
  });

  it('opened on the Unread tab, asks for that one first', async () => {
    const { adapter, wrap } = setup();
    const pages = deferredPages(adapter);
    render(wrap(<BoundReadMemberListDrawer messageID="m1" defaultTab="unread" onOpenChange={() => {}} />));
    await waitFor(() => expect(pages.asked()).toEqual(['unread']));
    await pages.answer('unread');
    await waitFor(() => expect(pages.asked()).toEqual(['unread', 'read']));
  });
});

describe('opening the drawer from a bubble', () => {
  it('requests the read page in the click itself, and the drawer then uses that one request', async () => {
    const { adapter, store, wrap } = setup();
    const pages = deferredPages(adapter);
    const message = buildMessage({ conversationID: 'GROUPg1', senderID: 'me' });
    let openDrawer: (id: MessageID) => void = () => {};
    // The app opens its drawer whenever it likes; the request must not wait for that.
    function Conversation() {
      const [open, setOpen] = useState<MessageID | null>(null);
      openDrawer = setOpen;
      return (
        <>
          <BoundMessageBubble messageID={message.messageID} onOpenMembers={() => {}} />
          <BoundReadMemberListDrawer messageID={open} onOpenChange={(next) => !next && setOpen(null)} />
        </>
      );
    }
    render(wrap(<Conversation />));
    await waitFor(() => expect(store.getState().userID).toBe('me'));
    act(() => adapter.emit({ type: 'messages', messages: [message] }));
    act(() => adapter.emit({ type: 'receipts', receipts: [groupReceipt(message.messageID, 2, 1)] }));
    await userEvent.click(await screen.findByRole('button', { name: /^Read by 2/ }));
    expect(pages.asked()).toEqual(['read']);
    act(() => openDrawer(message.messageID));
    await pages.answer('read');
    expect(await screen.findByText('Member b')).toBeInTheDocument();
    expect(pages.asked().filter((filter) => filter === 'read')).toHaveLength(1);
  });
});
