import type { Strings } from './types';

/** The conversation list's strings (ConversationList, ConversationRow). */
export type ConversationsStrings = Pick<
  Strings,
  | 'conversationsLabel'
  | 'unreadMessages'
  | 'muted'
  | 'ownPreview'
  | 'draftPreview'
  | 'partlyRead'
  | 'noConversations'
  | 'loadingConversations'
  | 'conversationsFailed'
>;

/** In English, the default without a `LocaleProvider`. */
export const enConversations: ConversationsStrings = {
  conversationsLabel: 'Conversations',
  unreadMessages: (count, f) => f.plural(count, { one: '# unread message', other: '# unread messages' }),
  muted: 'Muted',
  ownPreview: (text) => `You: ${text}`,
  draftPreview: (text) => `Draft: ${text}`,
  partlyRead: 'Read by some',
  noConversations: 'No conversations yet',
  loadingConversations: 'Loading conversations…',
  conversationsFailed: 'Could not load conversations.',
};
