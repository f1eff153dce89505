import type { Strings } from './types';

/** One message's strings: its delivery status, its receipt badge (ReadReceiptBadge, MessageBubble). */
export type MessageStrings = Pick<
  Strings,
  | 'sending'
  | 'sent'
  | 'read'
  | 'failed'
  | 'retry'
  | 'unread'
  | 'readBy'
  | 'readByAll'
  | 'unreadCount'
  | 'allRead'
  | 'readOfMembers'
  | 'readOfTotal'
  | 'compactCount'
  | 'showReaders'
  | 'readAt'
  | 'textTruncated'
>;

/** In English, the default without a `LocaleProvider`. */
export const enMessage: MessageStrings = {
  sending: 'Sending…',
  sent: 'Sent',
  read: 'Read',
  failed: 'Not sent',
  retry: 'Retry',
  unread: 'Unread',
  readBy: (count, f) => `Read by ${f.number(count)}`,
  readByAll: 'Read by all',
  unreadCount: (count, f) => `${f.number(count)} unread`,
  allRead: 'All read',
  readOfMembers: (read, total, f) =>
    `${f.number(read)} of ${f.plural(total, { one: '# member', other: '# members' })}`,
  readOfTotal: (read, total, f) => `${f.number(read)} of ${f.number(total)} read`,
  compactCount: (read, total, f) => `${f.number(read)}/${f.number(total)}`,
  showReaders: 'show who read this',
  readAt: (time) => `Read ${time}`,
  textTruncated: 'This message was too long to show in full.',
};
