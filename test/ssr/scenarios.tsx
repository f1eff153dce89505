import type { ReactElement } from 'react';
import { ChatError, ErrorCode, immediateUpdates, type Message } from '../../src/core';
import {
  ChatProvider,
  ConversationView,
  EmptyState,
  ErrorBanner,
  LocaleProvider,
  MessageBubble,
  MessageComposer,
  MessageList,
  ReadMemberListDrawer,
  ReadReceiptBadge,
  ReceiptAnnouncer,
} from '../../src/index';
import { createMockAdapter, presets } from '../../src/mock/index';
import type { MemberListState } from '../../src/react/member-list-state';

// Fixed data only: the server (a Node process without a DOM) and the client (jsdom) must build
// the same tree. Times are fixed, so both format them alike.
const TIME = Date.UTC(2025, 2, 4, 10, 32);
const message: Message = {
  messageID: 'm1',
  conversationID: 'GROUPteam',
  senderID: 'me',
  text: 'Lunch at https://example.com?',
  time: TIME,
  seq: 1,
  status: 'sent',
  needReadReceipt: true,
};
const receipt = { kind: 'group', messageID: 'm1', groupID: 'team', readCount: 3, unreadCount: 9 } as const;
const members: MemberListState = {
  status: 'ready',
  members: [{ profile: { userID: 'u1', nickname: 'Minjun' }, readTime: TIME }],
  hasMore: false,
  moreStatus: 'idle',
  loadMore: () => {},
  retry: () => {},
};

function live(conversationID: string, extra: Partial<Parameters<typeof ConversationView>[0]> = {}): ReactElement {
  const demo = presets.demo({ companySize: 50 });
  return (
    <ChatProvider adapter={createMockAdapter(demo.backend, demo.me)} options={{ scheduler: immediateUpdates }}>
      <ConversationView conversationID={conversationID} label="Conversation" {...extra} />
    </ChatProvider>
  );
}

/** Every component the kit exports, as an app would render it on the server. */
export const scenarios: Record<string, () => ReactElement> = {
  ReadReceiptBadge: () => (
    <p>
      <ReadReceiptBadge receipt={receipt} showProgress onOpenMembers={() => {}} />
      <ReadReceiptBadge receipt={{ kind: 'c2c', messageID: 'm2', userID: 'bob', peerRead: true, timestamp: TIME }} />
    </p>
  ),
  MessageBubble: () => (
    <div>
      <MessageBubble message={message} own receipt={receipt} />
      <MessageBubble message={{ ...message, messageID: 'm3', senderID: 'alice' }} sender={{ userID: 'alice', nickname: 'Alice' }} />
    </div>
  ),
  MessageList: () => <MessageList messages={[message]} now={TIME} renderMessage={(m) => <MessageBubble message={m} own />} />,
  MessageComposer: () => <MessageComposer onSend={() => {}} disabledReason="Offline" />,
  ReadMemberListDrawer: () => <ReadMemberListDrawer open readCount={1} unreadCount={0} read={members} unread={members} />,
  ReceiptAnnouncer: () => <ReceiptAnnouncer message="Read by 3" />,
  EmptyState: () => <EmptyState status="loading" />,
  ErrorBanner: () => <ErrorBanner kind="history" error={new ChatError(ErrorCode.NETWORK, 'offline')} onRetry={() => {}} onDismiss={() => {}} />,
  LocaleProvider: () => (
    <LocaleProvider locale="zh-TW">
      <ReadReceiptBadge receipt={receipt} />
    </LocaleProvider>
  ),
  'ChatProvider + ConversationView (group)': () => live('GROUPteam'),
  'ChatProvider + ConversationView (1:1)': () => live('C2Cminjun'),
  'ChatProvider + ConversationView (custom parts)': () =>
    live('GROUPteam', { components: { EmptyState: ({ status }) => <p data-status={status}>Nothing here yet</p> } }),
};
