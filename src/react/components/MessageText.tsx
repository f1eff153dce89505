import { Fragment, useMemo } from 'react';
import { breakable } from './breakable';
import { linkify } from './linkify';

/**
 * Message text as React text nodes (never HTML), with http/https/mailto links. `dir="auto"`:
 * the text takes the direction of its first strong letter, so an English line in an RTL chat
 * keeps its full stop at the end (and Hebrew in an LTR one reads right to left).
 */
export function MessageText({ text }: { text: string }) {
  const parts = useMemo(() => linkify(text), [text]);
  return (
    <p className="rrr-message-text" dir="auto">
      {parts.map((part, index) =>
        part.kind === 'link' ? (
          <a key={index} href={part.href} target="_blank" rel="noopener noreferrer" title={part.label === part.text ? undefined : part.text}>
            {breakable(part.label)}
          </a>
        ) : (
          <Fragment key={index}>{breakable(part.text)}</Fragment>
        ),
      )}
    </p>
  );
}
