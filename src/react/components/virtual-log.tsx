import { forwardRef, useRef, useState, type RefObject } from 'react';
import type { CustomItemComponentProps, VirtualizerHandle } from 'virtua';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';

/** virtua's row element: the row itself is what it positions and measures. */
export const VirtualRow = /* @__PURE__ */ forwardRef<HTMLDivElement, CustomItemComponentProps>(function VirtualRow({ style, index, children }, ref) {
  return (
    <div ref={ref} className="rrr-message-row" data-virtua="" data-index={index} style={style}>
      {children}
    </div>
  );
});

/**
 * How the log renders its rows. virtua sizes the log and each row with a ResizeObserver, in
 * the frame after its first commit, and keeps rows hidden until then. So the newest rows are
 * first rendered plainly at the bottom of the log (`plain`, also the server's render), and the
 * first frame lays out only those; virtua mounts under them in the next frame (`measuring`)
 * and takes over once its rows are measured (`virtual`), before that frame's paint: no
 * frame shows an empty log. Where there is no ResizeObserver (jsdom)
 * every row is rendered plainly, for good (`all`).
 */
export type LogPhase = 'plain' | 'measuring' | 'virtual' | 'all';

export function useLogPhase(scrollRef: RefObject<HTMLElement | null>, count: number) {
  const [phase, setPhase] = useState<LogPhase>('plain');
  const plainRef = useRef<HTMLDivElement>(null);
  useIsomorphicLayoutEffect(() => {
    if (typeof ResizeObserver === 'undefined') {
      setPhase('all');
      return;
    }
    // After the first paint: that frame lays out the plain rows alone.
    const frame = requestAnimationFrame(() => setPhase('measuring'));
    return () => cancelAnimationFrame(frame);
  }, []);
  // Called from virtua's resize callback. The plain rows are hidden there, before the frame's
  // paint, and leave with the next render: a render forced inside the browser's
  // ResizeObserver pass would also flush other pending updates (a bar that appears), resize
  // the log there and make the browser report a loop.
  const takeOver = () => {
    if (phase !== 'measuring') return;
    // virtua measures the rows it mounted in one pass: one shown means all of them are.
    const shown = [...(scrollRef.current?.querySelectorAll<HTMLElement>('[data-virtua]') ?? [])].some((row) => row.style.visibility !== 'hidden');
    if (count > 0 && !shown) return;
    if (plainRef.current) plainRef.current.style.visibility = 'hidden';
    setPhase('virtual');
  };
  return [phase, takeOver, plainRef] as const;
}

/**
 * virtua applies a measurement by rendering inside the browser's ResizeObserver pass. Where
 * the log's height follows its rows (a short history in a layout that does not fix it), that
 * resizes the log inside the pass, and the browser reports a ResizeObserver loop (an error in
 * every app's console). So the rows' box holds the log at the height the pass measured, and
 * lets go in the next frame, when the log grows outside the pass.
 */
export function useHoldLogSize(scrollRef: RefObject<HTMLElement | null>, listRef: RefObject<VirtualizerHandle | null>) {
  const rowsRef = useRef<HTMLDivElement>(null);
  const hold = () => {
    const el = scrollRef.current;
    const rows = rowsRef.current;
    const measured = listRef.current?.viewportSize;
    if (!el || !rows || !measured || el.clientHeight === measured) return;
    rows.style.blockSize = `${rows.offsetHeight - (el.clientHeight - measured)}px`;
    requestAnimationFrame(() => {
      rows.style.blockSize = '';
    });
  };
  return [rowsRef, hold] as const;
}
