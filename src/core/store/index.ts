export { createChatStore } from './create-chat-store';
export type {
  ChatActions,
  ChatState,
  ChatStore,
  ChatStoreOptions,
  ConversationState,
  MessageGap,
  RefusedReceipts,
  ErrorEntry,
  LoadStatus,
  PrivacySettings,
  SendOptions,
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
  selectErrors,
  selectMessage,
  selectOutboxSize,
  selectReceipt,
  selectSendReceipts,
  selectSession,
  selectShowReceipts,
  selectUserID,
} from './selectors';
