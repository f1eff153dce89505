import type { Strings } from './types';

/**
 * The reader list's strings (ReadMemberListDrawer, MemberListPanel, RemindUnread, ReadPosition,
 * SeenBy); its "9 of 19 read" is the badge's (en-message).
 */
export type MembersStrings = Pick<
  Strings,
  | 'membersTitle'
  | 'close'
  | 'readTab'
  | 'unreadTab'
  | 'emptyRead'
  | 'emptyUnread'
  | 'endOfList'
  | 'loadMore'
  | 'loadingMembers'
  | 'membersError'
  | 'remind'
  | 'remindConfirm'
  | 'remindAndMore'
  | 'remindSend'
  | 'cancel'
  | 'reminded'
  | 'remindNextAt'
  | 'remindFailed'
  | 'remindedBy'
  | 'reminderNotice'
  | 'openReminder'
  | 'dismiss'
  | 'seenBy'
  | 'seenByCount'
  | 'moreReaders'
  | 'nameSeparator'
  | 'readUpToHere'
>;

/** In English, the default without a `LocaleProvider`. */
export const enMembers: MembersStrings = {
  membersTitle: 'Message receipts',
  close: 'Close',
  readTab: (count, f) => (count === undefined ? 'Read' : `Read (${f.number(count)})`),
  unreadTab: (count, f) => (count === undefined ? 'Unread' : `Unread (${f.number(count)})`),
  emptyRead: 'No one has read this yet',
  emptyUnread: 'Everyone has read this',
  endOfList: 'End of list',
  loadMore: 'Load more',
  loadingMembers: 'Loading members…',
  membersError: 'Could not load members.',
  remind: (count, f) => `Remind ${f.number(count)}`,
  remindConfirm: (count, f) => `Send a reminder to ${f.plural(count, { one: 'the # member', other: 'the # members' })} who have not read this?`,
  remindAndMore: (count, f) => `and ${f.number(count)} more`,
  remindSend: 'Send reminder',
  cancel: 'Cancel',
  reminded: (count, f) => `Reminded ${f.plural(count, { one: '# member', other: '# members' })}`,
  remindNextAt: (time) => `Next reminder allowed at ${time}`,
  remindFailed: 'Could not send the reminder.',
  remindedBy: (name) => `${name} reminded you to read this`,
  reminderNotice: (sender, conversation) => `${sender} reminded you to read a message in ${conversation}`,
  openReminder: 'Open',
  dismiss: 'Dismiss',
  seenBy: 'Seen by',
  seenByCount: (count, f) => `Seen by ${f.number(count)}`,
  moreReaders: (count, f) => `+${f.number(count)}`,
  nameSeparator: ', ',
  readUpToHere: (name) => `${name} read up to here`,
};
