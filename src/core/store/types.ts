import type { QueryClient } from '@tanstack/query-core';
import type { LoginOptions } from '../adapter';
import type { ChatError } from '../errors';
import type {
  ConnectionState,
  ConversationID,
  ConversationSummary,
  GroupID,
  GroupInfo,
  Message,
  MessageID,
  MessageReceipt,
  ReadFilter,
  Reminder,
  RemindUnreadResult,
  UserID,
  UserProfile,
} from '../types';
import type { ChatQueries } from './queries';

/**
 * The one status of anything the kit loads (a conversation's first page, its next page, the
 * session, a resync, a member list), like TanStack's `QueryStatus` plus `idle` for "not asked
 * yet". Components carry it as `data-status`.
 */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What the store knows of one conversation: its loaded messages in order and its paging. */
export interface ConversationState {
  conversationID: ConversationID;
  /**
   * Sent messages ordered by seq (then time), followed by local ones (sending or failed) in
   * the order they were written. A local message's ID is its clientID.
   */
  messageIDs: readonly MessageID[];
  /** Status of the first (newest) page. */
  status: LoadStatus;
  error: ChatError | null;
  /** Older messages exist beyond the loaded ones. */
  hasMore: boolean;
  /** Status of the latest older-page request; `idle` when none ran yet. */
  moreStatus: LoadStatus;
  /** Cursor of the next older page; meaningful once the first page loaded. */
  cursor: string;
  /**
   * Stretches a reconnect could not fill within `gapPageLimit` pages, newest first: the list
   * shows a "load missed messages" marker above `beforeMessageID` rather than a silent hole.
   */
  gaps: readonly MessageGap[];
}

/** Missed messages not loaded yet, just older than `beforeMessageID`; `loadGap` fetches a page of them. */
export interface MessageGap {
  gapID: string;
  beforeMessageID: MessageID;
  status: LoadStatus;
  error: ChatError | null;
}

/** Receipts of one conversation the backend refused for good, and the latest reason. */
export interface RefusedReceipts {
  messageIDs: readonly MessageID[];
  error: ChatError;
}

/**
 * The current user's conversations as `getConversationList` pages them and the adapter's
 * `conversations` feed keeps them: rows by ID, and their order, newest activity first.
 */
export interface ConversationListState {
  /** The first page. */
  status: LoadStatus;
  error: ChatError | null;
  ids: readonly ConversationID[];
  rows: ReadonlyMap<ConversationID, ConversationSummary>;
  hasMore: boolean;
  /** The latest next-page request; `idle` when none ran yet. */
  moreStatus: LoadStatus;
  cursor: string;
}

/** The current user's latest `remindUnread` of one own message. */
export interface ReminderSend {
  /** `loading` while it runs; `ready` once sent; `error` when refused (see `error`). */
  status: LoadStatus;
  error: ChatError | null;
  /** How many members the last reminder reached. */
  reminded?: number;
  /** When the next reminder about this message is allowed (ms), where known. */
  nextAllowedAt?: number;
}

/** A reported error with an ID that only ever grows, so a UI shows or announces it once. */
export interface ErrorEntry {
  id: number;
  error: ChatError;
  /** When it was reported (ms, from the store's clock). */
  time: number;
}

/** Live state of one store. Plain data: the actions are `store.actions`. */
export interface ChatState {
  userID: UserID | null;
  /** The login: `loading` while it runs, `error` when it failed (see `connectionError`). */
  session: LoadStatus;
  connection: ConnectionState;
  /** Why the session ended (`signedOut`) or the last login failed; null otherwise. */
  connectionError: ChatError | null;
  conversations: ReadonlyMap<ConversationID, ConversationState>;
  /** Every loaded message by ID (a local message under its clientID). */
  messages: ReadonlyMap<MessageID, Message>;
  /** Latest receipt of own sent messages; never holds one for a message still sending. */
  receipts: ReadonlyMap<MessageID, MessageReceipt>;
  /**
   * The newest own sent message someone else has read, per conversation: up to the peer's read
   * mark in a 1:1 chat, the newest own message with a reader in a group. Only moves forward.
   * Reader avatars sit there (`selectReadPosition`).
   */
  readPositions: ReadonlyMap<ConversationID, MessageID>;
  /** Receipts still to send (in flight or waiting), per conversation. */
  outbox: ReadonlyMap<ConversationID, readonly MessageID[]>;
  /** The latest errors, oldest first, bounded by `errorLimit`. */
  errors: readonly ErrorEntry[];
  /** Read receipts the backend refused for good, per conversation, until dismissed. */
  refusedReceipts: ReadonlyMap<ConversationID, RefusedReceipts>;
  /** Messages and counts pulled again after a reconnect: `loading` while it runs. */
  resync: LoadStatus;
  /** When the last reconnect resync finished (ms, from the store's clock). */
  resyncedAt: number | null;
  /** Whether the current user reports reads to others. */
  sendReceipts: boolean;
  /** Whether the UI shows receipt badges. */
  showReceipts: boolean;
  /** The conversation list, once asked for (`loadConversations`). */
  conversationList: ConversationListState;
  /** Unread messages over all conversations, muted ones left out; null until asked for (`loadTotalUnread`). */
  totalUnread: number | null;
  /** Reminders the user sent or tried, by message. */
  reminderSends: ReadonlyMap<MessageID, ReminderSend>;
  /** Reminders the user received, the newest per message, in arrival order (bounded). */
  receivedReminders: ReadonlyMap<MessageID, Reminder>;
  /** What the user has written and not sent, by conversation; kept across reloads like the outbox. */
  drafts: ReadonlyMap<ConversationID, string>;
}

