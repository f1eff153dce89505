import type { GroupMemberProfile, HistoryPage, MemberPage, ReadMember } from './types';
import { asRecord, describe, FieldError, optionalTime, own, requireBoolean, requireID, validateWith, type Fields } from './validate-fields';

/**
 * Checks one page of `getGroupMessageReadMemberList` from an adapter; throws a
 * MALFORMED_PAYLOAD ChatError naming the first bad field, so the reader list shows an error
 * with Retry instead of crashing. Returns fresh objects with only the known fields.
 */
export function validateMemberPage(input: unknown): MemberPage {
  const result = validateWith('member page', () => {
    const record = asRecord(input, 'page');
    const members = own(record, 'members');
    if (!Array.isArray(members)) throw new FieldError(`members must be an array, got ${describe(members)}`);
    const nextSeq = own(record, 'nextSeq');
    if (typeof nextSeq !== 'string') throw new FieldError(`nextSeq must be a string, got ${describe(nextSeq)}`);
    return { members: members.map(readMember), nextSeq, isFinished: requireBoolean(record, 'isFinished') };
  });
  if (!result.ok) throw result.error;
  return result.value;
}

function readMember(input: unknown, index: number): ReadMember {
  const record = asRecord(input, `members[${index}]`);
  const member: ReadMember = { profile: readProfile(asRecord(own(record, 'profile'), `members[${index}].profile`)) };
  const readTime = optionalTime(record, 'readTime');
  if (readTime !== undefined) member.readTime = readTime;
  return member;
}

function readProfile(record: Fields): GroupMemberProfile {
  const profile: GroupMemberProfile = { userID: requireID(record, 'userID') };
  // Optional display fields of the wrong type are dropped, not fatal: the row falls back to the ID.
  for (const key of ['nickname', 'avatarURL', 'nameCard'] as const) {
    const value = own(record, key);
    if (typeof value === 'string') profile[key] = value;
  }
  return profile;
}

/**
 * Checks the frame of one `getMessageHistory` page (each message is checked on its own by
 * the store, so one bad message does not lose the page): a MALFORMED_PAYLOAD ChatError
 * otherwise. Returns a fresh page; its messages are left unchecked.
 */
export function validateHistoryPage(input: unknown): HistoryPage {
  const result = validateWith('history page', () => {
    const record = asRecord(input, 'page');
    const messages = own(record, 'messages');
    if (!Array.isArray(messages)) throw new FieldError(`messages must be an array, got ${describe(messages)}`);
    const nextCursor = own(record, 'nextCursor');
    if (typeof nextCursor !== 'string') throw new FieldError(`nextCursor must be a string, got ${describe(nextCursor)}`);
    return { messages: messages as HistoryPage['messages'], nextCursor, isFinished: requireBoolean(record, 'isFinished') };
  });
  if (!result.ok) throw result.error;
  return result.value;
}
