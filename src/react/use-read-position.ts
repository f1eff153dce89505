import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { selectReadPosition } from '../core/store';
import type { LoadStatus } from '../core/store';
import type { ConversationID, GroupMemberProfile, MessageID } from '../core/types';
import { useChatContext } from './chat-context';
import { newestReadersFirst } from './member-order';
import { loadStatusOf } from './query-status';
import { useMessageReceipt } from './use-message-receipt';

/**
 * The newest own message someone else has read in a conversation, where reader avatars sit.
 * One subscription per conversation view, whatever the conversation holds.
 */
export function useReadPosition(conversationID: ConversationID): MessageID | undefined {
  return useStore(useChatContext('useReadPosition').store, (state) => selectReadPosition(state, conversationID));
}

/** The first readers of a group message and how many read it in all. */
export interface FirstReaders {
  /** The first page's load status. */
  status: LoadStatus;
  /** From the Read list's first page, newest first. */
  readers: readonly GroupMemberProfile[];
  /** From the message's receipt, which may count more readers than the page holds. */
  readCount: number;
}

const NO_READERS: readonly GroupMemberProfile[] = [];

/**
 * The first page of a message's Read list, from the store's query cache (the reader sheet's
 * own entry, so opening the sheet starts from it). The store refreshes it whenever the
 * message's counts change; only a mounted consumer fetches it.
 */
export function useFirstReaders(messageID: MessageID): FirstReaders {
  const { store } = useChatContext('useFirstReaders');
  const query = useInfiniteQuery(store.queries.readMembers(messageID, 'read'), store.queryClient);
  const receipt = useMessageReceipt(messageID);
  const first = query.data?.pages[0]?.members;
  const readers = useMemo(() => (first ? newestReadersFirst(first).map((member) => member.profile) : NO_READERS), [first]);
  return { status: loadStatusOf(query), readers, readCount: receipt?.kind === 'group' ? receipt.readCount : readers.length };
}
