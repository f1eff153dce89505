import type { Strings } from './types';

/** The conversation's strings around the list (composer, header, banners, announcements). */
export type ConversationStrings = Pick<
  Strings,
  | 'composerLabel'
  | 'composerPlaceholder'
  | 'offlineReason'
  | 'loadingMessages'
  | 'noMessages'
  | 'historyFailed'
  | 'loginFailed'
  | 'sessionEnded'
  | 'dismiss'
  | 'connectingReason'
  | 'signedOutReason'
  | 'receiptsUnavailable'
  | 'memberCount'
  | 'waitingForNetwork'
  | 'requestReceipt'
  | 'send'
  | 'announceLastRead'
  | 'announceLastReadByAll'
  | 'announceLastPeerRead'
  | 'announceOthers'
  | 'receiptsRefused'
>;

/** In English, the default without a `LocaleProvider`. */
export const enConversation: ConversationStrings = {
  composerLabel: 'Message',
  composerPlaceholder: 'Write a message…',
  offlineReason: 'You are offline. Messages can be sent again once the connection is back.',
  loadingMessages: 'Loading messages…',
  noMessages: 'No messages yet',
  historyFailed: 'Messages could not be loaded.',
  loginFailed: 'Could not sign in.',
  sessionEnded: 'You were signed out.',
  dismiss: 'Dismiss',
  connectingReason: 'Connecting… Messages can be sent once you are signed in.',
  signedOutReason: 'You are not signed in. Messages can be sent once you sign in again.',
  receiptsUnavailable: 'Read receipts are not available in this group.',
  memberCount: (count, f) => f.plural(count, { one: '# member', other: '# members' }),
  waitingForNetwork: 'Waiting for network…',
  requestReceipt: 'Request read receipt',
  send: 'Send',
  announceLastRead: (read, total, f) => `Your last message was read by ${f.number(read)} of ${f.number(total)}`,
  announceLastReadByAll: 'Your last message was read by everyone',
  announceLastPeerRead: 'Your last message was read',
  announceOthers: (count, f) =>
    f.plural(count, { one: 'Read receipts updated on # message', other: 'Read receipts updated on # messages' }),
  receiptsRefused: (count, f) =>
    f.plural(count, { one: 'The read receipt of # message could not be sent.', other: 'The read receipts of # messages could not be sent.' }),
};
