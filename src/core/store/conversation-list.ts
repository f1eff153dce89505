import { c2cPeerOf } from '../conversation-id';
import { ChatError, ErrorCode, toChatError } from '../errors';
import type { ConversationID, ConversationSummary } from '../types';
import { validateConversationPage, validateConversationSummary, validateUnreadTotal } from '../validate-conversations';
import type { StoreContext } from './context';
import type { Draft } from './draft';
import type { ConversationListState } from './types';

export const EMPTY_CONVERSATION_LIST: ConversationListState = {
  status: 'idle',
  error: null,
  ids: [],
  rows: new Map(),
  hasMore: false,
  moreStatus: 'idle',
  cursor: '',
};

// The order every adapter pages in (newest last message first, then by ID), so a row the feed
// adds lands where the next page would have put it.
function compare(a: ConversationSummary, b: ConversationSummary): number {
  const time = (b.lastMessage?.time ?? 0) - (a.lastMessage?.time ?? 0);
  if (time !== 0) return time;
  return a.conversationID < b.conversationID ? -1 : a.conversationID > b.conversationID ? 1 : 0;
}

/** The list with these rows replaced or added, re-ordered. O(n log n) per batch: fine for thousands. */
export function withRows(list: ConversationListState, rows: readonly ConversationSummary[]): ConversationListState {
  if (rows.length === 0) return list;
  const map = new Map(list.rows);
  for (const row of rows) map.set(row.conversationID, row);
  const ids = [...map.values()].sort(compare).map((row) => row.conversationID);
  return { ...list, rows: map, ids };
}

/** A `conversations` event: each row checked on its own, so one bad row loses none of the others. */
export function applyConversationEvent(draft: Draft, conversations: unknown): void {
  const rows: ConversationSummary[] = [];
  for (const item of Array.isArray(conversations) ? conversations : [conversations]) {
    try {
      rows.push(validateConversationSummary(item));
    } catch (error) {
      draft.errors.push(toChatError(error));
    }
  }
  draft.conversationList = withRows(draft.conversationList, rows);
}

export function applyUnreadTotal(draft: Draft, total: unknown): void {
  try {
    draft.totalUnread = validateUnreadTotal(total);
  } catch (error) {
    draft.errors.push(toChatError(error));
  }
}

function missing(method: string): ChatError {
  return new ChatError(ErrorCode.INVALID_PARAMETER, `This adapter has no ${method}: the conversation list needs it (see ChatAdapterFeatures).`);
}

/** The conversation list actions: pages of `getConversationList`, the total, and marking read. */
export function createConversationListActions(ctx: StoreContext) {
  const { adapter } = ctx;
  const list = () => ctx.live.getState().conversationList;
  const update = (patch: Partial<ConversationListState>, rows: readonly ConversationSummary[] = []) =>
    ctx.commit((draft) => {
      draft.conversationList = withRows({ ...draft.conversationList, ...patch }, rows);
    });
  let inFlight: Promise<void> | undefined;

  async function fetchPage(more: boolean): Promise<void> {
    const field = more ? 'moreStatus' : 'status';
    if (!adapter.getConversationList) {
      const error = missing('getConversationList');
      ctx.commit((draft) => {
        draft.conversationList = { ...draft.conversationList, [field]: 'error', error };
        draft.errors.push(error);
      });
      return;
    }
    update({ [field]: 'loading', error: null });
    try {
      const page = validateConversationPage(await adapter.getConversationList({ nextSeq: more ? list().cursor : '' }));
      update({ [field]: 'ready', hasMore: !page.isFinished, cursor: page.nextSeq }, page.conversations);
    } catch (thrown) {
      const error = toChatError(thrown);
      ctx.commit((draft) => {
        draft.conversationList = { ...draft.conversationList, [field]: 'error', error };
        draft.errors.push(error);
      });
    }
  }

  const run = (more: boolean) => (inFlight ??= fetchPage(more).finally(() => (inFlight = undefined)));

  return {
    loadConversations: (): Promise<void> => (list().status === 'ready' ? Promise.resolve() : run(false)),
    loadMoreConversations: (): Promise<void> => {
      const current = list();
      if (current.status !== 'ready') return run(false);
      return current.hasMore ? run(true) : Promise.resolve();
    },
    loadTotalUnread: async (): Promise<void> => {
      if (!adapter.getTotalUnreadMessageCount) return;
      try {
        const total = validateUnreadTotal(await adapter.getTotalUnreadMessageCount());
        ctx.commit((draft) => (draft.totalUnread = total));
      } catch (thrown) {
        ctx.reportError(toChatError(thrown));
      }
    },
    /**
     * How many messages of a conversation the user has not read: from the list when it holds
     * the row, else asked for (`getConversation`); undefined where the adapter cannot say.
     */
    unreadCountOf: async (conversationID: ConversationID): Promise<number | undefined> => {
      const row = list().rows.get(conversationID);
      if (row) return row.unreadCount;
      if (!adapter.getConversation) return undefined;
      try {
        return validateConversationSummary(await adapter.getConversation(conversationID)).unreadCount;
      } catch (thrown) {
        ctx.reportError(toChatError(thrown));
        return undefined;
      }
    },
    /**
     * Opening a conversation reads it: its count drops to 0 at once (and the total with it,
     * unless muted); the adapter's feed then confirms or corrects both. With read receipts off,
     * a 1:1 chat is read on this device only: clearing it on the backend is what sends the
     * peer its read mark (`markC2CMessageAsRead`), so its count may come back on another device.
     */
    readConversation: async (conversationID: ConversationID): Promise<void> => {
      if (!adapter.markConversationRead) return;
      const row = list().rows.get(conversationID);
      const read = row && row.unreadCount > 0 ? { ...row, unreadCount: 0 } : undefined;
      const shift = (sign: 1 | -1) =>
        ctx.commit((draft) => {
          if (!row || !read) return;
          draft.conversationList = withRows(draft.conversationList, [sign === 1 ? read : row]);
          if (!row.muted && draft.totalUnread !== null) draft.totalUnread = Math.max(0, draft.totalUnread - sign * row.unreadCount);
        });
      shift(1);
      if (c2cPeerOf(conversationID) !== undefined && !ctx.live.getState().sendReceipts) return;
      try {
        await adapter.markConversationRead(conversationID);
      } catch (thrown) {
        // Not read after all: the count comes back, unless the feed replaced the row meanwhile.
        if (read && list().rows.get(conversationID) === read) shift(-1);
        ctx.reportError(toChatError(thrown));
      }
    },
  };
}
