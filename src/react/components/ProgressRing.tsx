const RADIUS = 6;

/** What every 16px status icon's `<svg>` carries: decorative, never a tab stop (old Edge/IE). */
export const ICON = { viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': true, focusable: false } as const;
// A literal, not 2 * Math.PI * RADIUS: bundlers keep a module-level read of Math.PI in every app.
const CIRCUMFERENCE = 37.69911184307752;

/** A 16px ring filled by `value` (0..1). Decorative: the badge text says the same. */
export function ProgressRing({ value }: { value: number }) {
  const filled = Math.min(1, Math.max(0, value)) * CIRCUMFERENCE;
  return (
    <svg {...ICON} className="rrr-ring">
      <circle className="rrr-ring-track" cx="8" cy="8" r={RADIUS} />
      <circle
        className="rrr-ring-fill"
        cx="8"
        cy="8"
        r={RADIUS}
        strokeDasharray={`${filled} ${CIRCUMFERENCE}`}
        transform="rotate(-90 8 8)"
      />
    </svg>
  );
}
