// The public API of `react-read-receipts`: the React layer. The framework-free core (the
// store, the adapter contract, errors and rules) is `react-read-receipts/core`; the types
// below are the ones this entry's props and hooks speak in, re-exported for convenience.

// Provider and hooks: everything a bound component reads, from the provider's one store.
export { ChatProvider } from './react/ChatProvider';
export type { ChatProviderProps } from './react/ChatProvider';
export {
  useChatActions,
  useChatStore,
  useConnectionState,
  useCurrentUserID,
  useErrors,
  usePrivacy,
} from './react/use-chat-store';
export type { Privacy } from './react/use-chat-store';
export { useConversation } from './react/use-conversation';
export type { UseConversationResult } from './react/use-conversation';
export { useConversationList, useTotalUnreadCount } from './react/use-conversation-list';
export type { UseConversationListResult } from './react/use-conversation-list';
export { useUnreadDivider } from './react/use-unread-divider';
export type { UnreadDivider } from './react/use-unread-divider';
export { useMessageReceipt } from './react/use-message-receipt';
export { useGroupInfo, useProfile } from './react/use-group-info';
export type { CachedValue } from './react/use-group-info';
export { useReadMembers } from './react/use-read-members';
export type { ReadMembersOptions } from './react/use-read-members';
export type { MemberListState } from './react/member-list-state';
export { useFirstReaders, useReadPosition } from './react/use-read-position';
export type { FirstReaders } from './react/use-read-position';
export { useReadOnVisible, useReceiptReporter } from './react/use-read-on-visible';
export type { ReceiptReporter } from './react/use-read-on-visible';

// Presentational components: pure functions of their props, every state reachable from them.
export { ReadReceiptBadge } from './react/components/ReadReceiptBadge';
export type { ReadReceiptBadgeProps } from './react/components/ReadReceiptBadge';
export { MessageBubble } from './react/components/MessageBubble';
export type { MessageBubbleComponents, MessageBubbleProps } from './react/components/MessageBubble';
export { ReadPosition } from './react/components/ReadPosition';
export type { ReadPositionProps } from './react/components/ReadPosition';
export { SeenBy } from './react/components/SeenBy';
export type { SeenByProps } from './react/components/SeenBy';
export { MessageList } from './react/components/MessageList';
export type { MessageListProps } from './react/components/MessageList';
export { MissedMessagesMarker } from './react/components/MissedMessagesMarker';
export type { MissedMessagesMarkerProps } from './react/components/MissedMessagesMarker';
export { MessageComposer } from './react/components/MessageComposer';
export type { MessageComposerProps } from './react/components/MessageComposer';
export { ReadMemberListDrawer } from './react/components/ReadMemberListDrawer';
export type { ReadMemberListDrawerProps } from './react/components/ReadMemberListDrawer';
export { ReceiptAnnouncer } from './react/components/ReceiptAnnouncer';
export type { ReceiptAnnouncerProps } from './react/components/ReceiptAnnouncer';
export { ConversationList } from './react/components/ConversationList';
export type { ConversationListProps } from './react/components/ConversationList';
export { RemindUnread } from './react/components/RemindUnread';
export type { RemindUnreadProps } from './react/components/RemindUnread';
export { ReminderNotice } from './react/components/ReminderNotice';
export type { ReminderNoticeProps } from './react/components/ReminderNotice';
export { ConversationHeader } from './react/components/ConversationHeader';
export type { ConversationHeaderProps } from './react/components/ConversationHeader';
export { EmptyState } from './react/components/EmptyState';
export type { EmptyStateProps } from './react/components/EmptyState';
export { ErrorBanner } from './react/components/ErrorBanner';
export type { ErrorBannerKind, ErrorBannerProps } from './react/components/ErrorBanner';
export { announceReceipts } from './react/components/announce';
export type { AnnounceOptions } from './react/components/announce';

// Bound composites: the components above on the provider's store.
export { BoundMessageBubble } from './react/bound/BoundMessageBubble';
export type { BoundMessageBubbleProps, MessageBubbleComponent } from './react/bound/BoundMessageBubble';
export { BoundReadMemberListDrawer } from './react/bound/BoundReadMemberListDrawer';
export type { BoundReadMemberListDrawerProps } from './react/bound/BoundReadMemberListDrawer';
export { BoundReadPosition } from './react/bound/BoundReadPosition';
export type { BoundReadPositionProps } from './react/bound/BoundReadPosition';
export { BoundReceiptAnnouncer } from './react/bound/BoundReceiptAnnouncer';
export type { BoundReceiptAnnouncerProps } from './react/bound/BoundReceiptAnnouncer';
export { BoundConversationList } from './react/bound/BoundConversationList';
export type { BoundConversationListProps } from './react/bound/BoundConversationList';
export { BoundRemindUnread } from './react/bound/BoundRemindUnread';
export type { BoundRemindUnreadProps } from './react/bound/BoundRemindUnread';
export { BoundReminderNotice } from './react/bound/BoundReminderNotice';
export type { BoundReminderNoticeProps } from './react/bound/BoundReminderNotice';
export { ConversationView } from './react/bound/ConversationView';
export type { ConversationViewComponents, ConversationViewProps } from './react/bound/ConversationView';

// Locales: strings and formatters of every component below a LocaleProvider.
export { LocaleProvider, builtInStrings } from './react/i18n/LocaleProvider';
export type { LocaleProviderProps } from './react/i18n/LocaleProvider';
export { defaultReceiptStyle } from './react/i18n/receipt-style';
export type { ReceiptStyle } from './react/i18n/receipt-style';
export { useI18n } from './react/i18n/context';
export type { I18n } from './react/i18n/context';
export type { Format, PluralForms, Strings } from './react/i18n/types';

// Core types this entry's props and hooks speak in (the same declarations as in `/core`), so
// a TypeScript app needs no second import for them. Values (createChatStore, ErrorCode, the
// rules) come from `/core`.
export type {
  C2CMessageReceipt,
  ChatActions,
  ChatAdapter,
  ChatAdapterFeatures,
  ChatError,
  ChatErrorOptions,
  ChatEvent,
  ChatListener,
  ChatQueries,
  ChatState,
  ChatStore,
  ChatStoreOptions,
  CompleteChatAdapter,
  ConnectionState,
  ConversationID,
  ConversationListQuery,
  ConversationListState,
  ConversationPage,
  ConversationState,
  ConversationSummary,
  MessageGap,
  RefusedReceipts,
  ErrorCode,
  ErrorEntry,
  GroupID,
  GroupInfo,
  GroupMemberProfile,
  GroupMessageReceipt,
  GroupType,
  HistoryPage,
  HistoryQuery,
  LastMessage,
  LoadStatus,
  LoginOptions,
  MemberListQuery,
  MemberPage,
  MemberPages,
  Message,
  MessageID,
  MessageReceipt,
  MessageStatus,
  OutboxStorage,
  PrivacySettings,
  Publication,
  ReadFilter,
  ReadMember,
  ReceiptStatus,
  Reminder,
  ReminderSend,
  RemindUnreadInput,
  RemindUnreadResult,
  RunPosition,
  SendMessageInput,
  SendOptions,
  StoreFeatures,
  Timers,
  UpdateScheduler,
  UserID,
  UserProfile,
} from './core';
