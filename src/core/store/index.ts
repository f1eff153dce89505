export { createChatStore } from './create-chat-store';
export type { ChatStore } from './create-chat-store';
export type {
  ChatActions,
  ChatState,
  ChatStoreOptions,
  ConversationState,
  ErrorEntry,
  LoadStatus,
  PrivacySettings,
  Scheduler,
  SendOptions,
  SessionStatus,
} from './types';
export {
  changedReceiptIDs,
  selectConnection,
  selectConversation,
  selectConversationMessages,
  selectErrors,
  selectGroupInfo,
  selectMessage,
  selectOutboxSize,
  selectProfile,
  selectReceipt,
  selectShowReceipts,
  selectUserID,
} from './selectors';
