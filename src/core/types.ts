/**
 * Domain types of the kit. Names follow Tencent Cloud Chat's read-receipt feature
 * (see the README's mapping table); shapes are the kit's own and backend-neutral.
 */

/** A user's ID. */
export type UserID = string;
/** A group's ID (the part of a group conversation ID after `GROUP`). */
export type GroupID = string;
/** A message's ID: the server's, or an optimistic message's client ID until it is sent. */
export type MessageID = string;
/** `'C2C' + peer userID` for 1:1 chats, `'GROUP' + groupID` for groups, as in Tencent's SDK. */
export type ConversationID = string;

/** A user's public profile. */
export interface UserProfile {
  userID: UserID;
  nickname?: string;
  /** http(s) or data:image URL; anything else is ignored by the components. */
  avatarURL?: string;
}

/** A member's profile inside a group: the group's name card comes before the nickname. */
export interface GroupMemberProfile extends UserProfile {
  /** The member's name inside this group; shown before the nickname. */
  nameCard?: string;
}

/** Tencent's group types. Community and AVChatRoom never support read receipts. */
export type GroupType = 'Work' | 'Public' | 'Meeting' | 'Community' | 'AVChatRoom';

/** A group as the kit needs it: name, type, member count and whether receipts are on for its type. */
export interface GroupInfo {
  groupID: GroupID;
  name: string;
  type: GroupType;
  memberCount: number;
  /** Whether the backend's console setting enables receipts for this group's type. */
  receiptsEnabled: boolean;
}

/** Delivery status of a message as the sender's client knows it. */
export type MessageStatus = 'sending' | 'sent' | 'failed';

/** A chat message as every adapter delivers it. */
export interface Message {
  /** Server-assigned ID; a local optimistic message carries its clientID here until sent. */
  messageID: MessageID;
  /** Set by the client when sending, echoed by the server, to match optimistic messages. */
  clientID?: string;
  conversationID: ConversationID;
  senderID: UserID;
  text: string;
  /** Server time in milliseconds since the epoch. */
  time: number;
  /** Position in the conversation, assigned by the server; 0 while sending. */
  seq: number;
  status: MessageStatus;
  needReadReceipt: boolean;
  /** Set by the store when the text was longer than it keeps (`maxTextBytes`) and was shortened. */
  truncated?: true;
}

/**
 * Latest receipt state of one message, as pushed (`onRecvMessageReadReceipts`) or pulled
 * (`getMessageReadReceipts`). A group receipt has counts; a 1:1 receipt has a peer flag.
 */
export type MessageReceipt = GroupMessageReceipt | C2CMessageReceipt;

/** The receipt of a group message: how many eligible members read it and how many have not. */
export interface GroupMessageReceipt {
  kind: 'group';
  messageID: MessageID;
  groupID: GroupID;
  readCount: number;
  unreadCount: number;
  /** Monotonic per message where the backend provides one; the highest wins on merge. */
  version?: number;
}

/** The receipt of a 1:1 message: whether the peer read it, and when where known. */
export interface C2CMessageReceipt {
  kind: 'c2c';
  messageID: MessageID;
  /** The peer of the 1:1 conversation (the receiver of the message). */
  userID: UserID;
  peerRead: boolean;
  /** When the peer read it (ms), where known. */
  timestamp?: number;
}

/** The reader list's tabs: who read a message, and who has not. */
export type ReadFilter = 'read' | 'unread';

/** One row of the reader list. */
export interface ReadMember {
  profile: GroupMemberProfile;
  /** When this member read the message (ms), where known; absent in the unread list. */
  readTime?: number;
}

/** One page of `getGroupMessageReadMemberList`. */
export interface MemberPage {
  members: ReadMember[];
  /** Opaque cursor for the next page; '' when finished. */
  nextSeq: string;
  isFinished: boolean;
}

/** One page of `getMessageHistory`, oldest message first. */
export interface HistoryPage {
  /** Oldest first. */
  messages: Message[];
  /** Opaque cursor for the next older page; '' when finished. */
  nextCursor: string;
  isFinished: boolean;
}

/**
 * - `connecting` / `connected` / `disconnected`: the link to the backend; work waits while it is down.
 * - `signedOut`: the session ended (kicked out, userSig expired, logged out). The link may be up,
 *   but nothing works until the app logs in again (`actions.login`); queued work waits for that.
 */
export type ConnectionState = 'connected' | 'connecting' | 'disconnected' | 'signedOut';

/** What a conversation list row shows of the newest message in a conversation. */
export interface LastMessage {
  /**
   * The message, where the backend's conversation list names it. Tencent's does not: its
   * adapter fills it only for a message the SDK handed out already (received, sent or loaded).
   */
  messageID?: MessageID;
  senderID: UserID;
  /** The text of a text message; the backend's short description of anything else. */
  text: string;
  /** Server time in milliseconds since the epoch. */
  time: number;
  /** Position in the conversation (`Message.seq`); 0 where the backend does not say. */
  seq: number;
  /** Whether it asked for read receipts; absent where the backend's list does not say (Tencent, as `messageID`). */
  needReadReceipt?: boolean;
}

/** One conversation of the current user, as a conversation list shows it. */
export interface ConversationSummary {
  conversationID: ConversationID;
  type: 'c2c' | 'group';
  /** The group's name, or the peer's nickname (its user ID when it has none). */
  name: string;
  /** The group's or the peer's avatar; http(s) or data:image URLs only are shown. */
  avatarURL?: string;
  /** Absent while the conversation has no message. */
  lastMessage?: LastMessage;
  /**
   * Messages from others after the current user's read position. The first unread message is
   * the `unreadCount`-th newest message from others: where the unread divider goes.
   */
  unreadCount: number;
  /** Do-not-disturb: its unread messages are left out of the total unread count. */
  muted: boolean;
  /** 1:1 only: up to when the peer has read the chat (ms), where known; the peer's avatar sits under the newest own message up to it. */
  peerReadTime?: number;
}

/** One page of `getConversationList`, newest activity first. */
export interface ConversationPage {
  conversations: ConversationSummary[];
  /** Opaque cursor for the next page; '' when finished. */
  nextSeq: string;
  isFinished: boolean;
}

/** A reminder about a group message its receiver has not read, pushed to that receiver only. */
export interface Reminder {
  /** The message to read: jump to it. */
  messageID: MessageID;
  conversationID: ConversationID;
  /** Who sent the message and the reminder (only the sender may remind). */
  senderID: UserID;
  /** When the reminder was sent (ms). */
  time: number;
}

/** What `remindUnread` did. */
export interface RemindUnreadResult {
  /** How many members were reminded: exactly those who had not read the message then. */
  reminded: number;
  /** When this message may be reminded about again (ms since the epoch). */
  nextAllowedAt: number;
}
