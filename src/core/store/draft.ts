import type { ChatError } from '../errors';
import type { ConversationID, Message, MessageID, MessageReceipt, Reminder } from '../types';
import { ChunkedMap } from './chunked-map';
import { emptyConversation, orderOf, withOrder, type MessageOrder } from './conversation-state';
import { movesReadPosition, readByOthers } from './read-positions';
import type { ChatState, ConversationListState, ConversationState, ErrorEntry, ReminderSend } from './types';

interface NewestRead {
  conversationID: ConversationID;
  /** Null while no message of the conversation is read, in the base or this batch. */
  message: Message | null;
}

/**
 * Collects the changes of one event batch. Messages and receipts live in `ChunkedMap`s,
 * whose copy for a batch costs O(batch · depth) whatever they hold, and each conversation
 * keeps its messages in a persistent tree (conversation-state.ts), so a batch costs what it
 * changes and untouched entries keep their identity. The map of conversations (a handful) is
 * copied on its first write. `patch()` is null when nothing changed, so the store skips
 * `setState` (no re-render).
 */
export class Draft {
  private messageMap?: ChunkedMap<MessageID, Message>;
  private receiptMap?: ChunkedMap<MessageID, MessageReceipt>;
  private conversationMap?: Map<ConversationID, ConversationState>;
  private readPositionMap?: Map<ConversationID, MessageID>;
  /** The newest read message of each conversation among the receipts this draft set. */
  private newestRead?: Map<ConversationID, NewestRead>;
  /** The entry of the last one: a batch is mostly one conversation's receipts. */
  private lastRead?: NewestRead;
  readonly errors: ChatError[] = [];
  /** Messages whose receipt this draft changed, so their member pages can be refreshed. */
  readonly changedReceipts: MessageID[] = [];

  /** The conversation list and the total unread count: small, replaced whole when they change. */
  conversationList: ConversationListState;
  totalUnread: number | null;
  reminderSends: ReadonlyMap<MessageID, ReminderSend>;
  receivedReminders: ReadonlyMap<MessageID, Reminder>;

  constructor(readonly base: ChatState) {
    this.conversationList = base.conversationList;
    this.totalUnread = base.totalUnread;
    this.reminderSends = base.reminderSends;
    this.receivedReminders = base.receivedReminders;
  }

  get messages(): ReadonlyMap<MessageID, Message> {
    return this.messageMap ?? this.base.messages;
  }

  get receipts(): ReadonlyMap<MessageID, MessageReceipt> {
    return this.receiptMap ?? this.base.receipts;
  }

  get readPositions(): ReadonlyMap<ConversationID, MessageID> {
    return this.readPositionMap ?? this.base.readPositions;
  }

  get conversations(): ReadonlyMap<ConversationID, ConversationState> {
    return this.conversationMap ?? this.base.conversations;
  }

  writeMessages(): ChunkedMap<MessageID, Message> {
    return (this.messageMap ??= ChunkedMap.from(this.base.messages).fork());
  }

  /** `message` is the draft's copy of the receipt's message, which every caller has at hand. */
  setReceipt(message: Message, receipt: MessageReceipt): void {
    const { messageID } = message;
    (this.receiptMap ??= ChunkedMap.from(this.base.receipts).fork()).set(messageID, receipt);
    this.changedReceipts.push(messageID);
    if (readByOthers(receipt)) this.noteRead(message);
  }

  /**
   * Compared against the batch's newest read message locally: the base position is looked
   * up once per conversation and batch, not once per receipt.
   */
  private noteRead(message: Message): void {
    const { conversationID } = message;
    let newest = this.lastRead;
    if (newest?.conversationID !== conversationID) {
      const byConversation = (this.newestRead ??= new Map());
      newest = byConversation.get(conversationID);
      if (!newest) {
        const current = this.base.readPositions.get(conversationID);
        newest = { conversationID, message: (current === undefined ? undefined : this.messages.get(current)) ?? null };
        byConversation.set(conversationID, newest);
      }
      this.lastRead = newest;
    }
    if (newest.message === null || movesReadPosition(newest.message, message)) newest.message = message;
  }

  setConversation(conversation: ConversationState): void {
    (this.conversationMap ??= new Map(this.base.conversations)).set(conversation.conversationID, conversation);
  }

  conversation(conversationID: ConversationID): ConversationState {
    return this.conversations.get(conversationID) ?? emptyConversation(conversationID);
  }

  updateOrder(conversationID: ConversationID, update: (order: MessageOrder) => MessageOrder): void {
    const conversation = this.conversation(conversationID);
    const order = orderOf(conversation);
    const next = update(order);
    if (next !== order) this.setConversation(withOrder(conversation, next));
  }

  /** The batch's newest read messages become the positions, copying the map only when one moved. */
  private settleReadPositions(): void {
    if (!this.newestRead) return;
    for (const { conversationID, message } of this.newestRead.values()) {
      if (message === null || this.readPositions.get(conversationID) === message.messageID) continue;
      (this.readPositionMap ??= new Map(this.base.readPositions)).set(conversationID, message.messageID);
    }
    this.newestRead = undefined;
    this.lastRead = undefined;
  }

  patch(errorEntries: (errors: readonly ChatError[]) => ErrorEntry[] | undefined): Partial<ChatState> | null {
    const patch: Partial<ChatState> = {};
    if (this.messageMap) patch.messages = this.messageMap;
    if (this.receiptMap) patch.receipts = this.receiptMap;
    if (this.conversationMap) patch.conversations = this.conversationMap;
    this.settleReadPositions();
    if (this.readPositionMap) patch.readPositions = this.readPositionMap;
    if (this.conversationList !== this.base.conversationList) patch.conversationList = this.conversationList;
    if (this.totalUnread !== this.base.totalUnread) patch.totalUnread = this.totalUnread;
    if (this.reminderSends !== this.base.reminderSends) patch.reminderSends = this.reminderSends;
    if (this.receivedReminders !== this.base.receivedReminders) patch.receivedReminders = this.receivedReminders;
    const errors = this.errors.length > 0 ? errorEntries(this.errors) : undefined;
    if (errors) patch.errors = errors;
    return Object.keys(patch).length > 0 ? patch : null;
  }
}
