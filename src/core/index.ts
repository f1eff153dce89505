export type {
  C2CMessageReceipt,
  ConnectionState,
  ConversationID,
  GroupID,
  GroupInfo,
  GroupMemberProfile,
  GroupMessageReceipt,
  GroupType,
  HistoryPage,
  MemberPage,
  Message,
  MessageID,
  MessageReceipt,
  MessageStatus,
  ReadFilter,
  ReadMember,
  UserID,
  UserProfile,
} from './types';
export { ChatError, ErrorCode, isChatError, toChatError } from './errors';
export type {
  ChatAdapter,
  ChatEvent,
  ChatListener,
  HistoryQuery,
  MemberListQuery,
  SendMessageInput,
} from './adapter';
export {
  DEFAULT_HISTORY_PAGE_SIZE,
  DEFAULT_MEMBER_PAGE_SIZE,
  MAX_HISTORY_PAGE_SIZE,
  MAX_MEMBER_PAGE_SIZE,
  MAX_MESSAGE_TEXT_LENGTH,
  MAX_RECEIPT_BATCH,
} from './limits';
export { mergeReceipt } from './receipt-rules';
export { receiptStatus } from './receipt-status';
export type { ReceiptStatus } from './receipt-status';
export { validateMessage, validateReceipt } from './validate';
export type { MessageValidation, ReceiptValidation } from './validate';
