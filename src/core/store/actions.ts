import { groupIDOf } from '../conversation-id';
import { toChatError } from '../errors';
import type { Message, MessageID } from '../types';
import type { StoreContext } from './context';
import { createConversationListActions } from './conversation-list';
import { setDraft } from './drafts';
import { createReminderActions, dropReminders } from './reminders';
import type { HistoryLoader } from './history';
import { conversationReceiptMessages, resyncReceipts } from './resync';
import { retryMessage, sendMessage } from './sending';
import type { Session } from './session';
import type { ChatActions, ChatState } from './types';

/** Loaded messages among `ids`, in order. */
function loaded(state: ChatState, ids: readonly MessageID[]): Message[] {
  const messages: Message[] = [];
  for (const id of ids) {
    const message = state.messages.get(id);
    if (message) messages.push(message);
  }
  return messages;
}

/** The store's actions: the only way to change its state and the only callers of the adapter. */
export function createActions(ctx: StoreContext, session: Session, history: HistoryLoader): ChatActions {
  const { live, queryClient, queries } = ctx;
  return {
    ...createConversationListActions(ctx),
    ...createReminderActions(ctx),
    start: () => {
      queryClient.mount();
      const stop = session.start();
      let stopped = false;
      return () => {
        if (stopped) return;
        stopped = true;
        stop();
        queryClient.unmount();
      };
    },
    login: (options) => session.login(options),
    openConversation: (id) => history.open(id),
    loadMore: (id) => history.more(id),
    loadGap: (id, gapID) => history.loadGap(id, gapID),
    setDraft: (id, text) => setDraft(ctx, id, text),
    dismissRefusedReceipts: (id) => {
      const { refusedReceipts } = live.getState();
      if (!refusedReceipts.has(id)) return;
      const next = new Map(refusedReceipts);
      next.delete(id);
      live.setState({ refusedReceipts: next });
    },
    sendMessage: (id, text, sendOptions) => sendMessage(ctx, id, text, sendOptions),
    retry: (messageID) => retryMessage(ctx, messageID),
    reportRead: (ids) => {
      if (live.getState().receivedReminders.size > 0) {
        const seen = new Set(ids);
        dropReminders(ctx, (reminder) => seen.has(reminder.messageID));
      }
      const state = live.getState();
      if (state.sendReceipts) ctx.reads.seen(loaded(state, ids), state.userID);
    },
    refreshReceipts: (id) => resyncReceipts(ctx, conversationReceiptMessages(ctx, id)),
    markConversationRead: (id) => {
      dropReminders(ctx, (reminder) => reminder.conversationID === id);
      const state = live.getState();
      if (!state.sendReceipts) return;
      ctx.reads.seen(loaded(state, state.conversations.get(id)?.messageIDs ?? []), state.userID);
      ctx.reads.markRead(id);
    },
    loadGroupInfo: async (groupID) => {
      try {
        return await queryClient.fetchQuery(queries.groupInfo(groupID));
      } catch (thrown) {
        throw toChatError(thrown);
      }
    },
    loadProfile: async (userID) => {
      try {
        return (await queryClient.fetchQuery(queries.profile(userID))) ?? undefined;
      } catch (thrown) {
        throw toChatError(thrown);
      }
    },
    prefetchReadMembers: (messageID, filter) => {
      const message = live.getState().messages.get(messageID);
      if (message && groupIDOf(message.conversationID) === undefined) return;
      void queryClient.prefetchInfiniteQuery(queries.readMembers(messageID, filter));
    },
    setPrivacy: (settings) => {
      const patch: Partial<ChatState> = {};
      if (settings.sendReceipts !== undefined) patch.sendReceipts = settings.sendReceipts;
      if (settings.showReceipts !== undefined) patch.showReceipts = settings.showReceipts;
      live.setState(patch);
      // Not sent means not reported: turning receipts back on may report them later.
      if (settings.sendReceipts === false) ctx.reads.clear();
    },
    dismissError: (id) => live.setState({ errors: live.getState().errors.filter((entry) => entry.id !== id) }),
  };
}
