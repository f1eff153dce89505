import { forwardRef, useCallback, useState } from 'react';
import { useStore } from 'zustand';
import type { ChatState } from '../../core/store';
import { useChatContext } from '../chat-context';
import { ConversationList, type ConversationListProps } from '../components/ConversationList';
import { useConversationList } from '../use-conversation-list';

const selectDrafts = (state: ChatState) => state.drafts;

/** Props of `BoundConversationList`: the list's own props, minus what the store supplies. */
export type BoundConversationListProps = Omit<
  ConversationListProps,
  'conversations' | 'currentUserID' | 'receipts' | 'drafts' | 'status' | 'moreStatus' | 'hasMore' | 'onLoadMore' | 'onRetry'
>;

/**
 * The conversation list of the provider's store, live. Choosing a conversation calls `onSelect`;
 * opening it in `ConversationView` marks it read, after taking its unread count for the divider
 * (an app with its own view calls `store.actions.readConversation`).
 */
export const BoundConversationList = /* @__PURE__ */ forwardRef<HTMLDivElement, BoundConversationListProps>(function BoundConversationList(
  { onSelect, now, ...rest },
  ref,
) {
  const { store } = useChatContext('BoundConversationList');
  const { conversations, list, receipts, currentUserID } = useConversationList();
  const { actions } = store;
  const drafts = useStore(store, selectDrafts);
  // Times relative to when the list mounted; an app that wants them to tick passes `now`.
  const [mountedAt] = useState(() => Date.now());
  const loadMore = useCallback(() => void actions.loadMoreConversations(), [actions]);
  return (
    <ConversationList
      ref={ref}
      conversations={conversations}
      currentUserID={currentUserID}
      receipts={receipts}
      drafts={drafts}
      status={list.status}
      moreStatus={list.moreStatus}
      hasMore={list.hasMore}
      onLoadMore={loadMore}
      onRetry={loadMore}
      onSelect={onSelect}
      now={now ?? mountedAt}
      {...rest}
    />
  );
});
