import { useCallback, useState } from 'react';
import type { ReadMember } from '../../src/core/types';
import type { MemberListState } from '../../src/react/member-list-state';

/**
 * A stateful stand-in for `useReadMembers` in stories and browser tests: serves `total`
 * members in pages of `pageSize` after `delay` ms, like the paged backend call.
 */
export function useFakeMemberList({
  total,
  pageSize = 100,
  delay = 30,
  firstPage = true,
  read = true,
}: {
  total: number;
  pageSize?: number;
  delay?: number;
  /** Start with the first page loaded instead of pending. */
  firstPage?: boolean;
  read?: boolean;
}): MemberListState & { fetchCount: number } {
  const [members, setMembers] = useState<ReadMember[]>(() => (firstPage ? makeMembers(0, Math.min(pageSize, total), read) : []));
  const [fetching, setFetching] = useState(false);
  const [fetched, setFetched] = useState(false);
  const [fetchCount, setFetchCount] = useState(0);
  const loadMore = useCallback(() => {
    setFetching(true);
    setFetched(true);
    setFetchCount((n) => n + 1);
    setTimeout(() => {
      setMembers((prev) => [...prev, ...makeMembers(prev.length, Math.min(pageSize, total - prev.length), read)]);
      setFetching(false);
    }, delay);
  }, [delay, pageSize, total, read]);
  return {
    status: 'ready',
    members,
    error: null,
    hasMore: members.length < total,
    moreStatus: fetching ? 'loading' : fetched ? 'ready' : 'idle',
    loadMore,
    retry: loadMore,
    fetchCount,
  };
}

function makeMembers(start: number, count: number, read: boolean): ReadMember[] {
  return Array.from({ length: Math.max(0, count) }, (_, i) => ({
    profile: { userID: `user${start + i}`, nickname: `Member ${start + i}` },
    readTime: read ? Date.UTC(2025, 2, 4, 10, 0) + (start + i) * 1000 : undefined,
  }));
}
