import { Fragment, type ReactNode } from 'react';

/** Longest run of characters without a break opportunity that is rendered as is. */
const RUN = 64;
const UNBROKEN = /* @__PURE__ */ new RegExp(`\\S{${RUN + 1},}`, 'g');

/**
 * Text with a `<wbr>` every 64 characters inside long runs without spaces. Chromium lays out
 * one unbroken "word" in time that grows with its square (64 KB took seconds, 1 MB minutes),
 * so a hostile message could freeze the tab; `<wbr>` adds break points and no characters, so
 * the text, its copy and its accessible name stay exactly what was sent.
 */
export function breakable(text: string): ReactNode {
  if (text.length <= RUN) return text;
  const out: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(UNBROKEN)) {
    const start = match.index;
    if (start > last) out.push(text.slice(last, start));
    const run = match[0];
    for (let i = 0; i < run.length; ) {
      let end = Math.min(i + RUN, run.length);
      // Never split a surrogate pair between two text nodes.
      if (end < run.length && isHighSurrogate(run.charCodeAt(end - 1))) end -= 1;
      out.push(<Fragment key={start + i}>{run.slice(i, end)}{end < run.length && <wbr />}</Fragment>);
      i = end;
    }
    last = start + run.length;
  }
  if (out.length === 0) return text;
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
