import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ChatAdapter, ChatEvent } from '../adapter';
import { toChatError } from '../errors';
import type { ConnectionState } from '../types';
import { C2CReadMarker } from './c2c-read-marker';
import { createCommit, type StoreContext } from './context';
import { handleEvent } from './handle-event';
import { loadOlder, openConversation, reloadNewest } from './history';
import { resolveOptions } from './options';
import { ParkedReceipts } from './parked-receipts';
import { createProfileLoader, loadGroupInfo } from './profiles';
import { markConversationRead, reportRead } from './read-reporting';
import { ReceiptOutbox } from './receipt-outbox';
import { conversationReceiptMessages, resyncReceipts } from './resync';
import { retryMessage, sendMessage } from './sending';
import type { ChatActions, ChatState, ChatStoreOptions } from './types';

export type ChatStore = StoreApi<ChatState>;

/**
 * Creates the live store of one provider (never a module singleton): messages, receipts,
 * the receipt outbox and connection state, fed by one adapter. Framework-free.
 */
export function createChatStore(adapter: ChatAdapter, options: ChatStoreOptions = {}): ChatStore {
  const resolved = resolveOptions(options);
  const store = createStore<ChatState>()(() => ({
    userID: null,
    session: 'idle',
    connection: 'disconnected',
    conversations: new Map(),
    messages: new Map(),
    receipts: new Map(),
    outbox: new Map(),
    groups: new Map(),
    profiles: new Map(),
    errors: [],
    resync: 'idle',
    resyncedAt: null,
    sendReceipts: resolved.sendReceipts,
    showReceipts: resolved.showReceipts,
    actions: undefined as unknown as ChatActions,
  }));
  const isOnline = (): boolean => store.getState().connection === 'connected';
  const commit = createCommit(store, resolved);
  const reportError: StoreContext['reportError'] = (error) => commit((draft) => draft.errors.push(error));
  const ctx: StoreContext = {
    adapter,
    options: resolved,
    store,
    parked: new ParkedReceipts(resolved.parkedLimit, resolved.parkedTtlMs, resolved.now),
    c2cMarks: new Map(),
    reported: new Set(),
    c2cSeen: new Map(),
    outbox: new ReceiptOutbox({
      adapter,
      options: resolved,
      isOnline,
      onChange: (outbox) => store.setState({ outbox }),
      onError: reportError,
    }),
    c2cMarker: new C2CReadMarker({ adapter, options: resolved, isOnline, onError: reportError }),
    commit,
    reportError,
    messageContext: () => ({ me: store.getState().userID, parked: ctx.parked, c2cMarks: ctx.c2cMarks }),
  };

  const session = createSession(ctx);
  const loadProfile = createProfileLoader(ctx);
  const actions: ChatActions = {
    start: session.start,
    openConversation: (id) => openConversation(ctx, id),
    loadOlder: (id) => loadOlder(ctx, id),
    sendMessage: (id, text, sendOptions) => sendMessage(ctx, id, text, sendOptions),
    retry: (messageID) => retryMessage(ctx, messageID),
    reportRead: (ids) => reportRead(ctx, ids),
    refreshReceipts: (id) => resyncReceipts(ctx, conversationReceiptMessages(ctx, id)),
    markConversationRead: (id) => markConversationRead(ctx, id),
    loadGroupInfo: (groupID) => loadGroupInfo(ctx, groupID),
    loadProfile,
    setPrivacy: (settings) => {
      const patch: Partial<ChatState> = {};
      if (settings.sendReceipts !== undefined) patch.sendReceipts = settings.sendReceipts;
      if (settings.showReceipts !== undefined) patch.showReceipts = settings.showReceipts;
      store.setState(patch);
      if (settings.sendReceipts === false) {
        // Not sent means not reported: turning receipts back on may report them later.
        for (const id of ctx.outbox.clear()) ctx.reported.delete(id);
        ctx.c2cMarker.clear();
      }
    },
    dismissError: (id) => store.setState({ errors: store.getState().errors.filter((entry) => entry.id !== id) }),
  };
  store.setState({ actions });
  return store;
}

/** Subscription, login and the reaction to (re)connects. */
function createSession(ctx: StoreContext): { start: () => () => void } {
  const { store, adapter } = ctx;
  let unsubscribe: (() => void) | undefined;
  let login: Promise<void> | undefined;
  let connectedBefore = false;
  const early: ChatEvent[] = [];

  const setConnection = (state: ConnectionState): void => {
    if (store.getState().connection === state) return;
    store.setState({ connection: state });
    if (state !== 'connected' || store.getState().userID === null) return;
    const reconnect = connectedBefore;
    connectedBefore = true;
    ctx.outbox.flush();
    ctx.c2cMarker.flush();
    if (!reconnect) return;
    // Events may have been lost while offline: pull messages and authoritative counts again.
    const pulls: Promise<void>[] = [];
    for (const [conversationID, conversation] of store.getState().conversations) {
      if (conversation.status !== 'ready') continue;
      pulls.push(
        reloadNewest(ctx, conversationID).then(() => resyncReceipts(ctx, conversationReceiptMessages(ctx, conversationID))),
      );
    }
    store.setState({ resync: 'running' });
    void Promise.allSettled(pulls).then(() => store.setState({ resync: 'idle', resyncedAt: ctx.options.now() }));
  };

  const apply = (event: ChatEvent): void => {
    const connection = handleEvent(ctx, event);
    if (connection) setConnection(connection);
  };

  const onEvent = (event: ChatEvent): void => {
    // Until login tells who "me" is, own messages cannot be told apart: hold events back.
    if (store.getState().userID === null) early.push(event);
    else apply(event);
  };

  const doLogin = async (): Promise<void> => {
    store.setState({ session: 'starting', connection: 'connecting' });
    try {
      const { userID } = await adapter.login();
      store.setState({ userID, session: 'ready' });
    } catch (thrown) {
      store.setState({ session: 'error', connection: 'disconnected' });
      ctx.reportError(toChatError(thrown));
      return;
    }
    setConnection('connected');
    for (const event of early.splice(0)) apply(event);
  };

  const start = (): (() => void) => {
    if (!unsubscribe) {
      unsubscribe = adapter.subscribe(onEvent);
      ctx.outbox.resume();
      ctx.c2cMarker.resume();
      login ??= doLogin();
    }
    let disposed = false;
    return () => {
      if (disposed) return;
      disposed = true;
      unsubscribe?.();
      unsubscribe = undefined;
      ctx.outbox.pause();
      ctx.c2cMarker.pause();
    };
  };

  return { start };
}
