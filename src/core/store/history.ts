import { groupIDOf } from '../conversation-id';
import { toChatError } from '../errors';
import type { ConversationID, HistoryPage, MessageID } from '../types';
import { applyMessages } from './apply-messages';
import type { StoreContext } from './context';
import { withFields } from './conversation-state';
import { ownReceiptMessages, resyncReceipts } from './resync';

type PageKind = 'newest' | 'older' | 'refresh';

/**
 * History pages of one store. One page request per conversation at a time: a second caller
 * shares the first's promise.
 */
export class HistoryLoader {
  private readonly inFlight = new Map<ConversationID, Promise<void>>();

  constructor(private readonly ctx: StoreContext) {}

  open(conversationID: ConversationID): Promise<void> {
    const status = this.ctx.live.getState().conversations.get(conversationID)?.status ?? 'idle';
    if (status === 'ready') return Promise.resolve();
    // Receipts of a group are bounded by its size: ask for it alongside the first page.
    const groupID = groupIDOf(conversationID);
    if (groupID !== undefined) void this.ctx.queryClient.prefetchQuery(this.ctx.queries.groupInfo(groupID));
    return this.load(conversationID, 'newest');
  }

  more(conversationID: ConversationID): Promise<void> {
    const conversation = this.ctx.live.getState().conversations.get(conversationID);
    if (!conversation || conversation.status !== 'ready') return this.open(conversationID);
    if (!conversation.hasMore) return Promise.resolve();
    return this.load(conversationID, 'older');
  }

  /** After a reconnect: fetch the newest page again to catch messages missed while offline. */
  refresh(conversationID: ConversationID): Promise<void> {
    return this.load(conversationID, 'refresh');
  }

  private load(conversationID: ConversationID, kind: PageKind): Promise<void> {
    const running = this.inFlight.get(conversationID);
    if (running) return running;
    const promise = this.fetch(conversationID, kind).finally(() => this.inFlight.delete(conversationID));
    this.inFlight.set(conversationID, promise);
    return promise;
  }

  private async fetch(conversationID: ConversationID, kind: PageKind): Promise<void> {
    const { ctx } = this;
    const field = kind === 'older' ? 'moreStatus' : 'status';
    const before = ctx.live.getState().conversations.get(conversationID);
    if (kind !== 'refresh') {
      ctx.commit((draft) => draft.setConversation(withFields(draft.conversation(conversationID), { [field]: 'loading', error: null })));
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
        if (kind !== 'refresh') draft.setConversation(withFields(draft.conversation(conversationID), { [field]: 'error', error }));
        draft.errors.push(error);
      });
      if (error.endsSession) ctx.sessionEnded(error);
      return;
    }
    let pageIDs: MessageID[] = [];
    ctx.commit((draft) => {
      const messages = Array.isArray(page?.messages) ? page.messages : [];
      applyMessages(draft, messages, ctx.messageContext());
      pageIDs = messages.flatMap((message) => (typeof message?.messageID === 'string' ? [message.messageID] : []));
      const conversation = draft.conversation(conversationID);
      if (kind === 'refresh' && conversation.status === 'ready') return;
      draft.setConversation(
        withFields(conversation, {
          [field]: 'ready',
          error: null,
          cursor: typeof page.nextCursor === 'string' ? page.nextCursor : '',
          hasMore: page.isFinished === false,
        }),
      );
    });
    // As the seed prescribes: after a history page, pull the counts of own messages on it.
    await resyncReceipts(ctx, ownReceiptMessages(ctx, pageIDs));
  }
}
