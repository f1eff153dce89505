import type { GroupMemberProfile } from '../../core/types';
import { withoutBidiControls } from './bidi';

/** The name shown for a member: name card in the group, then nickname, then user ID. */
export function displayName(profile: GroupMemberProfile): string {
  return firstVisible(profile.nameCard, profile.nickname) ?? profile.userID;
}

// Spaces and characters that draw nothing (zero-width spaces and joiners, bidi controls, the
// Hangul filler, ...): a name made only of these would show as a blank row.
const INVISIBLE = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}]*$/u;

/** The first of `names` that draws something, trimmed; undefined when none does. */
export function firstVisible(...names: (string | undefined)[]): string | undefined {
  for (const name of names) {
    if (name !== undefined && !INVISIBLE.test(name)) return name.trim();
  }
  return undefined;
}

/** Longest name laid out in full; it is cut visually long before this anyway. */
const SHOWN_NAME = 200;

/**
 * The part of a name worth laying out. A name is shown on one truncated line, but Chromium
 * still shapes all of it: a hostile 1 MB nickname would stall every row that shows it. The
 * full name stays in the element's title (and so in its accessible description).
 */
export function shownName(name: string): string {
  const clean = withoutBidiControls(name);
  if (clean.length <= SHOWN_NAME) return clean;
  const cut = /[\uD800-\uDBFF]/.test(clean[SHOWN_NAME - 1] ?? '') ? SHOWN_NAME - 1 : SHOWN_NAME;
  return `${clean.slice(0, cut)}…`;
}

/** One or two letters for an avatar without an image: whole graphemes (a family emoji, "é" as e + accent). */
export function initials(name: string): string {
  const words = withoutBidiControls(name).trim().split(/\s+/).filter(Boolean);
  const first = firstGrapheme(words[0] ?? '');
  const second = words.length > 1 ? firstGrapheme(words[words.length - 1] ?? '') : '';
  return (first + second).toLocaleUpperCase() || '?';
}

let segmenter: Intl.Segmenter | undefined;

function firstGrapheme(word: string): string {
  if (typeof Intl.Segmenter !== 'function') return Array.from(word)[0] ?? '';
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of segmenter.segment(word)) return segment;
  return '';
}
