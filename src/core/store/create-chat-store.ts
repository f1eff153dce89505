import { QueryClient } from '@tanstack/query-core';
import { createStore } from 'zustand/vanilla';
import type { ChatAdapter } from '../adapter';
import type { GroupID, MessageID } from '../types';
import { mergeInto } from './apply-receipts';
import { createActions } from './actions';
import { EMPTY_CONVERSATION_LIST } from './conversation-list';
import { GroupSizes } from './group-sizes';
import { ChunkedMap } from './chunked-map';
import { createCommit, type StoreContext } from './context';
import { HistoryLoader } from './history';
import { resolveOptions } from './options';
import { ParkedReceipts } from './parked-receipts';
import { PeerReadMarks } from './peer-read-marks';
import { createProfileBatcher } from './profiles';
import { publishedView } from './published-view';
import { createQueries } from './queries';
import { linkQueries } from './query-links';
import { OutboxPersistence } from './persistence';
import { ReadReporter } from './read-reporting';
import { restoreDrafts } from './drafts';
import { restoreUnsent } from './sending';
import { createSession } from './session';
import type { ChatState, ChatStore, ChatStoreOptions } from './types';

function initialState(options: { sendReceipts: boolean; showReceipts: boolean }): ChatState {
  return {
    userID: null,
    session: 'idle',
    connection: 'disconnected',
    connectionError: null,
    conversations: new Map(),
    messages: ChunkedMap.from(),
    receipts: ChunkedMap.from(),
    readPositions: new Map(),
    outbox: new Map(),
    errors: [],
    refusedReceipts: new Map(),
    resync: 'idle',
    resyncedAt: null,
    sendReceipts: options.sendReceipts,
    showReceipts: options.showReceipts,
    conversationList: EMPTY_CONVERSATION_LIST,
    totalUnread: null,
    reminderSends: new Map(),
    receivedReminders: new Map(),
    drafts: new Map(),
  };
}

/**
 * Creates the store of one provider (never a module singleton): live state (messages,
 * receipts, the outbox, the session) and a query cache (groups, profiles, member pages), both
 * fed by one adapter that nothing else calls. Framework-free.
 */
export function createChatStore(adapter: ChatAdapter, options: ChatStoreOptions = {}): ChatStore {
  const resolved = resolveOptions(options);
  const initial = initialState(resolved);
  const live = createStore<ChatState>()(() => initial);
  const queryClient = options.queryClient ?? new QueryClient();
  // Keys carry a scope of their own, so stores sharing an app's QueryClient never meet.
  const scope = `rrr:${resolved.random().toString(36).slice(2, 10)}`;
  const queries = createQueries(scope, adapter, createProfileBatcher(adapter));
  const groupSizes = new GroupSizes(queryClient, queries);
  const isOnline = (): boolean => live.getState().connection === 'connected';
  let localCount = 0;

  const ctx = { adapter, options: resolved, live, queryClient, queries } as StoreContext;
  ctx.commit = createCommit(ctx);
  ctx.reportError = (error) => ctx.commit((draft) => draft.errors.push(error));
  ctx.sessionEnded = (error) => session.end(error);
  ctx.parked = new ParkedReceipts(resolved.parkedLimit, resolved.parkedTtlMs, resolved.now);
  ctx.peerReads = new PeerReadMarks();
  const sentByClientID = new Map<string, MessageID>();
  ctx.unsent = new Map();
  const persistence = new OutboxPersistence(
    resolved.storage,
    () => ({
      ...ctx.reads.pending(),
      unsent: [...ctx.unsent.values()].map(({ messageID, conversationID, text, needReadReceipt, time }) => ({ messageID, conversationID, text, needReadReceipt, time })),
      drafts: [...live.getState().drafts],
    }),
    ctx.reportError,
  );
  ctx.persist = () => persistence.changed();
  ctx.reads = new ReadReporter({
    adapter,
    options: resolved,
    isOnline,
    onOutboxChange: (outbox) => live.setState({ outbox }),
    onError: ctx.reportError,
    onSessionEnded: ctx.sessionEnded,
    onPendingChange: ctx.persist,
    onRefused: (conversationID, messageID, error) => {
      const refused = new Map(live.getState().refusedReceipts);
      const ids = refused.get(conversationID)?.messageIDs ?? [];
      refused.set(conversationID, { messageIDs: ids.includes(messageID) ? ids : [...ids, messageID], error });
      live.setState({ refusedReceipts: refused });
    },
  });
  ctx.restorePending = async (userID) => {
    const saved = await persistence.restore(userID);
    ctx.reads.restore(saved);
    restoreUnsent(ctx, saved.unsent, userID);
    restoreDrafts(live, saved.drafts);
    ctx.persist();
  };
  const groupSize = (groupID: GroupID) => groupSizes.get(groupID);
  const requestGroup = (groupID: GroupID) => void queryClient.prefetchQuery(queries.groupInfo(groupID));
  // Built per event batch (20,000 in a storm of a million receipts): its functions are made once.
  ctx.messageContext = () => ({
    me: live.getState().userID,
    maxTextBytes: resolved.maxTextBytes,
    parked: ctx.parked,
    peerReads: ctx.peerReads,
    sentByClientID,
    groupSize,
    requestGroup,
  });
  // Other devices make clientIDs the same way and rows are keyed by them: the random part
  // keeps two senders' IDs from meeting.
  ctx.newClientID = () =>
    `local-${resolved.now().toString(36)}-${(++localCount).toString(36)}-${resolved.random().toString(36).slice(2, 10)}`;

  // Receipts parked until their group's size is known go in once it is (or once it failed).
  const releaseGroup = (groupID: GroupID): void =>
    ctx.commit((draft) => {
      const context = ctx.messageContext();
      for (const receipt of ctx.parked.takeGroup(groupID)) mergeInto(draft, receipt, context);
    });
  ctx.links = linkQueries(queryClient, scope, {
    groupChanged: (groupID) => groupSizes.changed(groupID),
    groupLoaded: (groupID) => {
      groupSizes.loaded(groupID);
      releaseGroup(groupID);
    },
    groupFailed: (groupID) => {
      groupSizes.failed(groupID);
      releaseGroup(groupID);
    },
  });

  const history = new HistoryLoader(ctx);
  const session = createSession(ctx, history);
  const view = publishedView(live, resolved.scheduler);
  return {
    getState: view.getState,
    getInitialState: () => initial,
    subscribe: view.subscribe,
    actions: createActions(ctx, session, history),
    queryClient,
    queries,
    flush: view.flush,
    features: {
      conversationList: typeof adapter.getConversationList === 'function' && typeof adapter.markConversationRead === 'function',
      reminders: typeof adapter.remindUnread === 'function',
    },
  };
}
