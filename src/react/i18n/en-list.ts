import type { Strings } from './types';

/** The message list's strings (MessageList, MissedMessagesMarker). */
export type ListStrings = Pick<
  Strings,
  | 'messagesLabel'
  | 'newMessages'
  | 'loadingOlder'
  | 'loadOlder'
  | 'missedMessages'
  | 'loadingMissed'
  | 'missedFailed'
  | 'unreadDivider'
  | 'jumpToUnread'
  | 'newMessagesCount'
>;

/** In English, the default without a `LocaleProvider`. */
export const enList: ListStrings = {
  messagesLabel: 'Messages',
  newMessages: 'New messages',
  loadingOlder: 'Loading older messages…',
  loadOlder: 'Load older messages',
  missedMessages: 'Load missed messages',
  loadingMissed: 'Loading missed messages…',
  missedFailed: 'Could not load the missed messages. Try again',
  unreadDivider: (count, f) => f.plural(count, { one: '# unread message', other: '# unread messages' }),
  jumpToUnread: 'Jump to first unread',
  newMessagesCount: (count, f) => f.plural(count, { one: '# new message', other: '# new messages' }),
};