/** Options of one send. */
export interface SendOptions {
  /** @default true */
  needReadReceipt?: boolean;
}

/** The user's receipt settings; fields left out keep their value. */
export interface PrivacySettings {
  sendReceipts?: boolean;
  showReceipts?: boolean;
}

/** What a store can be asked to do: the only way to change its state and the only callers of the adapter. */
export interface ChatActions {
  /** Subscribes to adapter events and logs in (once per store). Returns a dispose. */
  start(): () => void;
  /** Logs in again, e.g. with a fresh userSig after the session ended (`signedOut`). */
  login(options?: LoginOptions): Promise<void>;
  /** Loads the newest page of a conversation unless it is loaded or loading. */
  openConversation(conversationID: ConversationID): Promise<void>;
  /** Loads the next older page of a conversation. */
  loadMore(conversationID: ConversationID): Promise<void>;
  /** Forgets the refused receipts of a conversation once the user has seen them. */
  dismissRefusedReceipts(conversationID: ConversationID): void;
  /** Keeps what the user is writing in a conversation (across reloads); `''` drops it. */
  setDraft(conversationID: ConversationID, text: string): void;
  /** Loads one more page of missed messages into a gap a reconnect left; never rejects. */
  loadGap(conversationID: ConversationID, gapID: string): Promise<void>;
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
  /** Group info from the store's query cache, fetched when missing or stale. */
  loadGroupInfo(groupID: GroupID): Promise<GroupInfo>;
  /** One profile; look-ups in the same tick share one adapter call. */
  loadProfile(userID: UserID): Promise<UserProfile | undefined>;
  /** Starts loading the first member page of a tab (e.g. in the click that opens the list). */
  prefetchReadMembers(messageID: MessageID, filter: ReadFilter): void;
  setPrivacy(settings: PrivacySettings): void;
  /** Loads the first page of the conversation list unless it is loaded or loading; the adapter's feed keeps it live. */
  loadConversations(): Promise<void>;
  /** Loads the next page of the conversation list. */
  loadMoreConversations(): Promise<void>;
  /** Fetches the total unread count; the adapter's feed keeps it live. */
  loadTotalUnread(): Promise<void>;
  /** Unread messages of one conversation, e.g. for the unread divider on opening it; undefined where the adapter cannot say. */
  unreadCountOf(conversationID: ConversationID): Promise<number | undefined>;
  /**
   * Marks a whole conversation read for the user (`markC2CMessageAsRead` or the group
   * equivalent): its unread count shows 0 at once, and comes back if the call fails.
   */
  readConversation(conversationID: ConversationID): Promise<void>;
  /**
   * Reminds the members who have not read an own group message (`remindUnread`); the backend
   * picks them. Resolves with what it did, or undefined when refused (see `reminderSends`).
   */
  remindUnread(messageID: MessageID): Promise<RemindUnreadResult | undefined>;
  dismissError(id: number): void;
}

export type { ChatStoreOptions, ResolvedOptions, Timers } from './options-types';

/**
 * The store of one provider: read-only state (zustand's `getState` / `subscribe`, so
 * `useStore(store, selector)` works on it) plus the actions, which are the only way to change
 * it and the only code that talks to the adapter.
 */
export interface ChatStore {
  getState(): ChatState;
  /** The state before anything happened: what the server renders and hydration starts from. */
  getInitialState(): ChatState;
  subscribe(listener: (state: ChatState, previous: ChatState) => void): () => void;
  readonly actions: ChatActions;
  /** Caches groups, profiles and member pages; the React hooks read it with TanStack Query. */
  readonly queryClient: QueryClient;
  /** Query options for those caches, for `useQuery(store.queries.groupInfo(id), store.queryClient)`. */
  readonly queries: ChatQueries;
  /** Hands changes the scheduler is still holding to subscribers now. */
  flush(): void;
  /** Which optional adapter features (`ChatAdapterFeatures`) this store's adapter has, so a UI hides what it lacks. */
  readonly features: StoreFeatures;
}

/** The optional adapter features a store can use. */
export interface StoreFeatures {
  /** `getConversationList`, `getConversation`, `markConversationRead`, `getTotalUnreadMessageCount`. */
  readonly conversationList: boolean;
  /** `remindUnread`. */
  readonly reminders: boolean;
}
