import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildMessage, groupReceipt } from '../../../test/support/builders';
import { fakeLayout, polyfillDialog } from '../../../test/support/dom';
import { createFakeAdapter } from '../../../test/support/fake-adapter';
import { createChatStore, immediateUpdates } from '../../core/store';
import type { MemberPage, Message } from '../../core/types';
import { ChatProvider } from '../ChatProvider';
import { ConversationView, type ConversationViewProps } from './ConversationView';

let restoreLayout: () => void;
beforeAll(() => {
  polyfillDialog();
  restoreLayout = fakeLayout(2000);
});
afterAll(() => restoreLayout());

const readers = (count: number): MemberPage => ({
  members: Array.from({ length: count }, (_, i) => ({ profile: { userID: `u${i}`, nickname: `Reader ${i}` }, readTime: 1000 - i })),
  nextSeq: '',
  isFinished: true,
});

async function open(conversationID: string, messages: Message[], props: Partial<ConversationViewProps> = {}, memberCount = 8) {
  const adapter = createFakeAdapter();
  adapter.history.set(conversationID, { messages, nextCursor: '', isFinished: true });
  adapter.groups.set('team', { groupID: 'team', name: 'Team', type: 'Work', memberCount, receiptsEnabled: true });
  const store = createChatStore(adapter, { scheduler: immediateUpdates });
  const view = render(
    <ChatProvider store={store}>
      <ConversationView conversationID={conversationID} label="Chat" {...props} />
    </ChatProvider>,
  );
  await screen.findByText(messages[messages.length - 1]!.text);
  const emit = (event: Parameters<typeof adapter.emit>[0]) => act(() => adapter.emit(event));
  const positions = () => [...view.container.querySelectorAll('.rrr-read-position')];
  const rowOf = (message: Message) => view.container.querySelector(`[data-message-id="${message.messageID}"]`)!.parentElement!;
  return { adapter, store, emit, positions, rowOf };
}

describe('readers at their read position', () => {
  it("puts the 1:1 peer's one avatar under the newest own message they read, and moves it as they read on", async () => {
    const chat = 'C2Cbob';
    const messages = [buildMessage({ conversationID: chat }), buildMessage({ conversationID: chat, senderID: 'bob' }), buildMessage({ conversationID: chat }), buildMessage({ conversationID: chat })];
    const [a, , b, c] = messages as [Message, Message, Message, Message];
    const { emit, positions, rowOf } = await open(chat, messages);
    expect(positions()).toHaveLength(0);
    emit({ type: 'c2cRead', userID: 'bob', timestamp: b.time });
    await waitFor(() => expect(positions()).toHaveLength(1));
    expect(rowOf(b)).toContainElement(positions()[0] as HTMLElement);
    expect(positions()[0]).toHaveAttribute('title', 'N-bob read up to here');
    emit({ type: 'c2cRead', userID: 'bob', timestamp: c.time });
    await waitFor(() => expect(rowOf(c)).toContainElement(positions()[0] as HTMLElement));
    expect(positions()).toHaveLength(1);
    expect(rowOf(a).querySelector('.rrr-read-position')).toBeNull();
  });

  it('shows "Seen by" the first page of readers on the newest read group message, refreshed when its count changes', async () => {
    const messages = [buildMessage(), buildMessage({ senderID: 'alice' }), buildMessage()];
    const [older, , newest] = messages as [Message, Message, Message];
    const { adapter, emit, positions, rowOf } = await open('GROUPteam', messages);
    adapter.getGroupMessageReadMemberList.mockResolvedValue(readers(4));
    emit({ type: 'receipts', receipts: [groupReceipt(older.messageID, 5, 2), groupReceipt(newest.messageID, 4, 3)] });
    const button = await screen.findByRole('button', { name: 'Seen by 4, show who read this' });
    expect(rowOf(newest)).toContainElement(button);
    expect(positions()).toHaveLength(1);
    await waitFor(() => expect(button).toHaveAccessibleDescription('Reader 0, Reader 1, Reader 2, Reader 3'));
    expect(screen.getByText('+1')).toBeInTheDocument();
    // Only the read position asks for readers, and only for its first page.
    expect(adapter.getGroupMessageReadMemberList.mock.calls).toEqual([[{ messageID: newest.messageID, filter: 'read', nextSeq: '' }]]);

    adapter.getGroupMessageReadMemberList.mockResolvedValue(readers(5));
    emit({ type: 'receipts', receipts: [groupReceipt(newest.messageID, 5, 2)] });
    await waitFor(() => expect(screen.getByRole('button', { name: /^Seen by 5/ })).toHaveAccessibleDescription(/Reader 4$/));
    expect(adapter.getGroupMessageReadMemberList).toHaveBeenCalledTimes(2);
    expect(screen.getByText('+2')).toBeInTheDocument();
  });

  it('opens the reader sheet from "Seen by" and gives focus back to it on Escape', async () => {
    const messages = [buildMessage()];
    const { adapter, emit } = await open('GROUPteam', messages);
    adapter.getGroupMessageReadMemberList.mockResolvedValue(readers(2));
    emit({ type: 'receipts', receipts: [groupReceipt(messages[0]!.messageID, 2, 5)] });
    const button = await screen.findByRole('button', { name: /^Seen by 2/ });
    await userEvent.click(button);
    expect(await screen.findByRole('dialog', { name: 'Message receipts' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(button).toHaveFocus();
  });

  it('leaves groups larger than seenByMaxMembers to the badge, and asks for no readers there', async () => {
    const messages = [buildMessage()];
    const big = await open('GROUPteam', messages, {}, 21);
    big.emit({ type: 'receipts', receipts: [groupReceipt(messages[0]!.messageID, 2, 19)] });
    await screen.findByRole('button', { name: /^Read by 2/ });
    expect(big.positions()).toHaveLength(0);
    expect(big.adapter.getGroupMessageReadMemberList).not.toHaveBeenCalled();
  });

  it('shows "Seen by" in a larger group when seenByMaxMembers allows it', async () => {
    const messages = [buildMessage()];
    const { emit } = await open('GROUPteam', messages, { seenByMaxMembers: 50 }, 21);
    emit({ type: 'receipts', receipts: [groupReceipt(messages[0]!.messageID, 2, 19)] });
    expect(await screen.findByRole('button', { name: /^Seen by 2/ })).toBeInTheDocument();
  });

  it('shows nothing with showReadPosition={false}', async () => {
    const chat = 'C2Cbob';
    const messages = [buildMessage({ conversationID: chat })];
    const { emit, positions } = await open(chat, messages, { showReadPosition: false });
    emit({ type: 'c2cRead', userID: 'bob', timestamp: messages[0]!.time });
    await screen.findByText(/^Read/);
    expect(positions()).toHaveLength(0);
  });

  it('holds the row, with placeholders, while the first page of readers is on its way', async () => {
    const messages = [buildMessage()];
    const { adapter, emit, positions } = await open('GROUPteam', messages);
    let answer: (page: MemberPage) => void = () => {};
    adapter.getGroupMessageReadMemberList.mockImplementation(() => new Promise<MemberPage>((resolve) => (answer = resolve)));
    emit({ type: 'receipts', receipts: [groupReceipt(messages[0]!.messageID, 2, 5)] });
    await waitFor(() => expect(positions()[0]).toHaveAttribute('data-status', 'loading'));
    expect(positions()[0]!.querySelectorAll('[data-skeleton]')).toHaveLength(2);
    await act(async () => answer(readers(2)));
    await waitFor(() => expect(positions()[0]).toHaveAttribute('data-status', 'ready'));
    expect(positions()).toHaveLength(1);
  });
});
