export { ChatProvider } from './ChatProvider';
export type { ChatProviderProps } from './ChatProvider';
export {
  useChatActions,
  useChatStore,
  useConnectionState,
  useCurrentUserID,
  useErrors,
  usePrivacy,
} from './use-chat-store';
export type { Privacy } from './use-chat-store';
export { useConversation } from './use-conversation';
export type { UseConversationResult } from './use-conversation';
export { useMessageReceipt } from './use-message-receipt';
export { useGroupInfo, useProfile } from './use-group-info';
export type { CachedValue } from './use-group-info';
export { readMembersKey, useReadMembers } from './use-read-members';
export type { ReadMembersOptions } from './use-read-members';
export { useReadOnVisible, useReceiptReporter } from './use-read-on-visible';
export type { ReceiptReporter } from './use-read-on-visible';
