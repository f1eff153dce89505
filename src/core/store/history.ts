import { groupIDOf } from '../conversation-id';
import { toChatError, type ChatError } from '../errors';
import type { ConversationID, HistoryPage, Message, MessageID } from '../types';
import { validateHistoryPage } from '../validate-pages';
import { applyMessages } from './apply-messages';
import type { StoreContext } from './context';
import { withFields } from './conversation-state';
import { compareMessages } from './message-order';
import { ownReceiptMessages, resyncReceipts } from './resync';
import { TaskQueues } from './task-queues';
import type { ConversationState, MessageGap } from './types';

/** Where a gap's next page starts, and the newest message below it that the store already held. */
interface GapWork {
  cursor: string;
  floor: Message | undefined;
}

/** What one page request brought: the page and its messages as the store keeps them, oldest first. */
type PageResult = { ok: true; page: HistoryPage; messages: Message[] } | { ok: false; error: ChatError };

/**
 * History pages of one store. Requests of one conversation run one at a time: newest and older
 * pages share a running request, a reconnect's repair and a gap's page wait their turn.
 *
 * A reconnect repairs history by paging back from the newest message until a page reaches the
 * newest message known to be contiguous with the loaded history (`contiguous`): pushes are not
 * trusted to have all arrived, so messages lost while connected are found too. Past
 * `gapPageLimit` pages the rest is left as a marked gap, never a silent hole.
 */
export class HistoryLoader {
  private readonly queues = new TaskQueues();
  private readonly contiguous = new Map<ConversationID, Message | undefined>();
  private readonly gapWork = new Map<string, GapWork>();
  private nextGap = 0;

  constructor(private readonly ctx: StoreContext) {}

  open(conversationID: ConversationID): Promise<void> {
    const status = this.ctx.live.getState().conversations.get(conversationID)?.status ?? 'idle';
    if (status === 'ready') return Promise.resolve();
    // Receipts of a group are bounded by its size: ask for it alongside the first page.
    const groupID = groupIDOf(conversationID);
    if (groupID !== undefined) void this.ctx.queryClient.prefetchQuery(this.ctx.queries.groupInfo(groupID));
    return this.queues.run(conversationID, 'page', () => this.newest(conversationID));
  }

  more(conversationID: ConversationID): Promise<void> {
    const conversation = this.ctx.live.getState().conversations.get(conversationID);
    if (!conversation || conversation.status !== 'ready') return this.open(conversationID);
    if (!conversation.hasMore) return Promise.resolve();
    return this.queues.run(conversationID, 'page', () => this.older(conversationID));
  }

  /** After a reconnect: fill in what was missed while offline. */
  refresh(conversationID: ConversationID): Promise<void> {
    return this.queues.run(conversationID, 'refresh', () => this.repair(conversationID));
  }

  loadGap(conversationID: ConversationID, gapID: string): Promise<void> {
    if (!this.gapWork.has(gapID)) return Promise.resolve();
    return this.queues.run(conversationID, `gap ${gapID}`, () => this.fillGap(conversationID, gapID));
  }

  private async newest(conversationID: ConversationID): Promise<void> {
    if (this.ctx.live.getState().conversations.get(conversationID)?.status === 'ready') return;
    this.setFields(conversationID, { status: 'loading', error: null });
    const result = await this.page(conversationID, '');
    if (!result.ok) return this.failed(conversationID, result.error, (c) => withFields(c, { status: 'error', error: result.error }));
    const { page, messages } = result;
    this.contiguous.set(conversationID, messages.at(-1));
    this.setFields(conversationID, { status: 'ready', error: null, ...this.olderCursor(page) });
    await this.pullReceipts(messages);
  }

  private async older(conversationID: ConversationID): Promise<void> {
    const before = this.ctx.live.getState().conversations.get(conversationID);
    if (!before?.hasMore) return;
    this.setFields(conversationID, { moreStatus: 'loading', error: null });
    const result = await this.page(conversationID, before.cursor);
    if (!result.ok) return this.failed(conversationID, result.error, (c) => withFields(c, { moreStatus: 'error', error: result.error }));
    this.setFields(conversationID, { moreStatus: 'ready', error: null, ...this.olderCursor(result.page) });
    await this.pullReceipts(result.messages);
  }

  private async repair(conversationID: ConversationID): Promise<void> {
    const conversation = this.ctx.live.getState().conversations.get(conversationID);
    if (conversation?.status !== 'ready') return this.newest(conversationID);
    const floor = this.contiguous.get(conversationID);
    let cursor = '';
    let top: Message | undefined;
    for (let fetched = 0; fetched < this.ctx.options.gapPageLimit; fetched += 1) {
      const result = await this.page(conversationID, cursor);
      // A failed repair page leaves the list as it was; the next reconnect tries again.
      if (!result.ok) return this.failed(conversationID, result.error, (c) => c);
      top ??= result.messages.at(-1) ?? floor;
      await this.pullReceipts(result.messages);
      if (reaches(result, floor)) {
        this.contiguous.set(conversationID, top);
        return;
      }
      cursor = result.page.nextCursor;
      if (fetched === this.ctx.options.gapPageLimit - 1) this.openGap(conversationID, result.messages[0], { cursor, floor });
    }
    this.contiguous.set(conversationID, top);
  }

