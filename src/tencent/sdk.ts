import type TencentCloudChat from '@tencentcloud/chat';
import type { ChatSDK, Message as SdkMessage } from '@tencentcloud/chat';

/**
 * The part of a `TencentCloudChat.create(...)` instance the adapter uses. Picked from the
 * SDK's own declarations, so a signature change in `@tencentcloud/chat` fails `tsc` here.
 */
export type TencentChatLike = Pick<
  ChatSDK,
  | 'on'
  | 'off'
  | 'isReady'
  | 'getLoginUser'
  | 'login'
  | 'logout'
  | 'createTextMessage'
  | 'createTextAtMessage'
  | 'sendMessage'
  | 'getMessageList'
  | 'setMessageRead'
  | 'sendMessageReadReceipt'
  | 'getMessageReadReceiptList'
  | 'getGroupMessageReadMemberList'
  | 'findMessage'
  | 'getUserProfile'
  | 'getGroupProfile'
  | 'getGroupMemberProfile'
  | 'getConversationList'
  | 'getConversationProfile'
  | 'getTotalUnreadMessageCount'
  | 'callExperimentalAPI'
>;

export type { SdkMessage };

type SdkEvents = typeof TencentCloudChat.EVENT;
type SdkTypes = typeof TencentCloudChat.TYPES;

/*
 * The SDK keeps its constants on the default export only (an instance has none), and importing
 * that value would bundle the whole SDK into this optional entry. So the strings are written
 * here and checked against the SDK's enums at compile time.
 */
export const EVENT = {
  SDK_READY: 'sdkStateReady',
  SDK_NOT_READY: 'sdkStateNotReady',
  MESSAGE_RECEIVED: 'onMessageReceived',
  MESSAGE_READ_BY_PEER: 'onMessageReadByPeer',
  MESSAGE_READ_RECEIPT_RECEIVED: 'onMessageReadReceiptReceived',
  NET_STATE_CHANGE: 'netStateChange',
  KICKED_OUT: 'kickedOut',
  CONVERSATION_LIST_UPDATED: 'onConversationListUpdated',
  TOTAL_UNREAD_MESSAGE_COUNT_UPDATED: 'onTotalUnreadMessageCountUpdated',
} as const satisfies { [K in keyof SdkEvents]?: `${SdkEvents[K]}` };

export const TYPES = {
  CONV_C2C: 'C2C',
  CONV_GROUP: 'GROUP',
  MSG_TEXT: 'TIMTextElem',
  GRP_WORK: 'Private',
  GRP_PUBLIC: 'Public',
  GRP_MEETING: 'ChatRoom',
  GRP_AVCHATROOM: 'AVChatRoom',
  GRP_COMMUNITY: 'Community',
  NET_STATE_CONNECTED: 'connected',
  NET_STATE_CONNECTING: 'connecting',
  NET_STATE_DISCONNECTED: 'disconnected',
  MSG_REMIND_ACPT_AND_NOTE: 'AcceptAndNotify',
} as const satisfies { [K in keyof SdkTypes]?: `${SdkTypes[K]}` };

/** A checked string above, typed as the SDK's enum for the options that expect one. */
export function sdkType(value: (typeof TYPES)[keyof typeof TYPES]): TencentCloudChat.TYPES {
  return value as TencentCloudChat.TYPES;
}

/** Every SDK promise resolves with this envelope (`code` 0) and rejects with `{ code, message }`. */
export interface SdkResponse<T> {
  code: number;
  data: T;
}

/** What an `on(...)` handler receives. */
export interface SdkEvent<T> {
  name: string;
  data: T;
}

/** `MESSAGE_READ_RECEIPT_RECEIVED` items: group items carry counts, 1:1 items the peer flag. */
export type SdkReceiptItem =
  | { groupID: string; messageID: string; readCount: number; unreadCount: number }
  | { userID: string; messageID: string; isPeerRead: boolean; timestamp?: number };

/** A `Conversation` of `getConversationList` / `CONVERSATION_LIST_UPDATED`, as far as the adapter reads it. */
export interface SdkConversation {
  conversationID: string;
  type: string;
  unreadCount?: number;
  /** Server seconds, as `lastTime`; a conversation without messages has 0. */
  lastMessage?: {
    lastTime?: number;
    lastSequence?: number;
    fromAccount?: string;
    type?: string;
    payload?: { text?: unknown } | null;
    messageForShow?: string;
    /** 1:1, own last message: the peer read it. */
    isPeerRead?: boolean;
  };
  /** 1:1: up to when the peer read the chat, server seconds (0 unknown). */
  peerReadTime?: number;
  /** `TYPES.MSG_REMIND_*`; the SDK's total counts only '' and AcceptAndNotify. */
  messageRemindType?: string;
  remark?: string;
  groupProfile?: { groupID?: string; name?: string; avatar?: string };
  userProfile?: { userID?: string; nick?: string; avatar?: string };
}

export interface SdkMemberListData {
  messageID: string;
  cursor: string;
  isCompleted: boolean;
  readUserIDList?: string[];
  unreadUserIDList?: string[];
}
