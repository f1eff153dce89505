import { render } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import { buildMessage, groupReceipt } from '../../../test/support/builders';
import { createFakeAdapter } from '../../../test/support/fake-adapter';
import { buildBackend } from '../../../test/support/mock-backend';
import { createChatStore } from '../../core/store';
import { createMockAdapter } from '../../mock/index';
import { ChatProvider } from '../ChatProvider';
import { ReadPosition } from '../components/ReadPosition';
import { SeenBy } from '../components/SeenBy';
import '../styles.css';
import { ConversationView } from './ConversationView';

// Issue 20, item 2, in real Chromium on the mock backend: the readers' avatars sit under the
// newest own message they read, follow them as they read on, and never move the list.
function setup(conversationID: string) {
  const backend = buildBackend({ members: ['me', 'alice', 'bob', 'carol', 'dave'] });
  const send = (text: string) => backend.sendMessage('me', { conversationID, text, needReadReceipt: true });
  const sent = [send('First'), send('Second')];
  render(
    <div style={{ inlineSize: 480, blockSize: 520 }}>
      <ChatProvider adapter={createMockAdapter(backend, 'me')} options={{ receiptIntervalMs: 20 }}>
        <ConversationView conversationID={conversationID} label="Chat" />
      </ChatProvider>
    </div>,
  );
  const log = page.getByRole('log', { name: 'Chat' });
  return { backend, send, sent, log };
}

const positions = () => [...document.querySelectorAll('.rrr-read-position')];
const rowOf = (messageID: string) => document.querySelector(`[data-message-id="${messageID}"]`)?.closest('.rrr-message-row');
const box = (el: Element | null | undefined) => el?.getBoundingClientRect().toJSON() as DOMRect;

describe('readers at their read position, in Chromium', () => {
  it("moves the 1:1 peer's one avatar down as they read more, keeping the list anchored", async () => {
    const { backend, send, sent, log } = setup('C2Calice');
    await expect.element(log.getByText('Second')).toBeVisible();
    backend.markC2CMessageAsRead('alice', 'me');
    await expect.poll(() => rowOf(sent[1]!.messageID)?.querySelector('.rrr-read-position')).not.toBeNull();
    const third = send('Third');
    await expect.element(log.getByText('Third')).toBeVisible();
    await expect.poll(() => box(document.querySelector(`[data-message-id="${third.messageID}"]`)).bottom).toBeGreaterThan(0);
    const scroller = log.element();
    const before = { height: scroller.scrollHeight, first: box(rowOf(sent[0]!.messageID)) };
    const avatarBefore = box(positions()[0]);

    backend.markC2CMessageAsRead('alice', 'me');
    await expect.poll(() => rowOf(third.messageID)?.querySelector('.rrr-read-position')).not.toBeNull();
    expect(positions()).toHaveLength(1);
    // The row left "Second" as it joined "Third": the history keeps its height and place.
    expect(scroller.scrollHeight).toBe(before.height);
    expect(box(rowOf(sent[0]!.messageID))).toEqual(before.first);
    expect(box(positions()[0]).top).toBeGreaterThan(avatarBefore.top);
    expect(box(positions()[0]).height).toBe(avatarBefore.height);
  });

  it('updates "Seen by" as members read, with no shift, and returns focus to it from the reader sheet', async () => {
    const { backend, sent, log } = setup('GROUPteam');
    const newest = sent[1]!.messageID;
    await expect.element(log.getByText('Second')).toBeVisible();
    backend.sendMessageReadReceipts('alice', [newest]);
    const seenBy = log.getByRole('button', { name: /^Seen by/ });
    await expect.element(seenBy).toHaveAccessibleName('Seen by 1, show who read this');
    await expect.element(seenBy).toHaveAccessibleDescription('alice');
    const rows = () => [...document.querySelectorAll('.rrr-message')].map(box);
    const before = { rows: rows(), row: box(positions()[0]) };

    for (const reader of ['bob', 'carol', 'dave']) backend.sendMessageReadReceipts(reader, [newest]);
    await expect.element(seenBy).toHaveAccessibleName('Seen by 4, show who read this');
    await expect.element(seenBy).toHaveAccessibleDescription(/^(alice|bob|carol|dave)(, (alice|bob|carol|dave)){3}$/);
    await expect.element(log.getByText('+1')).toBeVisible();
    expect(document.querySelectorAll('.rrr-seen-by-avatars .rrr-avatar')).toHaveLength(3);
    expect(positions()).toHaveLength(1);
    expect(rows()).toEqual(before.rows);
    expect(box(positions()[0])).toEqual(before.row);

    // Hover lists the names; keyboard focus does too, and Enter opens the sheet.
    await userEvent.hover(seenBy);
    await expect.element(page.getByRole('tooltip')).toBeVisible();
    (seenBy.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    const dialog = page.getByRole('dialog', { name: 'Message receipts' });
    await expect.element(dialog.getByRole('tab', { name: 'Read (4)' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(seenBy).toHaveFocus();
  });

  it('asks for readers of the newest read message only, once, while a 10,000-message history renders and scrolls', async () => {
    const adapter = createFakeAdapter();
    const messages = Array.from({ length: 10_000 }, () => buildMessage());
    adapter.history.set('GROUPteam', { messages, nextCursor: '', isFinished: true });
    for (const message of messages) adapter.truth.set(message.messageID, groupReceipt(message.messageID, 2, 3));
    adapter.groups.set('team', { groupID: 'team', name: 'Team', type: 'Work', memberCount: 6, receiptsEnabled: true });
    const store = createChatStore(adapter);
    render(
      <div style={{ inlineSize: 480, blockSize: 520 }}>
        <ChatProvider store={store}>
          <ConversationView conversationID="GROUPteam" label="Long" />
        </ChatProvider>
      </div>,
    );
    const log = page.getByRole('log', { name: 'Long' });
    await expect.element(log.getByRole('button', { name: /^Seen by 2/ })).toBeVisible();
    const scroller = log.element();
    for (let i = 0; i < 8; i += 1) {
      scroller.scrollTop -= scroller.clientHeight * 3;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    expect(document.querySelectorAll('.rrr-message').length).toBeGreaterThan(5);
    expect(positions()).toHaveLength(0);
    expect(adapter.getGroupMessageReadMemberList.mock.calls).toEqual([[{ messageID: messages[9_999]!.messageID, filter: 'read', nextSeq: '' }]]);
  });

  it('keeps one row height in every state, however narrow the list', () => {
    const readers = ['Alice Longname', 'Bob Longname', 'Carol Longname', 'Dave'].map((nickname, i) => ({ userID: `u${i}`, nickname }));
    render(
      <div style={{ inlineSize: 140 }}>
        <ReadPosition reader={readers[0]!} />
        <SeenBy readers={[]} readCount={9} status="loading" />
        <SeenBy readers={readers.slice(0, 1)} />
        <SeenBy readers={readers} readCount={1234} onOpenMembers={() => {}} />
      </div>,
    );
    const heights = positions().map((row) => box(row).height);
    expect(heights).toHaveLength(4);
    expect(new Set(heights)).toEqual(new Set([parseFloat(getComputedStyle(document.documentElement).fontSize) * 1.25]));
  });
});
