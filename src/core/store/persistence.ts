import { ChatError, ErrorCode, toChatError } from '../errors';
import type { ConversationID, Message, MessageID, UserID } from '../types';
import type { OutboxStorage } from './storage';

/** A message the user wrote that the backend has not confirmed. */
export type UnsentMessage = Pick<Message, 'messageID' | 'conversationID' | 'text' | 'needReadReceipt' | 'time'>;

/** What is kept per user: everything still owed to the backend, and what is still being written. */
export interface SavedOutbox {
  receipts: [ConversationID, MessageID[]][];
  readMarks: UserID[];
  unsent: UnsentMessage[];
  /** Unsent drafts by conversation (absent in what older versions kept). */
  drafts: [ConversationID, string][];
}

const VERSION = 1;

/**
 * Keeps the user's pending work in storage, keyed by user, and gives it back after a reload.
 * Writes follow every change, one at a time: a change during a write is written right after
 * it. A failing storage is reported once and the store goes on in memory.
 */
export class OutboxPersistence {
  private key: string | undefined;
  private scheduled = false;
  private failed = false;

  constructor(
    private readonly storage: OutboxStorage,
    private readonly snapshot: () => SavedOutbox,
    private readonly onError: (error: ChatError) => void,
  ) {}

  /** Reads what `userID` left behind, and from now on keeps theirs. */
  async restore(userID: UserID): Promise<SavedOutbox> {
    this.key = `rrr:outbox:${userID}`;
    try {
      return parse(await this.storage.get(this.key));
    } catch (thrown) {
      this.report(thrown);
      return { receipts: [], readMarks: [], unsent: [], drafts: [] };
    }
  }

  /**
   * Writes the latest snapshot once per tick of changes. Each write is issued at once rather
   * than after the previous one settles: a reload (or a fresh store reading the same key) that
   * starts after this tick then reads it, since IndexedDB and memory apply writes and reads in
   * the order they were issued. Waiting for the previous write lost the newest change to a
   * reload that came while the older write was still in flight.
   */
  changed(): void {
    const key = this.key;
    if (key === undefined || this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      void this.write(key);
    });
  }

  private async write(key: string): Promise<void> {
    try {
      await this.storage.set(key, { version: VERSION, ...this.snapshot() });
    } catch (thrown) {
      this.report(thrown);
    }
  }

  private report(thrown: unknown): void {
    if (this.failed) return;
    this.failed = true;
    const cause = toChatError(thrown);
    this.onError(new ChatError(ErrorCode.UNKNOWN, `Pending work cannot be kept across reloads: ${cause.message}`, { cause }));
  }
}

const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** What storage held, with anything malformed left out: storage is not trusted. */
function parse(value: unknown): SavedOutbox {
  const saved: SavedOutbox = { receipts: [], readMarks: [], unsent: [], drafts: [] };
  if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== VERSION) return saved;
  const { receipts, readMarks, unsent, drafts } = value as Record<string, unknown>;
  for (const entry of Array.isArray(receipts) ? receipts : []) {
    if (Array.isArray(entry) && isString(entry[0]) && Array.isArray(entry[1])) saved.receipts.push([entry[0], entry[1].filter(isString)]);
  }
  saved.readMarks = (Array.isArray(readMarks) ? readMarks : []).filter(isString);
  for (const entry of Array.isArray(unsent) ? unsent : []) {
    const m = entry as Partial<UnsentMessage> | null;
    if (m && isString(m.messageID) && isString(m.conversationID) && typeof m.text === 'string' && typeof m.needReadReceipt === 'boolean' && Number.isFinite(m.time)) {
      saved.unsent.push({ messageID: m.messageID, conversationID: m.conversationID, text: m.text, needReadReceipt: m.needReadReceipt, time: m.time as number });
    }
  }
  for (const entry of Array.isArray(drafts) ? drafts : []) {
    if (Array.isArray(entry) && isString(entry[0]) && isString(entry[1])) saved.drafts.push([entry[0], entry[1]]);
  }
  return saved;
}
