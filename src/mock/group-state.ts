import { ChatError, ErrorCode } from '../core';
import type { GroupID, GroupType, UserID } from '../core';
import { clearBit, grow, hasBit, setBit, wordCount } from './bitset';
import type { MessageRecord } from './message-state';
import { ReadPositions } from './read-positions';

/**
 * A group's membership, by slot: a member's slot is its position in join order and never
 * changes, so bitsets over slots stay valid while members come and go. A member who leaves
 * keeps the slot and gets it back on rejoining.
 *
 * `active` (who is a member now) is shared copy-on-write with the messages sent under it:
 * each message keeps the bitset of its send time, so the members eligible to read it are
 * fixed then. Appending a slot writes in place (older messages never look past their own
 * slot count); any other change copies the bitset first if a message holds it.
 */
export interface GroupRecord {
  groupID: GroupID;
  name: string;
  type: GroupType;
  avatarURL: string | undefined;
  memberIDs: UserID[];
  slotOf: Map<UserID, number>;
  nameCards: Map<number, string>;
  active: Uint32Array;
  activeShared: boolean;
  activeCount: number;
  messages: MessageRecord[];
  /** Each member's read position (the unread count and `markConversationRead`). */
  reads: ReadPositions;
}

export function createGroupRecord(groupID: GroupID, name: string, type: GroupType, avatarURL?: string): GroupRecord {
  return {
    groupID,
    name,
    type,
    avatarURL,
    memberIDs: [],
    slotOf: new Map(),
    nameCards: new Map(),
    active: new Uint32Array(4),
    activeShared: false,
    activeCount: 0,
    messages: [],
    reads: new ReadPositions(),
  };
}

export function isMember(group: GroupRecord, userID: UserID): boolean {
  const slot = group.slotOf.get(userID);
  return slot !== undefined && hasBit(group.active, slot);
}

/** Adds a member (or re-adds one who left). Returns false when already a member. */
export function joinGroup(group: GroupRecord, userID: UserID, nameCard?: string): boolean {
  let slot = group.slotOf.get(userID);
  if (slot !== undefined && hasBit(group.active, slot)) return false;
  if (slot === undefined) {
    slot = group.memberIDs.length;
    group.memberIDs.push(userID);
    group.slotOf.set(userID, slot);
    // A new slot is past every shared snapshot's slot count, so growing by copy or writing in
    // place never changes what an older message sees.
    if (wordCount(slot + 1) > group.active.length) {
      group.active = grow(group.active, slot + 1);
      group.activeShared = false;
    }
  } else {
    unshare(group);
  }
  setBit(group.active, slot);
  group.activeCount += 1;
  if (nameCard !== undefined) group.nameCards.set(slot, nameCard);
  // What was said before joining is not theirs to read: it never counts as unread.
  if (group.messages.length > 0) group.reads.mark(userID, group.messages.length, 0);
  return true;
}

export function leaveGroup(group: GroupRecord, userID: UserID): void {
  const slot = group.slotOf.get(userID);
  if (slot === undefined || !hasBit(group.active, slot)) {
    throw new ChatError(ErrorCode.INVALID_PARAMETER, `${JSON.stringify(userID)} is not a member of group ${JSON.stringify(group.groupID)}`);
  }
  unshare(group);
  clearBit(group.active, slot);
  group.activeCount -= 1;
}

/** Hands out the current membership to a message; later changes copy before writing. */
export function snapshotMembers(group: GroupRecord): { eligible: Uint32Array; slotCount: number } {
  group.activeShared = true;
  return { eligible: group.active, slotCount: group.memberIDs.length };
}

function unshare(group: GroupRecord): void {
  if (!group.activeShared) return;
  group.active = group.active.slice();
  group.activeShared = false;
}
