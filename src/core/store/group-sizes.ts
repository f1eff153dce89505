import type { QueryClient } from '@tanstack/query-core';
import type { GroupID } from '../types';
import { cachedGroupInfo, type ChatQueries } from './queries';

/** What receipts of a group are bounded by (see `ReceiptContext.groupSize`). */
export type GroupSize = number | 'unbounded' | undefined;

/**
 * Each group's size as the query cache has it, looked up once and kept until the cache
 * reports a change to the group's entry (query-links.ts calls `changed` before any handler
 * runs), instead of once per event batch: hashing the query key for every batch of 50 was
 * a tenth of the time a storm of receipts took.
 */
export class GroupSizes {
  private readonly sizes = new Map<GroupID, GroupSize>();
  /** Groups whose info could not be loaded: their receipts are applied rather than lost. */
  private readonly unavailable = new Set<GroupID>();

  constructor(
    private readonly client: QueryClient,
    private readonly queries: ChatQueries,
  ) {}

  get(groupID: GroupID): GroupSize {
    const size = this.sizes.get(groupID);
    if (size !== undefined || this.sizes.has(groupID)) return size;
    const found = cachedGroupInfo(this.client, this.queries, groupID)?.memberCount ?? (this.unavailable.has(groupID) ? 'unbounded' : undefined);
    this.sizes.set(groupID, found);
    return found;
  }

  /** The group's entry in the query cache was added, updated or removed. */
  changed(groupID: GroupID): void {
    this.sizes.delete(groupID);
  }

  loaded(groupID: GroupID): void {
    this.unavailable.delete(groupID);
    this.sizes.delete(groupID);
  }

  failed(groupID: GroupID): void {
    this.unavailable.add(groupID);
    this.sizes.delete(groupID);
  }
}
