import type { ChatError } from './errors';
import type {
  ConnectionState,
  ConversationID,
  ConversationPage,
  ConversationSummary,
  GroupID,
  GroupInfo,
  HistoryPage,
  MemberPage,
  Message,
  MessageID,
  MessageReceipt,
  ReadFilter,
  Reminder,
  RemindUnreadResult,
  UserID,
  UserProfile,
} from './types';

/**
 * Events pushed by a backend. Every field is plain data; an adapter never calls a listener
 * synchronously from inside one of its own methods.
 */
export type ChatEvent =
  /** New messages in any conversation of the logged-in user (`onRecvNewMessage`). */
  | { type: 'messages'; messages: Message[] }
  /** Latest counts of own messages (`onRecvMessageReadReceipts`); sent to the sender only. */
  | { type: 'receipts'; receipts: MessageReceipt[] }
  /** The peer of a 1:1 chat read it up to `timestamp` (`onRecvC2CReadReceipt`). */
  | { type: 'c2cRead'; userID: UserID; timestamp: number }
  /**
   * The link or the session changed. `reason` says why a session ended (`signedOut`: KICKED_OUT,
   * USER_SIG_EXPIRED, LOGGED_OUT, KICKED_BY_SERVER) or, optionally, why the link is down.
   */
  | { type: 'connection'; state: ConnectionState; reason?: ChatError }
  /** The sender of a group message this user has not read reminds them of it (`remindUnread`). */
  | { type: 'reminder'; reminder: Reminder }
  /**
   * Conversations of this user that changed (new message, read elsewhere, muted): replace the
   * rows with these IDs, add the new ones. Like `unreadTotal`, pushed only once the client asked
   * for the list or the total since login (`getConversationList`, `getTotalUnreadMessageCount`),
   * so a client that shows neither pays nothing for them (`CONVERSATION_LIST_UPDATED`).
   */
  | { type: 'conversations'; conversations: ConversationSummary[] }
  /** The total unread count changed (`TOTAL_UNREAD_MESSAGE_COUNT_UPDATED`); muted conversations are left out. */
  | { type: 'unreadTotal'; totalUnreadCount: number }
  /**
   * A problem no call's rejection carries, reported once: the call that found it succeeded
   * (e.g. a message was sent, but the service keeps no read receipts for it).
   */
  | { type: 'error'; error: ChatError };

/** Receives every event an adapter pushes. */
export type ChatListener = (event: ChatEvent) => void;

/** The arguments of `ChatAdapter.login`: a fresh credential after a session ended. */
export interface LoginOptions {
  /**
   * A new credential, e.g. after the session ended with USER_SIG_EXPIRED. An adapter keeps it
   * for its later (re)connects. Adapters whose SDK logs in by itself may ignore it.
   */
  userSig?: string;
}

/** The arguments of `ChatAdapter.sendMessage`. */
export interface SendMessageInput {
  conversationID: ConversationID;
  text: string;
  needReadReceipt: boolean;
  /** Echoed back on the message so an optimistic copy can be matched. */
  clientID?: string;
}

/** The arguments of `getMessageHistory`. */
export interface HistoryQuery {
  conversationID: ConversationID;
  /** '' or absent for the newest page. */
  cursor?: string;
  /** Default 20, at most 100. */
  count?: number;
}

/** The arguments of `getGroupMessageReadMemberList`. */
export interface MemberListQuery {
  messageID: MessageID;
  filter: ReadFilter;
  /** '' or absent for the first page. */
  nextSeq?: string;
  /** Default 100, at most 100. */
  count?: number;
}

/** The arguments of `remindUnread`: the message only; the backend finds who has not read it. */
export interface RemindUnreadInput {
  messageID: MessageID;
}

/** The arguments of `getConversationList`. */
export interface ConversationListQuery {
  /** '' or absent for the first page (the newest activity). */
  nextSeq?: string;
  /** Default 50, at most 100. */
  count?: number;
}

/**
 * The conversation list and reminders. Optional in `ChatAdapter`, so an adapter written
 * before them still compiles (a UI hides what its adapter lacks); the mock, WebSocket and
 * Tencent adapters implement them all (`CompleteChatAdapter`). Every method rejects with a
 * ChatError.
 */
export interface ChatAdapterFeatures {
  /**
   * The sender reminds the members who have not read a group message that asked for receipts.
   * The backend picks them at that moment (the client never lists them), each gets a
   * `reminder` event. Refused with NO_PERMISSION for anyone but the sender, and with
   * RATE_LIMITED (`ChatError.retryAt` says when) within the backend's interval since the
   * last reminder about the same message.
   */
  remindUnread(input: RemindUnreadInput): Promise<RemindUnreadResult>;
  /** One page of the current user's conversations, newest last message first (`getConversationList`). */
  getConversationList(query?: ConversationListQuery): Promise<ConversationPage>;
  /**
   * One conversation of the current user, e.g. for the unread divider on opening it
   * (`getConversationProfile`). NO_PERMISSION for a group the user is not in.
   */
  getConversation(conversationID: ConversationID): Promise<ConversationSummary>;
  /**
   * Marks a whole conversation read for the current user: its unread count drops to 0 on every
   * device (`setMessageRead`). In a 1:1 chat it is `markC2CMessageAsRead`: the peer gets `c2cRead`.
   */
  markConversationRead(conversationID: ConversationID): Promise<void>;
  /** Unread messages over all conversations, muted ones left out (`getTotalUnreadMessageCount`). */
  getTotalUnreadMessageCount(): Promise<number>;
}

/**
 * The contract between the kit and a chat backend: one method per call of Tencent's
 * read-receipt feature, plus what a message list needs, plus the optional
 * `ChatAdapterFeatures`. Every method rejects with a ChatError. See the README for the
 * mapping to the seed and to Tencent's Web SDK.
 */
export interface ChatAdapter extends Partial<ChatAdapterFeatures> {
  /** Connects and logs in; resolves with the current user's ID. Called again after `signedOut`. */
  login(options?: LoginOptions): Promise<{ userID: UserID }>;
  logout(): Promise<void>;
  getUserProfiles(userIDs: UserID[]): Promise<UserProfile[]>;
  getGroupInfo(groupID: GroupID): Promise<GroupInfo>;
  getMessageHistory(query: HistoryQuery): Promise<HistoryPage>;
  sendMessage(input: SendMessageInput): Promise<Message>;
  /** The receiver reports that it really saw these messages. */
  sendMessageReadReceipts(messageIDs: MessageID[]): Promise<void>;
  /** The sender pulls the latest counts of its own messages. */
  getMessageReadReceipts(messageIDs: MessageID[]): Promise<MessageReceipt[]>;
  /** The sender pages through who has (or has not) read a group message. */
  getGroupMessageReadMemberList(query: MemberListQuery): Promise<MemberPage>;
  /** Marks a 1:1 conversation read; the peer gets a `c2cRead` event. */
  markC2CMessageAsRead(userID: UserID): Promise<void>;
  subscribe(listener: ChatListener): () => void;
}

/** An adapter with every optional feature, as the mock, WebSocket and Tencent adapters are. */
export type CompleteChatAdapter = ChatAdapter & ChatAdapterFeatures;
