import type { Strings } from './types';

/** A receipt badge's strings: delivery status and read counts (ReadReceiptBadge). */
export type BadgeStrings = Pick<
  Strings,
  | 'sending'
  | 'sent'
  | 'read'
  | 'failed'
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
>;

/** One message's strings: its badge's, and the bubble's own (MessageBubble). */
export type MessageStrings = BadgeStrings & Pick<Strings, 'retry' | 'textTruncated'>;

/** In English, the default without a `LocaleProvider`. */
export const enBadge: BadgeStrings = {
  sending: 'Sending…',
  sent: 'Sent',
  read: 'Read',
  failed: 'Not sent',
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
};

// Object.assign under a pure annotation, not a spread: a lone badge must not keep this object.
export const enMessage: MessageStrings = /* @__PURE__ */ Object.assign({}, enBadge, {
  retry: 'Retry',
  textTruncated: 'This message was too long to show in full.',
});
