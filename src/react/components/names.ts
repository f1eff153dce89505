import type { GroupMemberProfile } from '../../core/types';

/** The name shown for a member: name card in the group, then nickname, then user ID. */
export function displayName(profile: GroupMemberProfile): string {
  return profile.nameCard?.trim() || profile.nickname?.trim() || profile.userID;
}

/** One or two letters for an avatar without an image; grapheme-safe for emoji and CJK. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = firstGrapheme(words[0] ?? '');
  const second = words.length > 1 ? firstGrapheme(words[words.length - 1] ?? '') : '';
  return (first + second).toLocaleUpperCase() || '?';
}

function firstGrapheme(word: string): string {
  return Array.from(word)[0] ?? '';
}
