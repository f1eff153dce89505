import type { ChatError } from '../errors';
import type {
  ConnectionState,
  ConversationID,
  GroupID,
  GroupInfo,
  Message,
  MessageID,
  MessageReceipt,
  UserID,
  UserProfile,
} from '../types';

/** One value for a page request, as TanStack's `QueryStatus`. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Where the session stands: `start()` moves it from idle through starting to ready or error. */
export type SessionStatus = 'idle' | 'starting' | 'ready' | 'error';

export interface ConversationState {
  conversationID: ConversationID;
  /**
   * Sent messages ordered by seq (then time), followed by local ones (sending or failed) in
   * the order they were written. A local message's ID is its clientID.
   */
  messageIDs: readonly MessageID[];
  /** Status of the first (newest) page. */
  status: LoadStatus;
  /** Status of the latest older-page request; `idle` when none ran yet. */
  olderStatus: LoadStatus;
  error: ChatError | null;
  /** Cursor of the next older page; meaningful once the first page loaded. */
  cursor: string;
  hasOlder: boolean;
}

/** A reported error with an ID that only ever grows, so a UI shows or announces it once. */
export interface ErrorEntry {
  id: number;
  error: ChatError;
  /** When it was reported (ms, from the store's clock). */
  time: number;
}

export interface ChatState {
  userID: UserID | null;
  session: SessionStatus;
  connection: ConnectionState;
  conversations: ReadonlyMap<ConversationID, ConversationState>;
  /** Every loaded message by ID (a local message under its clientID). */
  messages: ReadonlyMap<MessageID, Message>;
  /** Latest receipt of own sent messages; never holds one for a message still sending. */
  receipts: ReadonlyMap<MessageID, MessageReceipt>;
  /** Receipts still to send (in flight or waiting), per conversation. */
  outbox: ReadonlyMap<ConversationID, readonly MessageID[]>;
  groups: ReadonlyMap<GroupID, GroupInfo>;
  profiles: ReadonlyMap<UserID, UserProfile>;
  /** The latest errors, oldest first, bounded by `errorLimit`. */
  errors: readonly ErrorEntry[];
  /** 'running' while messages and counts are pulled again after a reconnect. */
  resync: 'idle' | 'running';
  /** When the last reconnect resync finished (ms, from the store's clock). */
  resyncedAt: number | null;
  /** Whether the current user reports reads to others. */
  sendReceipts: boolean;
  /** Whether the UI shows receipt badges. */
  showReceipts: boolean;
  actions: ChatActions;
}

export interface SendOptions {
  /** @default true */
  needReadReceipt?: boolean;
}

export interface PrivacySettings {
  sendReceipts?: boolean;
  showReceipts?: boolean;
}

export interface ChatActions {
  /** Subscribes to adapter events and logs in (once per store). Returns a dispose. */
  start(): () => void;
  /** Loads the newest page of a conversation unless it is loaded or loading. */
  openConversation(conversationID: ConversationID): Promise<void>;
  loadOlder(conversationID: ConversationID): Promise<void>;
  /** Resolves with the message as it ended up (sent or failed); never rejects. */
  sendMessage(conversationID: ConversationID, text: string, options?: SendOptions): Promise<Message | undefined>;
  /** Re-sends a failed message in place. */
  retry(messageID: MessageID): Promise<Message | undefined>;
  /** The user really saw these messages: send receipts where due, mark 1:1 chats read. */
  reportRead(messageIDs: readonly MessageID[]): void;
  /** Pulls authoritative counts of own messages of a conversation. */
  refreshReceipts(conversationID: ConversationID): Promise<void>;
  /** Reports every loaded incoming message of a conversation as read. */
  markConversationRead(conversationID: ConversationID): void;
  loadGroupInfo(groupID: GroupID): Promise<GroupInfo>;
  /** Loads one profile; calls in the same tick share one adapter call. */
  loadProfile(userID: UserID): Promise<UserProfile | undefined>;
  setPrivacy(settings: PrivacySettings): void;
  dismissError(id: number): void;
}

export interface Scheduler {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ChatStoreOptions {
  /** @default true */
  sendReceipts?: boolean;
  /** @default true */
  showReceipts?: boolean;
  /** Most IDs per `sendMessageReadReceipts` call (Tencent's Web SDK allows 30). @default 30 */
  receiptBatchSize?: number;
  /** Least time between two receipt calls of one conversation. @default 500 */
  receiptIntervalMs?: number;
  /** Most IDs per `getMessageReadReceipts` call. @default 30 */
  resyncBatchSize?: number;
  /** First retry delay after a transient error; doubles per attempt. @default 1000 */
  retryBaseMs?: number;
  /** @default 30000 */
  retryMaxMs?: number;
  /** First retry delay after RATE_LIMITED. @default 5000 */
  rateLimitBaseMs?: number;
  /** Least time between two `markC2CMessageAsRead` calls for one peer. @default 1000 */
  c2cReadIntervalMs?: number;
  /** Receipts kept for messages not loaded yet. @default 5000 */
  parkedLimit?: number;
  /** @default 300000 (5 minutes) */
  parkedTtlMs?: number;
  /** @default 20 */
  historyPageSize?: number;
  /** @default 20 */
  errorLimit?: number;
  /** Clock in ms. @default Date.now */
  now?: () => number;
  /** In [0, 1), for backoff jitter. @default Math.random */
  random?: () => number;
  /** @default the global setTimeout / clearTimeout, looked up at call time */
  scheduler?: Scheduler;
}

export type ResolvedOptions = Required<ChatStoreOptions>;
