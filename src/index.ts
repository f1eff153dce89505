// The public API of `react-read-receipts`: the framework-free core, the store, and the React
// layer. Each name is listed on purpose; internals stay unexported.

// Core: domain types, errors, the adapter contract and the pure receipt rules.
export type {
  C2CMessageReceipt,
  ChatAdapter,
  ChatEvent,
  ChatListener,
  ConnectionState,
  ConversationID,
  GroupID,
  GroupInfo,
  GroupMemberProfile,
  GroupMessageReceipt,
  GroupType,
  HistoryPage,
  HistoryQuery,
  MemberListQuery,
  MemberPage,
  Message,
  MessageID,
  MessageReceipt,
  MessageStatus,
  MessageValidation,
  ReadFilter,
  ReadMember,
  ReceiptStatus,
  ReceiptValidation,
  SendMessageInput,
  UserID,
  UserProfile,
} from './core';
export {
  ChatError,
  ErrorCode,
  MAX_MEMBER_PAGE_SIZE,
  MAX_RECEIPT_BATCH,
  isChatError,
  mergeReceipt,
  receiptStatus,
  toChatError,
  validateMessage,
  validateReceipt,
} from './core';

// The live store (vanilla zustand), usable without React.
export {
  createChatStore,
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
} from './core/store';
export type {
  ChatActions,
  ChatState,
  ChatStore,
  ChatStoreOptions,
  ConversationState,
  ErrorEntry,
  LoadStatus,
  PrivacySettings,
  SendOptions,
} from './core/store';

// React: provider and hooks.
export {
  ChatProvider,
  useChatActions,
  useChatStore,
  useConnectionState,
  useConversation,
  useCurrentUserID,
  useErrors,
  useGroupInfo,
  useMessageReceipt,
  usePrivacy,
  useProfile,
  useReadMembers,
  useReadOnVisible,
  useReceiptReporter,
} from './react/bindings';
export type {
  CachedValue,
  ChatProviderProps,
  ReadMembersOptions,
  ReceiptReporter,
  UseConversationResult,
} from './react/bindings';
export type { MemberListState } from './react/member-list-state';

// React: presentational components (pure functions of their props).
export {
  LocaleProvider,
  MessageBubble,
  MessageComposer,
  MessageList,
  ReadMemberListDrawer,
  ReadReceiptBadge,
  ReceiptAnnouncer,
  announceReceipts,
  builtInStrings,
  displayName,
  useI18n,
} from './react/components';
export type {
  Format,
  I18n,
  LocaleProviderProps,
  MessageBubbleProps,
  MessageComposerProps,
  MessageListProps,
  ReadMemberListDrawerProps,
  ReadReceiptBadgeProps,
  ReceiptAnnouncerProps,
  Strings,
} from './react/components';

// React: bound composites that map the store to the components.
export { BoundMessageBubble } from './react/bound/BoundMessageBubble';
export type { BoundMessageBubbleProps } from './react/bound/BoundMessageBubble';
export { BoundReadMemberListDrawer } from './react/bound/BoundReadMemberListDrawer';
export type { BoundReadMemberListDrawerProps } from './react/bound/BoundReadMemberListDrawer';
export { ConversationView } from './react/bound/ConversationView';
export type { ConversationViewProps } from './react/bound/ConversationView';
