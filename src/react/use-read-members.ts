import { useInfiniteQuery, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import type { ChatAdapter } from '../core/adapter';
import type { ChatError } from '../core/errors';
import { selectReceipt } from '../core/store';
import type { MemberPage, MessageID, ReadFilter, ReadMember } from '../core/types';
import { useChatContext } from './chat-context';
import type { MemberListState } from './member-list-state';

export interface ReadMembersOptions {
  /** Fetch only while the drawer tab is shown. @default true */
  enabled?: boolean;
}

export function readMembersKey(messageID: MessageID, filter: ReadFilter) {
  return ['rrr', 'members', messageID, filter] as const;
}

// Live changes refetch through the receipt effect below whatever the age; this only keeps a
// page fetched a moment ago (by the prefetch on click) from being fetched again on mount.
const MEMBERS_STALE_MS = 5_000;

function membersQuery(adapter: ChatAdapter, messageID: MessageID, filter: ReadFilter) {
  return {
    queryKey: readMembersKey(messageID, filter),
    queryFn: ({ pageParam }: { pageParam: string }) =>
      adapter.getGroupMessageReadMemberList({ messageID, filter, nextSeq: pageParam }),
    initialPageParam: '',
    getNextPageParam: (last: MemberPage) => (last.isFinished ? undefined : last.nextSeq),
    staleTime: MEMBERS_STALE_MS,
  };
}

/**
 * Starts loading a tab's first page before the drawer renders: from the click on the badge,
 * the request no longer waits for the dialog's render and layout (about 25 ms at 100,000
 * members on a slow machine). The drawer's query picks up the same request. A plain function,
 * not a hook, so the bubbles that call it on click carry no extra hook per render.
 */
export function prefetchReadMembers(
  queryClient: QueryClient,
  adapter: ChatAdapter,
  messageID: MessageID,
  filter: ReadFilter = 'read',
): void {
  void queryClient.prefetchInfiniteQuery(membersQuery(adapter, messageID, filter));
}

/**
 * One tab of the read-member drawer, paged with `nextSeq`. Refetched when the message's
 * counts change while enabled. A member shows at most once per tab, and never in the unread
 * tab once the read tab has them.
 */
export function useReadMembers(
  messageID: MessageID,
  filter: ReadFilter,
  { enabled = true }: ReadMembersOptions = {},
): MemberListState {
  const { adapter, store } = useChatContext('useReadMembers');
  const queryClient = useQueryClient();
  const query = useInfiniteQuery<MemberPage, ChatError, InfiniteData<MemberPage, string>, readonly unknown[], string>({
    ...membersQuery(adapter, messageID, filter),
    enabled,
  });
  // Observes the read tab's cache without fetching it, to keep read members out of unread.
  const readTab = useInfiniteQuery<MemberPage, ChatError, InfiniteData<MemberPage, string>, readonly unknown[], string>({
    ...membersQuery(adapter, messageID, 'read'),
    enabled: false,
  });

  const receipt = useStore(store, (state) => selectReceipt(state, messageID));
  const lastReceipt = useRef(receipt);
  useEffect(() => {
    if (lastReceipt.current === receipt) return;
    lastReceipt.current = receipt;
    if (enabled) void queryClient.invalidateQueries({ queryKey: readMembersKey(messageID, filter) });
  }, [receipt, enabled, queryClient, messageID, filter]);

  const readData = filter === 'unread' ? readTab.data : undefined;
  const members = useMemo(() => uniqueMembers(query.data, readData), [query.data, readData]);
  const { fetchNextPage, refetch, isFetchNextPageError } = query;
  return {
    status: query.status,
    members,
    error: query.error,
    hasNextPage: query.hasNextPage,
    isFetchingNextPage: query.isFetchingNextPage,
    fetchNextPage: () => void fetchNextPage(),
    // The rows already loaded stay: only the failed page (or the refetch) runs again.
    retry: () => void (isFetchNextPageError ? fetchNextPage() : refetch()),
  };
}

const NO_MEMBERS: ReadMember[] = [];

function uniqueMembers(
  data: InfiniteData<MemberPage, string> | undefined,
  exclude: InfiniteData<MemberPage, string> | undefined,
): ReadMember[] {
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
