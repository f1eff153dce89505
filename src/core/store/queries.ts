import type {
  InfiniteData,
  InfiniteQueryObserverOptions,
  QueryClient,
  QueryKey,
  QueryObserverOptions,
} from '@tanstack/query-core';
import type { ChatAdapter } from '../adapter';
import type { ChatError } from '../errors';
import type { GroupID, GroupInfo, MemberPage, MessageID, ReadFilter, UserID, UserProfile } from '../types';
import { validateMemberPage } from '../validate-pages';
import { isRetryable, QUERY_ATTEMPTS } from './retry';

/** The loaded pages of one reader-list tab, as TanStack Query keeps them. */
export type MemberPages = InfiniteData<MemberPage, string>;

/**
 * Options of the store's cached requests. The store fetches with them, and the React hooks
 * observe the same entries with `useQuery(options, store.queryClient)`: one cache, one policy.
 */
export interface ChatQueries {
  groupInfo(groupID: GroupID): QueryObserverOptions<GroupInfo, ChatError, GroupInfo, GroupInfo, QueryKey>;
  profile(userID: UserID): QueryObserverOptions<UserProfile | null, ChatError, UserProfile | null, UserProfile | null, QueryKey>;
  /** One tab of a message's reader list, paged with `nextSeq`. */
  readMembers(
    messageID: MessageID,
    filter: ReadFilter,
  ): InfiniteQueryObserverOptions<MemberPage, ChatError, MemberPages, QueryKey, string>;
}

/** The kinds of entries, second in every key after the store's scope. */
export type QueryKind = 'group' | 'profile' | 'members';

// A page fetched a moment ago (by the prefetch on click) is not fetched again on mount;
// receipt changes refresh member pages whatever their age (see member-refresh.ts).
const MEMBERS_STALE_MS = 5_000;
const GROUP_STALE_MS = 60_000;
const PROFILE_STALE_MS = 5 * 60_000;

const retry = (failureCount: number, error: unknown): boolean => isRetryable(error) && failureCount < QUERY_ATTEMPTS - 1;

export function createQueries(
  scope: string,
  adapter: ChatAdapter,
  loadProfile: (userID: UserID) => Promise<UserProfile | undefined>,
): ChatQueries {
  return {
    groupInfo: (groupID) => ({
      queryKey: [scope, 'group', groupID],
      queryFn: () => adapter.getGroupInfo(groupID),
      staleTime: GROUP_STALE_MS,
      // Receipts are bounded by the group's size: keep it while the store lives.
      gcTime: Infinity,
      retry,
    }),
    profile: (userID) => ({
      queryKey: [scope, 'profile', userID],
      queryFn: async () => (await loadProfile(userID)) ?? null,
      staleTime: PROFILE_STALE_MS,
      retry,
    }),
    readMembers: (messageID, filter) => ({
      queryKey: [scope, 'members', messageID, filter],
      queryFn: async ({ pageParam }) =>
        validateMemberPage(await adapter.getGroupMessageReadMemberList({ messageID, filter, nextSeq: pageParam })),
      initialPageParam: '',
      getNextPageParam: (last) => (last.isFinished ? undefined : last.nextSeq),
      staleTime: MEMBERS_STALE_MS,
      retry,
    }),
  };
}

/** The kind and the ID (group, user or message) of one of this store's keys. */
export function parseKey(scope: string, key: QueryKey): { kind: QueryKind; id: string } | undefined {
  if (key[0] !== scope || typeof key[2] !== 'string') return undefined;
  const kind = key[1];
  return kind === 'group' || kind === 'profile' || kind === 'members' ? { kind, id: key[2] } : undefined;
}

/** The cached group size, or undefined when the group info is not in (or not loaded yet). */
export function cachedGroupInfo(client: QueryClient, queries: ChatQueries, groupID: GroupID): GroupInfo | undefined {
  return client.getQueryData<GroupInfo>(queries.groupInfo(groupID).queryKey);
}
