import type { MemberListQuery } from '../core/adapter';
import { ChatError, ErrorCode } from '../core/errors';
import { DEFAULT_MEMBER_PAGE_SIZE, MAX_MEMBER_PAGE_SIZE } from '../core/limits';
import type { GroupMemberProfile, MemberPage } from '../core/types';
import type { Caller } from './calls';
import type { GroupDirectory } from './groups';
import { requireConversation, toMemberProfile, toUserProfile } from './mapping';
import { requireReceiptAccess } from './receipts';
import type { MessageCache } from './message-cache';
import type { SdkMemberListData, SdkMessage, SdkResponse, TencentChatLike } from './sdk';

/** `getGroupMemberProfile` silently keeps only the first 50 IDs of a longer list. */
export const SDK_MEMBER_PROFILE_BATCH = 50;
/** `getUserProfile` takes at most 100 IDs per call. */
export const SDK_USER_PROFILE_BATCH = 100;

export interface MemberContext {
  chat: Pick<TencentChatLike, 'getGroupMessageReadMemberList' | 'getGroupMemberProfile' | 'getUserProfile'>;
  cache: MessageCache;
  groups: GroupDirectory;
  cursors: IssuedCursors;
  call: Caller;
}

/**
 * The server's cursors are opaque, and a forged one would silently restart or garble a list,
 * so only cursors this adapter handed out (for that message and tab) are passed back.
 */
export class IssuedCursors {
  private readonly issued = new Map<string, true>();

  constructor(private readonly capacity = 500) {}

  private key(messageID: string, filter: string, cursor: string): string {
    return JSON.stringify([messageID, filter, cursor]);
  }

  add(messageID: string, filter: string, cursor: string): void {
    this.issued.set(this.key(messageID, filter, cursor), true);
    while (this.issued.size > this.capacity) {
      const oldest = this.issued.keys().next().value;
      if (oldest === undefined) break;
      this.issued.delete(oldest);
    }
  }

  has(messageID: string, filter: string, cursor: string): boolean {
    return this.issued.has(this.key(messageID, filter, cursor));
  }
}

interface SdkProfile {
  userID: string;
  nick?: string;
  avatar?: string;
  nameCard?: string;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

function pageSize(count: unknown): number {
  if (count === undefined) return DEFAULT_MEMBER_PAGE_SIZE;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
    throw new ChatError(ErrorCode.INVALID_PARAMETER, `count must be a positive integer (got ${String(count)}).`);
  }
  return Math.min(count, MAX_MEMBER_PAGE_SIZE);
}

/** Name cards come from the group; members who left since are looked up as plain users. */
async function memberProfiles(context: MemberContext, groupID: string, userIDs: string[]) {
  const profiles = new Map<string, GroupMemberProfile>();
  for (const userIDList of chunk(userIDs, SDK_MEMBER_PROFILE_BATCH)) {
    const response: SdkResponse<{ memberList?: SdkProfile[] }> = await context.call.sdk('getGroupMemberProfile', () =>
      context.chat.getGroupMemberProfile({ groupID, userIDList }),
    );
    for (const member of response.data?.memberList ?? []) profiles.set(member.userID, toMemberProfile(member));
  }
  const missing = userIDs.filter((id) => !profiles.has(id));
  for (const userIDList of chunk(missing, SDK_USER_PROFILE_BATCH)) {
    const response: SdkResponse<SdkProfile[]> = await context.call.sdk('getUserProfile', () =>
      context.chat.getUserProfile({ userIDList }),
    );
    for (const user of response.data ?? []) profiles.set(user.userID, toUserProfile(user));
  }
  return profiles;
}

/** One page of who has (or has not) read a group message the current user sent. */
export async function readMemberPage(context: MemberContext, query: MemberListQuery): Promise<MemberPage> {
  if (typeof query !== 'object' || query === null || typeof query.messageID !== 'string' || query.messageID === '') {
    throw new ChatError(ErrorCode.INVALID_PARAMETER, 'The query needs a non-empty messageID.');
  }
  if (query.filter !== 'read' && query.filter !== 'unread') {
    throw new ChatError(ErrorCode.INVALID_PARAMETER, `filter must be 'read' or 'unread' (got ${String(query.filter)}).`);
  }
  const nextSeq = query.nextSeq ?? '';
  if (typeof nextSeq !== 'string' || (nextSeq !== '' && !context.cursors.has(query.messageID, query.filter, nextSeq))) {
    throw new ChatError(ErrorCode.INVALID_PARAMETER, 'nextSeq must be the cursor of the previous page of this list (or \'\').');
  }
  const count = pageSize(query.count);
  const message = context.cache.resolveAll([query.messageID])[0] as SdkMessage;
  const conversation = requireConversation(message.conversationID);
  if (conversation.type !== 'group') {
    throw new ChatError(ErrorCode.INVALID_PARAMETER, 'Read member lists exist for group messages only; use the 1:1 receipt.');
  }
  await requireReceiptAccess(context, message);
  const response: SdkResponse<SdkMemberListData> = await context.call.sdk('getGroupMessageReadMemberList', () =>
    context.chat.getGroupMessageReadMemberList({
      message,
      filter: query.filter === 'read' ? 0 : 1,
      cursor: nextSeq,
      count,
    }),
  );
  const data = response.data;
  const userIDs = (query.filter === 'read' ? data.readUserIDList : data.unreadUserIDList) ?? [];
  const profiles = userIDs.length > 0 ? await memberProfiles(context, conversation.groupID, userIDs) : new Map();
  const cursor = typeof data.cursor === 'string' ? data.cursor : '';
  // An unfinished page without a cursor cannot be continued; asking again with '' would loop.
  const isFinished = data.isCompleted === true || cursor === '';
  if (!isFinished) context.cursors.add(query.messageID, query.filter, cursor);
  return {
    members: userIDs.map((userID) => ({ profile: profiles.get(userID) ?? { userID } })),
    nextSeq: isFinished ? '' : cursor,
    isFinished,
  };
}