  private async fillGap(conversationID: ConversationID, gapID: string): Promise<void> {
    const work = this.gapWork.get(gapID);
    if (!work) return;
    this.setGap(conversationID, gapID, { status: 'loading', error: null });
    const result = await this.page(conversationID, work.cursor);
    if (!result.ok) {
      const { error } = result;
      return this.failed(conversationID, error, (c) => withGap(c, gapID, { status: 'error', error }));
    }
    await this.pullReceipts(result.messages);
    const oldest = result.messages[0];
    if (reaches(result, work.floor) || oldest === undefined) {
      this.gapWork.delete(gapID);
      this.setGap(conversationID, gapID, null);
      return;
    }
    work.cursor = result.page.nextCursor;
    this.setGap(conversationID, gapID, { status: 'idle', error: null, beforeMessageID: oldest.messageID });
  }

  private openGap(conversationID: ConversationID, oldest: Message | undefined, work: GapWork): void {
    if (oldest === undefined) return;
    const gap: MessageGap = { gapID: `gap-${(this.nextGap += 1)}`, beforeMessageID: oldest.messageID, status: 'idle', error: null };
    this.gapWork.set(gap.gapID, work);
    this.ctx.commit((draft) => {
      const conversation = draft.conversation(conversationID);
      draft.setConversation(withFields(conversation, { gaps: [gap, ...conversation.gaps] }));
    });
  }

  private setGap(conversationID: ConversationID, gapID: string, patch: Partial<MessageGap> | null): void {
    this.ctx.commit((draft) => draft.setConversation(withGap(draft.conversation(conversationID), gapID, patch)));
  }

  /** Fetches one page and merges its messages; a failure is reported, never thrown. */
  private async page(conversationID: ConversationID, cursor: string): Promise<PageResult> {
    const { ctx } = this;
    let page: HistoryPage;
    try {
      page = validateHistoryPage(await ctx.adapter.getMessageHistory({ conversationID, cursor, count: ctx.options.historyPageSize }));
    } catch (thrown) {
      return { ok: false, error: toChatError(thrown) };
    }
    const inputs: readonly unknown[] = page.messages;
    let messages: Message[] = [];
    ctx.commit((draft) => {
      applyMessages(draft, inputs, ctx.messageContext());
      messages = inputs.flatMap((input) => {
        const id = (input as { messageID?: unknown } | null)?.messageID;
        const message = typeof id === 'string' ? draft.messages.get(id) : undefined;
        return message?.conversationID === conversationID && message.status === 'sent' ? [message] : [];
      });
    });
    messages.sort(compareMessages);
    return { ok: true, page, messages };
  }

  /** Reports a failed page, with the change it makes to the conversation, in one update. */
  private failed(conversationID: ConversationID, error: ChatError, change: (conversation: ConversationState) => ConversationState): void {
    this.ctx.commit((draft) => {
      draft.setConversation(change(draft.conversation(conversationID)));
      draft.errors.push(error);
    });
    if (error.endsSession) this.ctx.sessionEnded(error);
  }

  private olderCursor(page: HistoryPage): { cursor: string; hasMore: boolean } {
    return { cursor: page.nextCursor, hasMore: !page.isFinished };
  }

  private setFields(conversationID: ConversationID, patch: Parameters<typeof withFields>[1]): void {
    this.ctx.commit((draft) => draft.setConversation(withFields(draft.conversation(conversationID), patch)));
  }

  // As the seed prescribes: after a history page, pull the counts of own messages on it.
  private pullReceipts(messages: readonly Message[]): Promise<void> {
    const ids: MessageID[] = messages.map((message) => message.messageID);
    return resyncReceipts(this.ctx, ownReceiptMessages(this.ctx, ids));
  }
}

function withGap(conversation: ConversationState, gapID: string, patch: Partial<MessageGap> | null): ConversationState {
  const gaps = conversation.gaps.flatMap((gap) => (gap.gapID !== gapID ? [gap] : patch ? [{ ...gap, ...patch }] : []));
  return withFields(conversation, { gaps });
}

/** Whether a page reached the newest message already held below it (or the start of the conversation). */
function reaches(result: { page: HistoryPage; messages: Message[] }, floor: Message | undefined): boolean {
  if (result.page.isFinished || result.messages.length === 0) return true;
  return floor !== undefined && compareMessages(result.messages[0] as Message, floor) <= 0;
}
