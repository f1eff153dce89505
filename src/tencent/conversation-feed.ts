import type { ChatEvent } from '../core/adapter';
import { ChatError, ErrorCode } from '../core/errors';
import type { ConversationSummary } from '../core/types';
import { validateUnreadTotal } from '../core/validate-conversations';
import { toSummaries } from './conversations';
import type { MessageCache } from './message-cache';
import { EVENT, type SdkConversation, type SdkEvent, type TencentChatLike } from './sdk';

/**
 * `CONVERSATION_LIST_UPDATED` and `TOTAL_UNREAD_MESSAGE_COUNT_UPDATED` as the kit's
 * `conversations` and `unreadTotal` events. Like every adapter's feed, it runs only once the
 * client asked for the list or the total, and only while somebody listens: until then its SDK
 * handlers are not even registered. The SDK hands over its whole list (or, created with
 * `partialUpdatedConversations`, the changed part), so rows are compared with what was last
 * told and only the changed ones go out.
 */
export class ConversationFeed {
  private listing = false;
  private listened = false;
  private registered = false;
  private readonly told = new Map<string, string>();
  private total: number | undefined;
  private readonly handlers: ReadonlyArray<readonly [string, (event: SdkEvent<unknown>) => void]>;

  constructor(
    private readonly chat: Pick<TencentChatLike, 'on' | 'off'>,
    private readonly cache: MessageCache,
    private readonly emit: (event: ChatEvent) => void,
  ) {
    this.handlers = [
      [EVENT.CONVERSATION_LIST_UPDATED, (event) => this.onList(event.data)],
      [EVENT.TOTAL_UNREAD_MESSAGE_COUNT_UPDATED, (event) => this.onTotal(event.data)],
    ];
  }

  /** The client asked for the list (with the rows it got) or the total (with the count). */
  start(seen: { rows?: readonly { conversationID: string }[]; total?: number } = {}): void {
    this.listing = true;
    for (const row of seen.rows ?? []) this.told.set(row.conversationID, JSON.stringify(row));
    if (seen.total !== undefined) this.total = seen.total;
    this.sync();
  }

  /** Logged out: nothing more until the next listing. */
  stop(): void {
    this.listing = false;
    this.told.clear();
    this.total = undefined;
    this.sync();
  }

  /** Whether anybody listens to the adapter (EventBridge calls it on the first and last subscriber). */
  setListened(listened: boolean): void {
    this.listened = listened;
    this.sync();
  }

  private sync(): void {
    const wanted = this.listing && this.listened;
    if (wanted === this.registered) return;
    this.registered = wanted;
    for (const [name, handler] of this.handlers) {
      if (wanted) this.chat.on(name, handler);
      else this.chat.off(name, handler);
    }
  }

  /**
   * The peer of a 1:1 chat read it (MESSAGE_READ_BY_PEER): the SDK may not update the row, so
   * the row last told gets the new `peerReadTime` here.
   */
  peerRead(conversationID: string, time: number): void {
    const json = this.listing ? this.told.get(conversationID) : undefined;
    if (json === undefined) return;
    const row = JSON.parse(json) as ConversationSummary;
    if ((row.peerReadTime ?? 0) >= time) return;
    const updated = { ...row, peerReadTime: time };
    this.told.set(conversationID, JSON.stringify(updated));
    this.emit({ type: 'conversations', conversations: [updated] });
  }

  private onList(data: unknown): void {
    if (!this.listing || !Array.isArray(data)) return;
    const rows = toSummaries(data as SdkConversation[], this.cache, (error) => this.emit({ type: 'error', error }));
    const changed = rows.filter((row) => {
      const json = JSON.stringify(row);
      if (this.told.get(row.conversationID) === json) return false;
      this.told.set(row.conversationID, json);
      return true;
    });
    if (changed.length > 0) this.emit({ type: 'conversations', conversations: changed });
  }

  private onTotal(data: unknown): void {
    if (!this.listing) return;
    let total: number;
    try {
      total = validateUnreadTotal(data);
    } catch (error) {
      this.emit({ type: 'error', error: error instanceof ChatError ? error : new ChatError(ErrorCode.MALFORMED_PAYLOAD, String(error)) });
      return;
    }
    if (total === this.total) return;
    this.total = total;
    this.emit({ type: 'unreadTotal', totalUnreadCount: total });
  }
}
