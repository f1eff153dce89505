import type { ChatError } from '../core/errors';
import type { ReadMember } from '../core/types';

/**
 * What the member list of one drawer tab needs, whether it comes from
 * `useReadMembers` (TanStack infinite query) or straight from a story's props.
 * `hasNextPage` is derived from the last page's `isFinished`, never stored.
 */
export interface MemberListState {
  status: 'pending' | 'error' | 'success';
  /** Every loaded member of the tab, each userID at most once, in page order. */
  members: ReadMember[];
  error?: ChatError | null;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
  /** Retries the failed page, keeping the rows already loaded. */
  retry: () => void;
}
