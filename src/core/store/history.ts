import { toChatError } from '../errors';
import type { ConversationID, HistoryPage, MessageID } from '../types';
import { applyMessages } from './apply-messages';
import type { StoreContext } from './context';
import { ownReceiptMessages, resyncReceipts } from './resync';

/** One page request per conversation at a time; a second caller shares the first's promise. */
const inFlight = new WeakMap<StoreContext, Map<ConversationID, Promise<void>>>();

export function openConversation(ctx: StoreContext, conversationID: ConversationID): Promise<void> {
  const status = ctx.store.getState().conversations.get(conversationID)?.status ?? 'idle';
  if (status === 'ready') return Promise.resolve();
  return loadPage(ctx, conversationID, 'newest');
}

export function loadOlder(ctx: StoreContext, conversationID: ConversationID): Promise<void> {
  const conversation = ctx.store.getState().conversations.get(conversationID);
  if (!conversation || conversation.status !== 'ready') return openConversation(ctx, conversationID);
  if (!conversation.hasOlder) return Promise.resolve();
  return loadPage(ctx, conversationID, 'older');
}

/** After a reconnect: fetch the newest page again to catch messages missed while offline. */
export function reloadNewest(ctx: StoreContext, conversationID: ConversationID): Promise<void> {
  return loadPage(ctx, conversationID, 'refresh');
}

type PageKind = 'newest' | 'older' | 'refresh';

function loadPage(ctx: StoreContext, conversationID: ConversationID, kind: PageKind): Promise<void> {
  let pending = inFlight.get(ctx);
  if (!pending) inFlight.set(ctx, (pending = new Map()));
  const running = pending.get(conversationID);
  if (running) return running;
  const promise = fetchPage(ctx, conversationID, kind).finally(() => pending.delete(conversationID));
  pending.set(conversationID, promise);
  return promise;
}

async function fetchPage(ctx: StoreContext, conversationID: ConversationID, kind: PageKind): Promise<void> {
  const field = kind === 'older' ? 'olderStatus' : 'status';
  const before = ctx.store.getState().conversations.get(conversationID);
  if (kind !== 'refresh') {
    ctx.commit((draft) => draft.setConversation({ ...draft.conversation(conversationID), [field]: 'loading', error: null }));
  }
  let page: HistoryPage;
  try {
    page = await ctx.adapter.getMessageHistory({
      conversationID,
      cursor: kind === 'older' ? (before?.cursor ?? '') : '',
      count: ctx.options.historyPageSize,
    });
  } catch (thrown) {
    const error = toChatError(thrown);
    ctx.commit((draft) => {
      if (kind !== 'refresh') draft.setConversation({ ...draft.conversation(conversationID), [field]: 'error', error });
      draft.errors.push(error);
    });
    return;
  }
  let pageIDs: MessageID[] = [];
  ctx.commit((draft) => {
    const messages = Array.isArray(page.messages) ? page.messages : [];
    applyMessages(draft, messages, ctx.messageContext());
    pageIDs = messages.flatMap((message) => (typeof message?.messageID === 'string' ? [message.messageID] : []));
    const conversation = draft.conversation(conversationID);
    if (kind === 'refresh' && conversation.status === 'ready') return;
    draft.setConversation({
      ...conversation,
      [field]: 'ready',
      error: null,
      cursor: typeof page.nextCursor === 'string' ? page.nextCursor : '',
      hasOlder: page.isFinished === false,
    });
  });
  // As the seed prescribes: after a history page, pull the counts of own messages on it.
  await resyncReceipts(ctx, ownReceiptMessages(ctx, pageIDs));
}
