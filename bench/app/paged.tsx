import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { ChatAdapter, ChatEvent, ChatListener, HistoryQuery } from '../../src/core/adapter';
import { conversationMessagesSelector, createChatStore, type ChatStore } from '../../src/core/store';
import type { MemberPage, Message, MessageReceipt } from '../../src/core/types';
import { ChatProvider } from '../../src/react/ChatProvider';
import { ConversationView } from '../../src/react/bound/ConversationView';
import { afterPaint, firstFrameWith, mount, unmount, until } from './page';

/**
 * Scenarios that drive the kit as an app does: the history arrives page by page through an
 * adapter, the drop-in ConversationView shows it, and receipts arrive as adapter events. The
 * floor is the least any app pays for the same rows: TanStack Virtual over plain divs.
 */

export interface PagedAdapter extends ChatAdapter {
  emit(event: ChatEvent): void;
}

export function pagedMessages(count: number, conversationID: string): Message[] {
  const start = Date.UTC(2024, 0, 1);
  return Array.from({ length: count }, (_, i) => ({
    messageID: `p${i}`,
    conversationID,
    senderID: i % 2 === 0 ? 'me' : 'bob',
    text: i % 7 === 0 ? `A longer message ${i} that wraps onto a second line in a narrow chat window, as real ones do.` : `Message ${i}`,
    time: start + i * 60_000,
    seq: i + 1,
    status: 'sent' as const,
    needReadReceipt: i % 2 === 0,
  }));
}

