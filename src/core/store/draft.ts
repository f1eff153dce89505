import type { ChatError } from '../errors';
import type { ConversationID, Message, MessageID, MessageReceipt } from '../types';
import { ChunkedMap } from './chunked-map';
import type { ChatState, ConversationState, ErrorEntry } from './types';

/**
 * Collects the changes of one event batch: each map is cloned at most once, on its first
 * write, so a batch costs one copy plus O(batch) and untouched entries keep their identity.
 * Receipts change far more often than anything else (a storm of reads is one batch every few
 * ms), so their map is a `ChunkedMap`: its copy costs O(size / 32 + 32 · batch), not O(size).
 * `patch()` is null when nothing changed, so the store skips `setState` (no re-render).
 */
export class Draft {
  private messageMap?: Map<MessageID, Message>;
  private receiptMap?: ChunkedMap<MessageID, MessageReceipt>;
  private conversationMap?: Map<ConversationID, ConversationState>;
  readonly errors: ChatError[] = [];
  /** Messages whose receipt this draft changed, so their member pages can be refreshed. */
  readonly changedReceipts: MessageID[] = [];

  constructor(readonly base: ChatState) {}

  get messages(): ReadonlyMap<MessageID, Message> {
    return this.messageMap ?? this.base.messages;
  }

  get receipts(): ReadonlyMap<MessageID, MessageReceipt> {
    return this.receiptMap ?? this.base.receipts;
  }

  get conversations(): ReadonlyMap<ConversationID, ConversationState> {
    return this.conversationMap ?? this.base.conversations;
  }

  writeMessages(): Map<MessageID, Message> {
    return (this.messageMap ??= new Map(this.base.messages));
  }

  setReceipt(messageID: MessageID, receipt: MessageReceipt): void {
    (this.receiptMap ??= ChunkedMap.from(this.base.receipts).fork()).set(messageID, receipt);
    this.changedReceipts.push(messageID);
  }

  setConversation(conversation: ConversationState): void {
    (this.conversationMap ??= new Map(this.base.conversations)).set(conversation.conversationID, conversation);
  }

  conversation(conversationID: ConversationID): ConversationState {
    return this.conversations.get(conversationID) ?? emptyConversation(conversationID);
  }

  patch(errorEntries: (errors: readonly ChatError[]) => ErrorEntry[] | undefined): Partial<ChatState> | null {
    const patch: Partial<ChatState> = {};
    if (this.messageMap) patch.messages = this.messageMap;
    if (this.receiptMap) patch.receipts = this.receiptMap;
    if (this.conversationMap) patch.conversations = this.conversationMap;
    const errors = this.errors.length > 0 ? errorEntries(this.errors) : undefined;
    if (errors) patch.errors = errors;
    return Object.keys(patch).length > 0 ? patch : null;
  }
}

export function emptyConversation(conversationID: ConversationID): ConversationState {
  return {
    conversationID,
    messageIDs: [],
    status: 'idle',
    error: null,
    hasMore: false,
    moreStatus: 'idle',
    cursor: '',
  };
}
