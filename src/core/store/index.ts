export { createChatStore } from './create-chat-store';
export type {
  ChatActions,
  ChatState,
  ChatStore,
  ChatStoreOptions,
  ConversationListState,
  ConversationState,
  MessageGap,
  RefusedReceipts,
  ErrorEntry,
  LoadStatus,
  PrivacySettings,
  ReminderSend,
  SendOptions,
  StoreFeatures,
  Timers,
} from './types';
export type { ChatQueries, MemberPages } from './queries';
export { frameUpdates, immediateUpdates } from './scheduler';
export { indexedDBStorage, memoryStorage } from './storage';
export type { OutboxStorage } from './storage';
export type { FrameUpdatesOptions, Publication, UpdateScheduler } from './scheduler';
export {
  changedReceiptIDs,
  conversationMessagesSelector,
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
} from './selectors';
