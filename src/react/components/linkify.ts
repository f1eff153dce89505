import { withoutBidiControls } from './bidi';
import { safeLinkURL } from './safe-url';

/**
 * A piece of message text. A link keeps `text` as written; `label` is what is shown: the real
 * host (its ASCII form where the written one is not ASCII or hides behind a user name), with
 * bidi controls removed, so the shown text names where the link goes.
 */
export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string; label: string };

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
    parts.push({ kind: 'link', text: candidate, href, label: honestLabel(candidate, href) });
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

/** The written link with its host as the browser will resolve it. */
function honestLabel(written: string, href: string): string {
  const clean = withoutBidiControls(written);
  const url = new URL(href);
  if (url.protocol === 'mailto:') {
    const queryAt = clean.search(/[?#]/);
    const address = queryAt < 0 ? clean : clean.slice(0, queryAt);
    const at = address.lastIndexOf('@');
    if (at < 0) return clean;
    const domain = address.slice(at + 1);
    const ascii = asciiHost(domain);
    return ascii === undefined || ascii === domain.toLowerCase() ? clean : `${address.slice(0, at + 1)}${ascii}${clean.slice(address.length)}`;
  }
  const start = clean.indexOf('//') + 2;
  const rest = clean.slice(start).search(/[/?#\\]/);
  const end = rest < 0 ? clean.length : start + rest;
  const authority = clean.slice(start, end);
  return authority.toLowerCase() === url.host ? clean : `${clean.slice(0, start)}${url.host}${clean.slice(end)}`;
}

function asciiHost(domain: string): string | undefined {
  try {
    return new URL(`http://${domain}`).hostname;
  } catch {
    return undefined;
  }
}
