// The public API of `react-read-receipts/core`: framework-free (no React, no DOM needed).
// Types, errors, the adapter contract, the receipt rules and the store. Each name is listed
// on purpose; internals stay unexported.

// Domain types and the adapter contract.
export type {
  C2CMessageReceipt,
  ConnectionState,
  ConversationID,
  ConversationPage,
  ConversationSummary,
  GroupID,
  GroupInfo,
  GroupMemberProfile,
  GroupMessageReceipt,
  GroupType,
  HistoryPage,
  LastMessage,
  MemberPage,
  Message,
  MessageID,
  MessageReceipt,
  MessageStatus,
  ReadFilter,
  ReadMember,
  Reminder,
  RemindUnreadResult,
  UserID,
  UserProfile,
} from './types';
export type {
  ChatAdapter,
  ChatAdapterFeatures,
  ChatEvent,
  ChatListener,
  CompleteChatAdapter,
  ConversationListQuery,
  HistoryQuery,
  LoginOptions,
  MemberListQuery,
  RemindUnreadInput,
  SendMessageInput,
} from './adapter';
export { ChatError, ErrorCode, isChatError, toChatError } from './errors';
export type { ChatErrorOptions } from './errors';
export {
  DEFAULT_CONVERSATION_PAGE_SIZE,
  DEFAULT_HISTORY_PAGE_SIZE,
  DEFAULT_MEMBER_PAGE_SIZE,
  DEFAULT_REMIND_INTERVAL_MS,
  MAX_CONVERSATION_PAGE_SIZE,
  MAX_HISTORY_PAGE_SIZE,
  MAX_MEMBER_PAGE_SIZE,
  MAX_MESSAGE_TEXT_LENGTH,
  MAX_RECEIPT_BATCH,
} from './limits';

// The rules, each written once: adapters, the store and the components all use these.
export { c2cConversationID, c2cPeerOf, groupConversationID, groupIDOf, parseConversationID } from './conversation-id';
export type { ParsedConversationID } from './conversation-id';
export { readDue, reportsRead, showsCountToReader, showsReceipt } from './eligibility';
export type { ReadDue } from './eligibility';
export { groupTotalError, isCount } from './receipt-bounds';
export { continuesRun, RUN_WINDOW_MS, runPosition, runShows } from './message-runs';
export type { RunPosition } from './message-runs';
export { mergeReceipt } from './receipt-rules';
export { MAX_MESSAGE_TEXT_BYTES, truncateText, utf8Bytes } from './text-limit';
export { receiptStatus } from './receipt-status';
export type { ReceiptStatus } from './receipt-status';
export { validateMessage, validateReceipt } from './validate';
export type { MessageValidation, ReceiptValidation } from './validate';
export { validateMemberPage } from './validate-pages';
export {
  validateConversationPage,
  validateConversationSummary,
  validateReminder,
  validateRemindUnreadResult,
  validateUnreadTotal,
} from './validate-conversations';

// The store.
export {
  changedReceiptIDs,
  conversationMessagesSelector,
  createChatStore,
  frameUpdates,
  immediateUpdates,
  indexedDBStorage,
  memoryStorage,
  selectConnection,
  selectConversation,
  selectConversationList,
  selectReceivedReminder,
  selectErrors,
  selectMessage,
  selectOutboxSize,
  selectReadPosition,
  selectReceipt,
  selectReminderSend,
  selectSendReceipts,
  selectSession,
  selectTotalUnread,
  selectShowReceipts,
  selectUserID,
} from './store';
export type {
  ChatActions,
  ChatQueries,
  ChatState,
  ChatStore,
  ChatStoreOptions,
  ConversationListState,
  ConversationState,
  MessageGap,
  RefusedReceipts,
  ErrorEntry,
  FrameUpdatesOptions,
  LoadStatus,
  MemberPages,
  OutboxStorage,
  PrivacySettings,
  ReminderSend,
  Publication,
  SendOptions,
  StoreFeatures,
  Timers,
  UpdateScheduler,
} from './store';
