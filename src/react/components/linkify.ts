import { safeLinkURL } from './safe-url';

export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

// Case-insensitive: HTTPS://EXAMPLE.COM and MailTo: are links too.
const CANDIDATE = /\b(?:https?:\/\/|mailto:)[^\s<>"]+/gi;
// Sentence punctuation after a URL belongs to the sentence, not the link.
const TRAILING = /[.,;:!?'")\]}]+$/;

/** Splits plain text into text and http/https/mailto link parts. Never produces markup. */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const start = match.index;
    const raw = match[0];
    const candidate = unbalancedParen(raw.replace(TRAILING, ''), raw);
    const href = safeLinkURL(candidate);
    if (!href || candidate.length <= candidate.indexOf(':') + 1) continue;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', text: candidate, href });
    last = start + candidate.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

// Keep a closing paren that balances one inside the URL (Wikipedia links).
function unbalancedParen(trimmed: string, raw: string): string {
  const opens = trimmed.split('(').length - 1;
  const closes = trimmed.split(')').length - 1;
  if (opens > closes && raw.charAt(trimmed.length) === ')') return `${trimmed})`;
  return trimmed;
}
