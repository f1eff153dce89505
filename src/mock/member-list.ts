import { ChatError, DEFAULT_MEMBER_PAGE_SIZE, ErrorCode, MAX_MEMBER_PAGE_SIZE } from '../core';
import type { GroupMemberProfile, MemberPage, ReadMember, UserID } from '../core';
import { scan } from './bitset';
import { requireReceiptAccess } from './backend-receipts';
import type { BackendState } from './backend-state';
import type { GroupRecord } from './group-state';
import { readWords, unreadWords } from './message-state';
import { describeValue, field, invalid, pageCount, parseCursor, requireID, requireObject, toCursor } from './params';

/**
 * One page of who has (or has not) read a group message, for its sender.
 *
 * Members are scanned in join order (slot order) from the cursor, which is the next slot in
 * base36; a member matches if it matches the filter at scan time. Slots never move, so within
 * one tab nobody appears twice and nobody is skipped, even while members read between pages
 * (a member who reads meanwhile may be missing from the unread tab's later pages).
 * A page costs its size plus the skipped slots / 32: it never copies or walks the whole group.
 */
export function getGroupMessageReadMemberList(state: BackendState, viewer: UserID, query: unknown): MemberPage {
  const args = requireObject(query, 'member list query');
  const messageID = requireID(field(args, 'messageID'), 'messageID');
  const filter = field(args, 'filter');
  if (filter !== 'read' && filter !== 'unread') throw invalid(`filter must be "read" or "unread", got ${describeValue(filter)}`);
  const count = pageCount(field(args, 'count'), DEFAULT_MEMBER_PAGE_SIZE, MAX_MEMBER_PAGE_SIZE);

  const record = state.requireVisibleMessage(viewer, messageID);
  if (record.target.kind !== 'group') throw invalid('Member lists exist for group messages only');
  requireReceiptAccess(state, viewer, record);
  const receipt = record.receipt;
  if (receipt === undefined) {
    throw new ChatError(ErrorCode.RECEIPT_NOT_FOUND, `No read receipt data for ${JSON.stringify(messageID)}`);
  }
  const from = parseCursor(field(args, 'nextSeq'), receipt.slotCount, 'nextSeq') ?? 0;
  const group = state.requireGroup(record.target.groupID);

  const words = filter === 'read' ? readWords(receipt) : unreadWords(receipt);
  const { indexes, next } = scan(words, from, receipt.slotCount, count);
  const members = indexes.map((slot): ReadMember => {
    const member: ReadMember = { profile: memberProfile(state, group, slot) };
    const readTime = filter === 'read' ? receipt.readTimes.get(slot) : undefined;
    if (readTime !== undefined) member.readTime = readTime;
    return member;
  });
  return { members, nextSeq: next === -1 ? '' : toCursor(next), isFinished: next === -1 };
}

export function memberProfile(state: BackendState, group: GroupRecord, slot: number): GroupMemberProfile {
  const userID = group.memberIDs[slot] as UserID;
  const user = state.users.get(userID);
  const profile: GroupMemberProfile = { userID };
  if (user?.nickname !== undefined) profile.nickname = user.nickname;
  if (user?.avatarURL !== undefined) profile.avatarURL = user.avatarURL;
  const nameCard = group.nameCards.get(slot);
  if (nameCard !== undefined) profile.nameCard = nameCard;
  return profile;
}
