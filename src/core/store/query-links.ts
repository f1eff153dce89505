import type { Query, QueryClient } from '@tanstack/query-core';
import type { GroupID, MessageID } from '../types';
import { parseKey } from './queries';

export interface QueryLinkHandlers {
  /** A group's entry was added, updated or removed; called before `groupLoaded` or `groupFailed`. */
  groupChanged(groupID: GroupID): void;
  /** A group's info arrived (or was refreshed). */
  groupLoaded(groupID: GroupID): void;
  /** Loading a group's info failed for good (retries spent). */
  groupFailed(groupID: GroupID): void;
}

export interface QueryLinks {
  /** Receipts of these messages changed in a commit: their member pages are out of date. */
  receiptsChanged(messageIDs: readonly MessageID[]): void;
  dispose(): void;
}

/**
 * Ties the query cache to the live state. A changed receipt refreshes the member pages of
 * its message in the same commit; a page already on its way is not cancelled (a storm would
 * cancel it forever) but refreshed again once it lands, so no change is missed. Lookups are
 * by message ID, O(1) per changed receipt, whatever the cache holds.
 */
export function linkQueries(client: QueryClient, scope: string, handlers: QueryLinkHandlers): QueryLinks {
  const memberQueries = new Map<MessageID, Set<Query>>();
  const stale = new Set<Query>();
  const refresh = (query: Query): void => {
    void client.invalidateQueries({ queryKey: query.queryKey, exact: true }, { cancelRefetch: false });
  };

  const unsubscribe = client.getQueryCache().subscribe((event) => {
    const key = parseKey(scope, event.query.queryKey);
    if (!key) return;
    if (key.kind === 'group') {
      handlers.groupChanged(key.id);
      if (event.type !== 'updated') return;
      if (event.action.type === 'success') handlers.groupLoaded(key.id);
      else if (event.action.type === 'error') handlers.groupFailed(key.id);
      return;
    }
    if (key.kind !== 'members') return;
    if (event.type === 'added') {
      let queries = memberQueries.get(key.id);
      if (!queries) memberQueries.set(key.id, (queries = new Set()));
      queries.add(event.query);
    } else if (event.type === 'removed') {
      memberQueries.get(key.id)?.delete(event.query);
      if (memberQueries.get(key.id)?.size === 0) memberQueries.delete(key.id);
      stale.delete(event.query);
    } else if (event.type === 'updated' && (event.action.type === 'success' || event.action.type === 'error')) {
      if (stale.delete(event.query)) refresh(event.query);
    }
  });

  return {
    receiptsChanged(messageIDs) {
      // Nobody looks at a reader list in a storm's usual case: no lookup per changed receipt then.
      if (memberQueries.size === 0) return;
      for (const messageID of messageIDs) {
        const queries = memberQueries.get(messageID);
        if (!queries) continue;
        for (const query of queries) {
          if (query.state.fetchStatus === 'fetching') stale.add(query);
          else refresh(query);
        }
      }
    },
    dispose: unsubscribe,
  };
}
