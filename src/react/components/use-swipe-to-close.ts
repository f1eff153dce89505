import { useRef, type PointerEvent } from 'react';

/** How far down a sheet must be dragged to close, in px; a shorter drag springs back. */
export const SWIPE_CLOSE_DISTANCE = 80;
/** Where styles.css makes the drawer a bottom sheet. */
const BOTTOM_SHEET = '(max-width: 40rem)';

/**
 * Drag a bottom sheet down by its grab handle to close it, as on a phone. The sheet follows
 * the pointer (a transform, so nothing reflows) and closes past `SWIPE_CLOSE_DISTANCE`.
 * A pointer alternative to the Close button and Escape, never the only way (WCAG 2.5.1).
 */
export function useSwipeToClose(sheet: () => HTMLElement | null, close: () => void) {
  const start = useRef<{ id: number; y: number } | null>(null);
  const offset = (event: PointerEvent) => Math.max(0, event.clientY - (start.current?.y ?? event.clientY));
  const reset = () => {
    start.current = null;
    const el = sheet();
    if (el) el.style.translate = '';
  };
  return {
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      // Buttons keep their clicks (capture would retarget them), and only the bottom sheet of
      // narrow screens drags: the side sheet has no edge to drag towards.
      if (event.button !== 0 || (event.target as Element).closest('button')) return;
      if (!matchMedia(BOTTOM_SHEET).matches) return;
      start.current = { id: event.pointerId, y: event.clientY };
      // Capture keeps the drag when the finger leaves the handle; a pointer already lifted (or
      // one a script made up) has nothing to capture, and the drag works without it.
      try {
        event.currentTarget.setPointerCapture(event.pointerId);
      } catch {
        /* no active pointer */
      }
    },
    onPointerMove: (event: PointerEvent<HTMLElement>) => {
      if (start.current?.id !== event.pointerId) return;
      const el = sheet();
      if (el) el.style.translate = `0 ${offset(event)}px`;
    },
    onPointerUp: (event: PointerEvent<HTMLElement>) => {
      if (start.current?.id !== event.pointerId) return;
      const far = offset(event) >= SWIPE_CLOSE_DISTANCE;
      reset();
      if (far) close();
    },
    onPointerCancel: reset,
  };
}
