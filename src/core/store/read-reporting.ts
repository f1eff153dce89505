import type { ChatAdapter } from '../adapter';
import { c2cPeerOf } from '../conversation-id';
import { readDue } from '../eligibility';
import type { ChatError } from '../errors';
import type { ConversationID, Message, MessageID, UserID } from '../types';
import { C2CReadMarker } from './c2c-read-marker';
import type { SavedOutbox } from './persistence';
import { ReceiptOutbox } from './receipt-outbox';
import type { ResolvedOptions } from './types';

export interface ReadReporterDeps {
  adapter: Pick<ChatAdapter, 'sendMessageReadReceipts' | 'markC2CMessageAsRead'>;
  options: ResolvedOptions;
  isOnline: () => boolean;
  onOutboxChange: (outbox: Map<ConversationID, readonly MessageID[]>) => void;
  onError: (error: ChatError) => void;
  onSessionEnded: (error: ChatError) => void;
  /** Anything still owed changed (for storage). */
  onPendingChange: () => void;
  /** The backend refused one message's receipt for good. */
  onRefused?: (conversationID: ConversationID, messageID: MessageID, error: ChatError) => void;
}

/**
 * Everything the reader owes senders: receipts (each message at most once per store, through
 * remounts and conversation switches) and 1:1 read marks (once per newer incoming message).
 * What is due is decided by one rule, `readDue`.
 */
export class ReadReporter {
  private readonly reported = new Set<MessageID>();
  /** Time of the newest incoming message seen per 1:1 conversation, to mark it read once. */
  private readonly c2cSeen = new Map<ConversationID, number>();
  private readonly outbox: ReceiptOutbox;
  private readonly marker: C2CReadMarker;

  constructor(deps: ReadReporterDeps) {
    const { onOutboxChange, onPendingChange, ...common } = deps;
    this.outbox = new ReceiptOutbox({
      ...common,
      onChange: (outbox) => {
        onOutboxChange(outbox);
        onPendingChange();
      },
    });
    this.marker = new C2CReadMarker({ ...common, onChange: onPendingChange });
  }

  /** Everything still owed, for storage. */
  pending(): Pick<SavedOutbox, 'receipts' | 'readMarks'> {
    return { receipts: [...this.outbox.pending()].map(([id, ids]) => [id, [...ids]]), readMarks: this.marker.pending() };
  }

  /** After a reload: what was owed is owed again, and counts as reported. */
  restore(saved: Pick<SavedOutbox, 'receipts' | 'readMarks'>): void {
    for (const [conversationID, ids] of saved.receipts) {
      const fresh = ids.filter((id) => !this.reported.has(id));
      for (const id of fresh) this.reported.add(id);
      this.outbox.enqueue(conversationID, fresh);
    }
    for (const peerID of saved.readMarks) this.marker.request(peerID);
  }

  /** The user saw these messages; `me` is the current user. */
  seen(messages: Iterable<Message>, me: UserID | null): void {
    const due = new Map<ConversationID, MessageID[]>();
    for (const message of messages) {
      const owed = readDue(message, me);
      if (owed.readMark) this.noteC2CSeen(message.conversationID, message.time);
      if (!owed.receipt || this.reported.has(message.messageID)) continue;
      this.reported.add(message.messageID);
      const list = due.get(message.conversationID);
      if (list) list.push(message.messageID);
      else due.set(message.conversationID, [message.messageID]);
    }
    for (const [conversationID, ids] of due) this.outbox.enqueue(conversationID, ids);
  }

  /** Marks a 1:1 chat read even without a newer message (opening it, say). */
  markRead(conversationID: ConversationID): void {
    const peerID = c2cPeerOf(conversationID);
    if (peerID !== undefined) this.marker.request(peerID);
  }

  resume(): void {
    this.outbox.resume();
    this.marker.resume();
  }

  /** Connected again: what waited goes out now. */
  flush(): void {
    this.outbox.flush();
    this.marker.flush();
  }

  pause(): void {
    this.outbox.pause();
    this.marker.pause();
  }

  /** The user stopped sending receipts: nothing queued goes out, and nothing counts as reported. */
  clear(): void {
    for (const id of this.outbox.clear()) this.reported.delete(id);
    this.marker.clear();
  }

  private noteC2CSeen(conversationID: ConversationID, time: number): void {
    const seen = this.c2cSeen.get(conversationID);
    if (seen !== undefined && seen >= time) return;
    this.c2cSeen.set(conversationID, time);
    this.markRead(conversationID);
  }
}
