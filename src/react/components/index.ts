export { ReadReceiptBadge, type ReadReceiptBadgeProps } from './ReadReceiptBadge';
export { MessageBubble, type MessageBubbleProps } from './MessageBubble';
export { Avatar, type AvatarProps } from './Avatar';
export { ReadMemberListDrawer, type ReadMemberListDrawerProps } from './ReadMemberListDrawer';
export { MessageList, type MessageListProps } from './MessageList';
export { MessageComposer, type MessageComposerProps } from './MessageComposer';
export { ReceiptAnnouncer, type ReceiptAnnouncerProps } from './ReceiptAnnouncer';
export { announceReceipts, type AnnounceOptions } from './announce';
export { displayName } from './names';
export { safeImageURL, safeLinkURL } from './safe-url';
export {
  LocaleProvider,
  builtInStrings,
  en,
  getFormat,
  ko,
  useI18n,
  zhCN,
  type Format,
  type I18n,
  type LocaleProviderProps,
  type PluralForms,
  type Strings,
} from '../i18n/index';
