import type { LoadStatus } from '../core/store';

/** TanStack's two-part query status in the kit's one vocabulary. */
export function loadStatusOf(query: { status: 'pending' | 'error' | 'success'; fetchStatus: 'fetching' | 'paused' | 'idle' }): LoadStatus {
  if (query.status === 'success') return 'ready';
  if (query.status === 'error') return 'error';
  return query.fetchStatus === 'idle' ? 'idle' : 'loading';
}
