import type { ChatError } from './errors';
import type {
  ConnectionState,
  ConversationID,
  GroupID,
  GroupInfo,
  HistoryPage,
  MemberPage,
  Message,
  MessageID,
  MessageReceipt,
  ReadFilter,
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

/**
 * The contract between the kit and a chat backend: one method per call of Tencent's
 * read-receipt feature, plus what a message list needs. Every method rejects with a
 * ChatError. See the README for the mapping to the seed and to Tencent's Web SDK.
 */
export interface ChatAdapter {
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
