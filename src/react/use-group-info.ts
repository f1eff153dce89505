import { useQuery } from '@tanstack/react-query';
import type { ChatError } from '../core/errors';
import type { LoadStatus } from '../core/store';
import type { GroupID, GroupInfo, UserID, UserProfile } from '../core/types';
import { useChatContext } from './chat-context';
import { loadStatusOf } from './query-status';

/** A value from the store's query cache, with the kit's load status. */
export interface CachedValue<T> {
  status: LoadStatus;
  data: T | undefined;
  error: ChatError | null;
}

/** Group info from the store's query cache (fetched once, shared with the store's rules). */
export function useGroupInfo(groupID: GroupID | undefined): CachedValue<GroupInfo> {
  const { store } = useChatContext('useGroupInfo');
  const query = useQuery({ ...store.queries.groupInfo(groupID ?? ''), enabled: groupID !== undefined }, store.queryClient);
  return { status: loadStatusOf(query), data: query.data, error: query.error };
}

/** One user's profile; profiles asked for in the same tick share one adapter call. */
export function useProfile(userID: UserID | undefined): CachedValue<UserProfile | null> {
  const { store } = useChatContext('useProfile');
  const query = useQuery({ ...store.queries.profile(userID ?? ''), enabled: userID !== undefined }, store.queryClient);
  return { status: loadStatusOf(query), data: query.data, error: query.error };
}
