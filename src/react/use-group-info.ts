import { useQuery } from '@tanstack/react-query';
import type { ChatError } from '../core/errors';
import type { GroupID, GroupInfo, UserID, UserProfile } from '../core/types';
import { useChatContext } from './chat-context';

export interface CachedValue<T> {
  status: 'pending' | 'error' | 'success';
  data: T | undefined;
  error: ChatError | null;
}

/** Group info through TanStack Query; the store keeps a copy for the rest of the kit. */
export function useGroupInfo(groupID: GroupID | undefined): CachedValue<GroupInfo> {
  const { store } = useChatContext('useGroupInfo');
  const query = useQuery<GroupInfo, ChatError>({
    queryKey: ['rrr', 'group', groupID],
    queryFn: () => store.getState().actions.loadGroupInfo(groupID as GroupID),
    initialData: () => (groupID === undefined ? undefined : store.getState().groups.get(groupID)),
    enabled: groupID !== undefined,
    staleTime: 60_000,
  });
  return { status: query.status, data: query.data, error: query.error };
}

/** One user's profile; profiles asked for in the same tick share one adapter call. */
export function useProfile(userID: UserID | undefined): CachedValue<UserProfile | null> {
  const { store } = useChatContext('useProfile');
  const query = useQuery<UserProfile | null, ChatError>({
    queryKey: ['rrr', 'profile', userID],
    queryFn: async () => (await store.getState().actions.loadProfile(userID as UserID)) ?? null,
    initialData: () => (userID === undefined ? undefined : store.getState().profiles.get(userID)),
    enabled: userID !== undefined,
    staleTime: 5 * 60_000,
  });
  return { status: query.status, data: query.data, error: query.error };
}
