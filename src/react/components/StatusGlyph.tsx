import type { ReactElement } from 'react';
import type { StatusGlyphName } from './badge-model';
import { ICON, ProgressRing } from './ProgressRing';

/**
 * The small icon beside a message's time. Decorative: the status text beside it says the same,
 * so the accessible name stays the text alone (WCAG 2.5.3).
 */
export function StatusGlyph({ name, progress = 0 }: { name: StatusGlyphName; progress?: number }) {
  if (name === 'ring') return <ProgressRing value={progress} />;
  return (
    <svg {...ICON} className="rrr-glyph" data-glyph={name}>
      {PATHS[name]}
    </svg>
  );
}

const PATHS: Record<Exclude<StatusGlyphName, 'ring'>, ReactElement> = {
  clock: (
    <>
      <circle cx="8" cy="8" r="6" />
      <path d="M8 4.75V8l2.25 1.5" />
    </>
  ),
  check: <path d="M3.5 8.5l3 3 6-7" />,
  alert: (
    <>
      <circle className="rrr-glyph-solid" cx="8" cy="8" r="7" />
      <path className="rrr-glyph-knockout" d="M8 4.25v4.5M8 11.25v.5" />
    </>
  ),
  'check-filled': (
    <>
      <circle className="rrr-glyph-solid" cx="8" cy="8" r="7" />
      <path className="rrr-glyph-knockout" d="M4.75 8.25l2.25 2.25 4.25-4.75" />
    </>
  ),
  'check-read': <path d="M1.25 8.5l3 3 6-7M7.25 11l.5.5 6-7" />,
};
