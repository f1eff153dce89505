import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { LoadStatus, MemberPages } from '../core/store';
import type { MessageID, ReadFilter, ReadMember } from '../core/types';
import { useChatContext } from './chat-context';
import type { MemberListState } from './member-list-state';
import { newestReadersFirst } from './member-order';
import { loadStatusOf } from './query-status';

/** Options of `useReadMembers`. */
export interface ReadMembersOptions {
  /** Fetch only while the drawer tab is shown. @default true */
  enabled?: boolean;
}

/**
 * One tab of a message's reader list from the store's query cache, paged with `nextSeq`.
 * The store refreshes the pages whenever the message's counts change. A member shows at most
 * once per tab, and never in the unread tab once the read tab has them. Readers come newest
 * first among the pages loaded.
 */
export function useReadMembers(
  messageID: MessageID,
  filter: ReadFilter,
  { enabled = true }: ReadMembersOptions = {},
): MemberListState {
  const { store } = useChatContext('useReadMembers');
  const query = useInfiniteQuery({ ...store.queries.readMembers(messageID, filter), enabled }, store.queryClient);
  // Observes the read tab's cache without fetching it, to keep read members out of unread.
  const readTab = useInfiniteQuery({ ...store.queries.readMembers(messageID, 'read'), enabled: false }, store.queryClient);
  const readData = filter === 'unread' ? readTab.data : undefined;
  const members = useMemo(() => newestReadersFirst(uniqueMembers(query.data, readData)), [query.data, readData]);
  const { fetchNextPage, refetch, isFetchNextPageError, isFetchingNextPage } = query;
  let moreStatus: LoadStatus = (query.data?.pages.length ?? 0) > 1 ? 'ready' : 'idle';
  if (isFetchingNextPage) moreStatus = 'loading';
  else if (isFetchNextPageError) moreStatus = 'error';
  return {
    // A failed next page leaves the first one as it was: that failure is `moreStatus`.
    status: isFetchNextPageError ? 'ready' : loadStatusOf(query),
    members,
    error: query.error,
    hasMore: query.hasNextPage,
    moreStatus,
    loadMore: () => void fetchNextPage(),
    // The rows already loaded stay: only the failed page (or the refetch) runs again.
    retry: () => void (isFetchNextPageError ? fetchNextPage() : refetch()),
  };
}

const NO_MEMBERS: ReadMember[] = [];

function uniqueMembers(data: MemberPages | undefined, exclude: MemberPages | undefined): ReadMember[] {
  if (!data) return NO_MEMBERS;
  const seen = new Set<string>();
  for (const page of exclude?.pages ?? []) for (const member of page.members) seen.add(member.profile.userID);
  const members: ReadMember[] = [];
  for (const page of data.pages) {
    for (const member of page.members) {
      if (seen.has(member.profile.userID)) continue;
      seen.add(member.profile.userID);
      members.push(member);
    }
  }
  return members;
}
