import type { ChatError } from '../core/errors';
import type { LoadStatus } from '../core/store';
import type { ReadMember } from '../core/types';

/**
 * What the member list of one drawer tab needs, whether it comes from `useReadMembers`
 * (the store's query cache) or straight from a story's props. Paging reads like a
 * conversation's: `hasMore`, `moreStatus`, `loadMore`; `hasMore` is derived, never stored.
 */
export interface MemberListState {
  /** The first page. */
  status: LoadStatus;
  /** Every loaded member of the tab, each userID at most once, in page order. */
  members: ReadMember[];
  error?: ChatError | null;
  hasMore: boolean;
  /** The latest next-page request. */
  moreStatus: LoadStatus;
  loadMore: () => void;
  /** Retries the failed page, keeping the rows already loaded. */
  retry: () => void;
}
