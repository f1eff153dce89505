import '../../src/react/styles.css';
import { memo, useCallback, useState, type ReactNode } from 'react';
import type { ChatAdapter, ChatEvent, ChatListener } from '../../src/core/adapter';
import { createChatStore, selectReadPosition, type ChatStore } from '../../src/core/store';
import type { Message, MessageID } from '../../src/core/types';
import { createMockAdapter, presets, type MockBackend } from '../../src/mock';
import { ChatProvider } from '../../src/react/ChatProvider';
import { BoundMessageBubble, type BoundMessageBubbleProps } from '../../src/react/bound/BoundMessageBubble';
import { BoundReadMemberListDrawer } from '../../src/react/bound/BoundReadMemberListDrawer';
import { BoundReadPosition } from '../../src/react/bound/BoundReadPosition';
import { MessageList } from '../../src/react/components/MessageList';
import { useConversation } from '../../src/react/use-conversation';
import { useChatStore } from '../../src/react/use-chat-store';
import { firstReaders, groupReceiptSetup, groupReceiptStep, mountToPaint, pagedChat, readMarkSetup, readMarkPrepare, readMarkStep, type PagedChat } from './paged';
import { afterPaint, firstFrameWith, frame, frameID, frameRecorder, mount, sleep, tasksIn, unmount, until } from './page';

/**
 * The benchmark page. Every scenario mounts the kit's real components (production React)
 * into #stage, drives it, and returns raw measurements; bench/browser/scenarios.ts turns
 * them into figures. Timing uses performance.now(); frames use requestAnimationFrame and
 * document.timeline.currentTime (constant within one rendering frame).
 */

// ---------------------------------------------------------------------------------------
// A conversation: MessageList + bound bubbles (as ConversationView composes them). A bubble
// render is counted by calling BoundMessageBubble as a plain function inside a counting
// component: its hooks become the counter's, so the counter renders exactly when the bound
// bubble would. Commits come from the DevTools hook installed in index.html.

interface Probe {
  onBubble?: (messageID: MessageID) => void;
}

declare global {
  interface Window {
    __benchCommit?: () => void;
  }
}

let bubbleProbe: Probe['onBubble'];

// BoundMessageBubble is memo(render): count inside an equally memoized wrapper around the
// same render function, so the counter renders exactly when the bound bubble would.
const boundBubbleRender = (BoundMessageBubble as unknown as { type: (props: BoundMessageBubbleProps) => ReactNode }).type;
const CountedBubble = memo(function CountedBubble(props: BoundMessageBubbleProps) {
  bubbleProbe?.(props.messageID);
  return boundBubbleRender(props);
});

function Conversation({ conversationID, withDrawer, readers }: { conversationID: string; withDrawer: boolean; readers: boolean }) {
  const conversation = useConversation(conversationID);
  const [drawer, setDrawer] = useState<MessageID | null>(null);
  const openMembers = useCallback((messageID: MessageID) => setDrawer(messageID), []);
  // Reader avatars at their read position, as ConversationView renders them; the storm goes without.
  const readPosition = useChatStore((state) => (readers ? selectReadPosition(state, conversationID) : undefined));
  const renderMessage = useCallback(
    (message: Message) => (
      <>
        <CountedBubble messageID={message.messageID} showSender onOpenMembers={openMembers} />
        {message.messageID === readPosition && (
          <BoundReadPosition conversationID={conversationID} messageID={message.messageID} seenByMaxMembers={Infinity} onOpenMembers={openMembers} />
        )}
      </>
    ),
    [openMembers, readPosition, conversationID],
  );
  return (
    <>
      <MessageList messages={conversation.messages} hasMore={false} renderMessage={renderMessage} label="bench" />
      {withDrawer && <BoundReadMemberListDrawer messageID={drawer} onOpenChange={(open) => !open && setDrawer(null)} />}
    </>
  );
}

function App({ store, conversationID, withDrawer = false, readers = false }: { store: ChatStore; conversationID: string; withDrawer?: boolean; readers?: boolean }) {
  return (
    <ChatProvider store={store}>
      <Conversation conversationID={conversationID} withDrawer={withDrawer} readers={readers} />
    </ChatProvider>
  );
}