/** Serves `all` newest page first; receipts come back as `receipts` says. */
function pagedAdapter(all: readonly Message[], receipts: (ids: string[]) => MessageReceipt[]): PagedAdapter {
  const listeners = new Set<ChatListener>();
  return {
    emit: (event) => listeners.forEach((listener) => listener(event)),
    login: async () => ({ userID: 'me' }),
    logout: async () => undefined,
    getUserProfiles: async (ids) => ids.map((userID) => ({ userID, nickname: userID === 'me' ? 'Me' : 'Bob Builder' })),
    getGroupInfo: async (groupID) => ({ groupID, name: 'Bench', type: 'Work', memberCount: 1_000, receiptsEnabled: true }),
    getMessageHistory: async ({ cursor, count }: HistoryQuery) => {
      const end = cursor === '' ? all.length : Number(cursor);
      const start = Math.max(0, end - (count ?? 100));
      return { messages: all.slice(start, end), nextCursor: start > 0 ? String(start) : '', isFinished: start === 0 };
    },
    sendMessage: () => Promise.reject(new Error('not in the bench')),
    sendMessageReadReceipts: async () => undefined,
    getMessageReadReceipts: async (ids) => receipts(ids),
    getGroupMessageReadMemberList: async () => firstReaders(),
    markC2CMessageAsRead: async () => undefined,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The first page of a Read list, for the reader avatars. */
export function firstReaders(): MemberPage {
  const members = Array.from({ length: 20 }, (_, i) => ({ profile: { userID: `reader${i}`, nickname: `Reader ${i}` }, readTime: Date.UTC(2024, 0, 2) - i }));
  return { members, nextSeq: '20', isFinished: false };
}

export interface PagedChat {
  store: ChatStore;
  adapter: PagedAdapter;
  conversationID: string;
  messages: Message[];
}

/** A store holding `count` messages of one conversation, loaded in pages of 100 as a reader scrolling up would. */
export async function pagedChat(count: number, conversationID: string, receipts: (ids: string[]) => MessageReceipt[] = () => []): Promise<PagedChat> {
  const messages = pagedMessages(count, conversationID);
  const adapter = pagedAdapter(messages, receipts);
  const store = createChatStore(adapter, { historyPageSize: 100 });
  store.actions.start();
  await until(() => store.getState().session === 'ready');
  await store.actions.openConversation(conversationID);
  // getState() is the published view, a frame behind while the app is mounted: flush it, or
  // the loop would spin on a stale hasMore without ever yielding a frame.
  while ((store.flush(), store.getState().conversations.get(conversationID)?.hasMore)) await store.actions.loadMore(conversationID);
  store.flush();
  return { store, adapter, conversationID, messages };
}

export function DropIn({ chat }: { chat: PagedChat }) {
  return (
    <ChatProvider store={chat.store}>
      {/* Reader avatars on, in a group of 1,000 as in a 1:1 chat. */}
      <ConversationView conversationID={chat.conversationID} label="bench" seenByMaxMembers={Infinity} />
    </ChatProvider>
  );
}

let timeFormat: Intl.DateTimeFormat | undefined;

/** The floor: the same rows (sender, text, time) as plain divs in a bare TanStack-virtualized log. */
export function FloorList({ messages }: { messages: readonly Message[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: messages.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 72,
    getItemKey: (index) => (messages[index] as Message).messageID,
    overscan: 6,
    initialOffset: () => messages.length * 72,
  });
  timeFormat ??= new Intl.DateTimeFormat('en', { timeStyle: 'short' });
  const format = timeFormat;
  return (
    <div ref={scrollRef} role="log" style={{ overflowY: 'auto', blockSize: '100%' }}>
      <div style={{ position: 'relative', blockSize: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const message = messages[item.index] as Message;
          return (
            <div key={item.key} ref={virtualizer.measureElement} data-index={item.index} data-message-id={message.messageID} style={{ position: 'absolute', insetInline: 0, transform: `translateY(${item.start}px)` }}>
              <div>{message.senderID}</div>
              <div>{message.text}</div>
              <div>{format.format(message.time)}</div>
            </div>
          );
        })}
      </div>
    </div>
  );
}

/**
 * Frames after a mount in which the log shows no message, or the newest one is not at its
 * bottom (a blank or jumping frame), sampled in each animation frame callback for `frames`.
 */
export async function badFramesAfterMount(newestID: string, frames: number): Promise<number> {
  let bad = 0;
  for (let i = 0; i < frames; i += 1) {
    await new Promise<void>((resolve) =>
      requestAnimationFrame(() => {
        const log = document.querySelector('[role="log"]');
        const view = log?.getBoundingClientRect();
        const newest = document.querySelector(`[data-message-id="${newestID}"]`)?.getBoundingClientRect();
        const rows = log ? [...log.querySelectorAll('.rrr-message-row')].filter((row) => {
          const r = row.getBoundingClientRect();
          return view !== undefined && r.bottom > view.top && r.top < view.bottom;
        }) : [];
        // The composer sits under the log; the newest row ends at the log's bottom edge.
        if (!view || rows.length === 0 || !newest || Math.abs(view.bottom - newest.bottom) > 2) bad += 1;
        resolve();
      }),
    );
  }
  return bad;
}

/** Mount → first paint of rows, for the drop-in view or the floor over the same messages. */
export async function mountToPaint(chat: PagedChat, floor: boolean): Promise<{ ms: number; badFrames: number }> {
  const list = conversationMessagesSelector(chat.conversationID)(chat.store.getState());
  const newestID = (list[list.length - 1] as Message).messageID;
  unmount();
  await afterPaint();
  const t0 = performance.now();
  const painted = firstFrameWith(() => document.querySelector('[data-message-id]') !== null);
  mount(floor ? <FloorList messages={list} /> : <DropIn chat={chat} />);
  const { paintedAt } = await painted;
  const badFrames = floor ? 0 : await badFramesAfterMount(newestID, 20);
  return { ms: paintedAt - t0, badFrames };
}

// Receipts → paint. The drop-in view shows the newest messages; each step moves one receipt
// of a message on screen and waits for the frame that paints it.

let receiptChat: PagedChat | null = null;

const badgeOf = (messageID: string) => document.querySelector<HTMLElement>(`[data-message-id="${messageID}"] .rrr-badge`);

async function mounted(chat: PagedChat): Promise<void> {
  receiptChat = chat;
  mount(<DropIn chat={chat} />);
  const newest = chat.messages[chat.messages.length - 2] as Message;
  await until(() => badgeOf(newest.messageID) !== null, 30_000);
  for (let i = 0; i < 10; i += 1) await afterPaint();
}

/** A 1:1 chat of `count` messages, all read by the peer. */
export async function readMarkSetup({ count }: { count: number }) {
  const chat = await pagedChat(count, 'C2Cbob');
  chat.adapter.emit({ type: 'c2cRead', userID: 'bob', timestamp: (chat.messages[chat.messages.length - 1] as Message).time });
  await mounted(chat);
}

let awaitingRead: Message | null = null;

/** Before each step: an own message (from another device of the user) arrives at the bottom, so every read mark lands on one on screen. */
export async function readMarkPrepare() {
  if (!receiptChat) throw new Error('readMarkSetup first');
  const last = receiptChat.messages[receiptChat.messages.length - 1] as Message;
  const message: Message = { ...last, messageID: `own-${receiptChat.messages.length}`, senderID: 'me', seq: last.seq + 1, time: last.time + 60_000, needReadReceipt: true, text: 'Another one' };
  receiptChat.messages.push(message);
  receiptChat.adapter.emit({ type: 'messages', messages: [message] });
  await until(() => badgeOf(message.messageID) !== null);
  for (let i = 0; i < 3; i += 1) await afterPaint();
  awaitingRead = message;
}

/** The peer reads that message: ms from the read mark to the painted frame showing it read. */
export async function readMarkStep() {
  const message = awaitingRead;
  if (!receiptChat || !message) throw new Error('readMarkPrepare first');
  awaitingRead = null;
  await afterPaint();
  const t0 = performance.now();
  const painted = firstFrameWith(() => badgeOf(message.messageID)?.dataset.status === 'read');
  receiptChat.adapter.emit({ type: 'c2cRead', userID: 'bob', timestamp: message.time });
  return (await painted).paintedAt - t0;
}

let readers = 1;

/** A group chat of `count` messages whose own messages each have one reader. */
export async function groupReceiptSetup({ count }: { count: number }) {
  readers = 1;
  const chat = await pagedChat(count, 'GROUPbench', (ids) => ids.map((messageID) => ({ kind: 'group', messageID, groupID: 'bench', readCount: 1, unreadCount: 998 })));
  await mounted(chat);
}

/** One more member reads the newest own message: ms from the event to the painted frame. */
export async function groupReceiptStep() {
  if (!receiptChat) throw new Error('groupReceiptSetup first');
  const message = receiptChat.messages[receiptChat.messages.length - 2] as Message;
  const before = badgeOf(message.messageID)?.textContent;
  readers += 1;
  for (let i = 0; i < 3; i += 1) await afterPaint();
  const t0 = performance.now();
  const painted = firstFrameWith(() => badgeOf(message.messageID)?.textContent !== before);
  receiptChat.adapter.emit({ type: 'receipts', receipts: [{ kind: 'group', messageID: message.messageID, groupID: 'bench', readCount: readers, unreadCount: 999 - readers }] });
  return (await painted).paintedAt - t0;
}
