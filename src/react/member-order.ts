import type { ReadMember } from '../core/types';

/**
 * Readers newest first, as chat apps list them: by read time, latest on top; members without
 * a read time (the unread tab, or a backend that gives none) keep the order they came in.
 * Stable, and returns the same array when it is already in order, so memoized rows stay.
 */
export function newestReadersFirst(members: ReadMember[]): ReadMember[] {
  const time = (member: ReadMember) => (Number.isFinite(member.readTime) ? (member.readTime as number) : -Infinity);
  let sorted = true;
  for (let i = 1; i < members.length && sorted; i += 1) sorted = time(members[i - 1] as ReadMember) >= time(members[i] as ReadMember);
  if (sorted) return members;
  return members
    .map((member, index) => ({ member, index }))
    .sort((a, b) => time(b.member) - time(a.member) || a.index - b.index)
    .map(({ member }) => member);
}