/** An adapter that only pushes what the scenario emits: no network, no backend cost in the page. */
function staticAdapter(): ChatAdapter & { emit(event: ChatEvent): void } {
  const listeners = new Set<ChatListener>();
  const none = async () => [];
  return {
    emit: (event) => listeners.forEach((listener) => listener(event)),
    login: async () => ({ userID: 'me' }),
    logout: async () => undefined,
    getUserProfiles: async (ids) => ids.map((userID) => ({ userID, nickname: `Member ${userID}` })),
    getGroupInfo: async (groupID) => ({ groupID, name: 'Bench', type: 'Work', memberCount: 10_000, receiptsEnabled: true }),
    getMessageHistory: async () => ({ messages: [], nextCursor: '', isFinished: true }),
    sendMessage: () => Promise.reject(new Error('not in the bench')),
    sendMessageReadReceipts: async () => undefined,
    getMessageReadReceipts: none,
    getGroupMessageReadMemberList: async () => firstReaders(),
    markC2CMessageAsRead: async () => undefined,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

// ---------------------------------------------------------------------------------------
// 1. Receipt storm

interface StormParams {
  members: number;
  messages: number;
  updates: number;
  batch: number;
  durationMs: number;
}

interface StormState {
  backend: MockBackend;
  store: ChatStore;
  conversationID: string;
  ids: MessageID[];
}

let storm: StormState | null = null;

async function stormSetup(params: StormParams) {
  const preset = presets.companyWide({ memberCount: params.members, receiptFlushInterval: 3_600_000 });
  const { backend, conversationID } = preset;
  const ids: MessageID[] = [];
  for (let i = 0; i < params.messages; i += 1) {
    ids.push(backend.sendMessage('me', { conversationID, text: `Own message ${i} asking for receipts`, needReadReceipt: true }).messageID);
  }
  const adapter = createMockAdapter(backend, 'me', { latency: 0 });
  const store = createChatStore(adapter, { historyPageSize: 100 });
  mount(<App store={store} conversationID={conversationID} />);
  await until(() => store.getState().conversations.get(conversationID)?.status === 'ready');
  // getState() is the published view, a frame behind while the app is mounted: flush it, or
  // the loop would spin on a stale hasMore without ever yielding a frame.
  while ((store.flush(), store.getState().conversations.get(conversationID)?.hasMore)) await store.actions.loadMore(conversationID);
  await until(() => document.querySelectorAll('[data-message-id]').length > 0);
  await sleep(300);
  await afterPaint();
  storm = { backend, store, conversationID, ids };
  return { loaded: store.getState().conversations.get(conversationID)?.messageIDs.length ?? 0, mounted: mountedIDs().length };
}

function mountedIDs(): MessageID[] {
  return [...document.querySelectorAll<HTMLElement>('[data-message-id]')].map((el) => el.dataset.messageId as string);
}

async function stormRun(params: StormParams) {
  if (!storm) throw new Error('stormSetup first');
  const { backend, store, ids } = storm;
  const mounted = new Set(mountedIDs());
  const mountedList = ids.filter((id) => mounted.has(id));
  const others = ids.filter((id) => !mounted.has(id));
  const nextReader = new Map<MessageID, number>();
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);

  // Bubble renders since the last commit belong to the next commit, with the frame it lands in.
  const commits: { frame: number; bubbles: Set<MessageID>; changed: MessageID[] }[] = [];
  let rendered = new Set<MessageID>();
  let lastReceipts = store.getState().receipts;
  bubbleProbe = (id) => rendered.add(id);
  window.__benchCommit = () => {
    // What this commit rendered is the store as it is now (events arrive in later tasks).
    const receipts = store.getState().receipts;
    const changed = mountedIDs().filter((id) => receipts.get(id) !== lastReceipts.get(id));
    lastReceipts = receipts;
    commits.push({ frame: frameID(), bubbles: rendered, changed });
    rendered = new Set();
  };

  const batches = Math.ceil(params.updates / params.batch);
  const interval = params.durationMs / batches;
  let backendMs = 0;
  let sent = 0;
  const frames = frameRecorder();
  const start = performance.now();
  for (let b = 0; b < batches; b += 1) {
    const due = start + b * interval;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const t0 = performance.now();
    for (let i = 0; i < params.batch && sent < params.updates; i += 1, sent += 1) {
      // A fifth of the updates hit the messages on screen, the rest the ones scrolled away.
      const pool = random() < 0.2 && mountedList.length > 0 ? mountedList : others;
      const messageID = pool[Math.floor(random() * pool.length)] as MessageID;
      const reader = (nextReader.get(messageID) ?? 0) + 1;
      nextReader.set(messageID, reader);
      backend.sendMessageReadReceipts(`user${reader}`, [messageID]);
    }
    backend.flushReceipts();
    backendMs += performance.now() - t0;
  }
  const pushedAt = performance.now();
  // Let the last events through the adapter and React.
  await sleep(100);
  await afterPaint();
  const end = performance.now();
  const frameStamps = frames.stop();
  bubbleProbe = undefined;
  window.__benchCommit = undefined;

  const perFrame = new Map<number, number>();
  let mismatched = 0;
  let bubbleRenders = 0;
  let changedTotal = 0;
  for (const commit of commits) {
    perFrame.set(commit.frame, (perFrame.get(commit.frame) ?? 0) + 1);
    bubbleRenders += commit.bubbles.size;
    changedTotal += commit.changed.length;
    const changed = new Set(commit.changed);
    for (const id of commit.bubbles) if (!changed.has(id)) mismatched += 1;
    for (const id of changed) if (!commit.bubbles.has(id)) mismatched += 1;
  }
  const tasks = tasksIn(start, end);
  return {
    sent,
    wallMs: end - start,
    pushMs: pushedAt - start,
    backendMs,
    commits: commits.length,
    frames: frameStamps.length,
    maxCommitsPerFrame: Math.max(0, ...perFrame.values()),
    framesWithMoreThanOneCommit: [...perFrame.values()].filter((n) => n > 1).length,
    bubbleRenders,
    changedTotal,
    mismatched,
    longTasks: tasks.length,
    longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
    stored: store.getState().receipts.size,
  };
}

// ---------------------------------------------------------------------------------------
// 2. Long history

function historyMessages(count: number): Message[] {
  const start = Date.UTC(2024, 0, 1);
  return Array.from({ length: count }, (_, i) => ({
    messageID: `h${i}`,
    conversationID: 'GROUPhistory',
    senderID: i % 3 === 0 ? 'me' : `user${i % 50}`,
    text: i % 7 === 0 ? `A longer message ${i} that wraps onto a second line in a narrow chat window, as real ones do.` : `Message ${i}`,
    time: start + i * 60_000,
    seq: i + 1,
    status: 'sent' as const,
    needReadReceipt: i % 3 === 0,
  }));
}

async function historyStore(count: number) {
  const adapter = staticAdapter();
  const store = createChatStore(adapter);
  store.actions.start();
  await until(() => store.getState().userID !== null);
  const messages = historyMessages(count);
  adapter.emit({ type: 'messages', messages });
  // Own messages read by a few, so reader avatars show at the newest one.
  const receipts = messages.filter((m) => m.senderID === 'me').map((m) => ({ kind: 'group' as const, messageID: m.messageID, groupID: 'history', readCount: 3, unreadCount: 9_996 }));
  adapter.emit({ type: 'receipts', receipts });
  return { adapter, store };
}

function listElementCount(): number {
  const log = document.querySelector('[role="log"]');
  return log ? log.querySelectorAll('*').length + 1 : 0;
}

// A store made ahead by historyPrepare (page by page through an adapter), so a profile of
// historyMount holds the mount alone.
let preparedHistory: PagedChat | null = null;

async function historyPrepare({ count }: { count: number }) {
  // Own messages read by a few, so the drop-in view shows "Seen by" at the newest one.
  preparedHistory = await pagedChat(count, 'GROUPhistory', (ids) => ids.map((messageID) => ({ kind: 'group', messageID, groupID: 'history', readCount: 3, unreadCount: 997 })));
  return { loaded: preparedHistory.messages.length };
}

/** Mount → first paint of the drop-in view, or of the floor, over the prepared history. */
async function historyMount({ floor = false }: { floor?: boolean }) {
  if (!preparedHistory) throw new Error('historyPrepare first');
  const result = await mountToPaint(preparedHistory, floor);
  unmount();
  return result;
}

async function historyScroll({ count, steps, profile = false }: { count: number; steps: number; profile?: boolean }) {
  const { store } = await historyStore(count);
  mount(<App store={store} conversationID="GROUPhistory" readers />);
  await until(() => document.querySelector('[data-message-id]') !== null, 30_000);
  await sleep(200);
  await afterPaint();
  const scroller = document.querySelector('[role="log"]') as HTMLElement;
  let maxElements = listElementCount();
  // With DevTools attached (bench/browser/profile.ts), a CPU profile of the scrolling alone.
  if (profile) console.profile('scroll');
  const frames = frameRecorder();
  const start = performance.now();
  const top = scroller.scrollHeight - scroller.clientHeight;
  for (let step = 1; step <= steps; step += 1) {
    scroller.scrollTop = Math.round(top * (1 - step / steps));
    await frame();
    await frame();
    await frame();
    maxElements = Math.max(maxElements, listElementCount());
  }
  const stamps = frames.stop();
  if (profile) console.profileEnd('scroll');
  const end = performance.now();
  const intervals = stamps.slice(1).map((t, i) => t - (stamps[i] as number));
  const reachedTop = scroller.scrollTop <= 1 || document.querySelector('[data-message-id="h0"]') !== null;
  const tasks = tasksIn(start, end);
  unmount();
  return { intervals, maxElements, reachedTop, longTasks: tasks.length, longestTask: Math.max(0, ...tasks.map((t) => t.duration)) };
}

// ---------------------------------------------------------------------------------------
// 3. Who read it

/**
 * `replies`: a few members answer below the message first, as in any group chat, so the page
 * has shown their names (Korean, Chinese, Arabic) before the click. Without them the click
 * also pays the browser's first load of those scripts' fonts, which no kit can avoid; the
 * scenario reports that case too, informationally.
 */
async function drawer({ members, pages, replies = true, profile = false }: { members: number; pages: number; replies?: boolean; profile?: boolean }) {
  const t = performance.now();
  const preset = presets.companyWide({ memberCount: members });
  const { backend, conversationID } = preset;
  const messageID = preset.messageIDs[preset.messageIDs.length - 1] as string;
  for (let i = 1; i < members; i += 2) backend.sendMessageReadReceipts(`user${i}`, [messageID]);
  if (replies) for (const i of [3, 10, 17]) backend.sendMessage(`user${i}`, { conversationID, text: 'Read it, thanks!', needReadReceipt: false });
  const setupMs = performance.now() - t;
  const adapter = createMockAdapter(backend, 'me', { latency: 0 });
  const store = createChatStore(adapter);
  mount(<App store={store} conversationID={conversationID} withDrawer />);
  const badge = () => document.querySelector<HTMLButtonElement>(`[data-message-id="${messageID}"] button.rrr-badge`);
  await until(() => {
    const receipt = store.getState().receipts.get(messageID);
    return badge() !== null && receipt?.kind === 'group' && receipt.readCount > 0;
  });
  await sleep(200);
  await afterPaint();

  const rows = () => document.querySelectorAll('[data-member-row]').length;
  let firstRowsAt = 0;
  const seen = new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      if (rows() === 0) return;
      firstRowsAt = performance.now();
      observer.disconnect();
      resolve();
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  const frameWithRows = firstFrameWith(() => rows() > 0);
  if (profile) console.profile('drawer');
  performance.mark('rrr-click');
  const clickAt = performance.now();
  badge()?.click();
  await seen;
  const { frameAt, paintedAt } = await frameWithRows;
  if (profile) console.profileEnd('drawer');
  performance.mark('rrr-painted');

  // Scroll the Read tab through `pages` pages of 100 members.
  const panel = document.querySelector<HTMLElement>('.rrr-tabpanel[data-state="active"]') as HTMLElement;
  const loaded = () => Number(panel.querySelector<HTMLElement>('[data-member-row]:last-of-type')?.getAttribute('aria-posinset') ?? 0);
  let maxRows = rows();
  const scrollStart = performance.now();
  let guard = 0;
  while (panel.scrollHeight / 56 < pages * 100 && guard < pages * 40) {
    guard += 1;
    panel.scrollTop = panel.scrollHeight;
    await frame();
    await sleep(10);
    maxRows = Math.max(maxRows, rows());
  }
  panel.scrollTop = panel.scrollHeight;
  await afterPaint();
  maxRows = Math.max(maxRows, rows());
  const loadedRows = Math.round(panel.scrollHeight / 56);
  const result = {
    setupMs,
    firstRowsMs: firstRowsAt - clickAt,
    firstPaintMs: paintedAt - clickAt,
    firstFrameMs: frameAt - clickAt,
    pagesLoaded: loadedRows / 100,
    lastPosition: loaded(),
    maxRows,
    scrollMs: performance.now() - scrollStart,
  };
  unmount();
  return result;
}

/** Median ms per mock page for a half-read group of `members`, measured in the page. */
function backendPages({ members, repetitions }: { members: number; repetitions: number }) {
  const preset = presets.companyWide({ memberCount: members });
  const { backend } = preset;
  const messageID = preset.messageIDs[preset.messageIDs.length - 1] as string;
  for (let i = 1; i < members; i += 2) backend.sendMessageReadReceipts(`user${i}`, [messageID]);
  const times: number[] = [];
  for (let r = 0; r < repetitions; r += 1) {
    const t0 = performance.now();
    backend.getGroupMessageReadMemberList('me', { messageID, filter: r % 2 === 0 ? 'read' : 'unread', nextSeq: '' });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

declare global {
  interface Window {
    __bench: Record<string, (params: never) => unknown>;
  }
}

window.__bench = { stormSetup, stormRun, historyPrepare, historyMount, historyScroll, readMarkSetup, readMarkPrepare, readMarkStep, groupReceiptSetup, groupReceiptStep, drawer, backendPages, unmount } as Window['__bench'];
document.title = 'bench ready';
