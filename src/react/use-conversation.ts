import { useCallback, useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import type { ChatError } from '../core/errors';
import { conversationMessagesSelector, selectConversation, selectSession, type LoadStatus, type MessageGap, type SendOptions } from '../core/store';
import type { ConversationID, Message, MessageID } from '../core/types';
import { useChatContext } from './chat-context';

/** What `useConversation` returns. */
export interface UseConversationResult {
  /** Oldest first; local messages (sending or failed) last. */
  messages: readonly Message[];
  /** The first (newest) page. */
  status: LoadStatus;
  error: ChatError | null;
  /** Older messages exist beyond the loaded ones. */
  hasMore: boolean;
  /** The latest older-page request. */
  moreStatus: LoadStatus;
  /** Loads the next older page. */
  loadMore: () => Promise<void>;
  /** Missed messages a reconnect did not load, each shown as a marker above `beforeMessageID`. */
  gaps: readonly MessageGap[];
  /** Loads one more page into a gap. */
  loadGap: (gapID: string) => Promise<void>;
  send: (text: string, options?: SendOptions) => Promise<Message | undefined>;
  retry: (messageID: MessageID) => Promise<Message | undefined>;
}

const NO_GAPS: readonly MessageGap[] = [];

/**
 * Messages and paging of one conversation; opens it (loads the newest page) once logged in.
 * Re-renders when its messages change, not on receipts.
 */
export function useConversation(conversationID: ConversationID): UseConversationResult {
  const { store } = useChatContext('useConversation');
  const { actions } = store;
  const selectMessages = useMemo(() => conversationMessagesSelector(conversationID), [conversationID]);
  const messages = useStore(store, selectMessages);
  const conversation = useStore(store, (state) => selectConversation(state, conversationID));
  const ready = useStore(store, selectSession) === 'ready';

  useEffect(() => {
    if (ready) void actions.openConversation(conversationID);
  }, [actions, conversationID, ready]);

  const loadMore = useCallback(() => actions.loadMore(conversationID), [actions, conversationID]);
  const loadGap = useCallback((gapID: string) => actions.loadGap(conversationID, gapID), [actions, conversationID]);
  const send = useCallback(
    (text: string, options?: SendOptions) => actions.sendMessage(conversationID, text, options),
    [actions, conversationID],
  );
  return {
    messages,
    status: conversation?.status ?? 'idle',
    error: conversation?.error ?? null,
    hasMore: conversation?.hasMore ?? false,
    moreStatus: conversation?.moreStatus ?? 'idle',
    loadMore,
    gaps: conversation?.gaps ?? NO_GAPS,
    loadGap,
    send,
    retry: actions.retry,
  };
}
