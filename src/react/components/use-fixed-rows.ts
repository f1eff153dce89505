import { useState, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';

interface FixedRows {
  /** First and last row to render, overscan included; none before the list is laid out. */
  first: number;
  last: number;
  /** The scroll container's height, 0 before it is laid out. */
  viewportHeight: number;
  /** Scrolls the least that shows the row whole. */
  scrollToIndex: (index: number) => void;
}

/**
 * Windowing for lists whose rows all have one fixed height (conversations, members): the
 * rows to render follow from scrollTop and the container's height alone, so nothing is
 * measured, the rows are there in the first commit (read in a layout effect, before paint)
 * and in jsdom. The rows start at the top of the scroll container. The range is state only
 * when it changes, so scrolling within a row re-renders nothing.
 */
export function useFixedRows(scrollRef: RefObject<HTMLElement | null>, count: number, rowHeight: number, overscan: number): FixedRows {
  const [view, setView] = useState({ top: 0, height: 0, measured: false });
  useIsomorphicLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    // Rounded to whole rows: a scroll that crosses no row boundary keeps the same state.
    const read = () => {
      const top = Math.floor(el.scrollTop / rowHeight);
      const height = el.clientHeight;
      setView((v) => (v.measured && v.top === top && v.height === height ? v : { top, height, measured: true }));
    };
    read();
    el.addEventListener('scroll', read, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(read);
    observer?.observe(el);
    return () => {
      el.removeEventListener('scroll', read);
      observer?.disconnect();
    };
  }, [scrollRef, rowHeight]);
  // From the top of the first row in view, which scrollTop may be up to a row past.
  const visibleEnd = view.top + Math.ceil(view.height / rowHeight);
  const scrollToIndex = (index: number) => {
    const el = scrollRef.current;
    if (!el) return;
    const top = index * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
  };
  return {
    first: view.measured ? Math.max(0, view.top - overscan) : 0,
    last: view.measured ? Math.min(count - 1, visibleEnd + overscan) : -1,
    viewportHeight: view.height,
    scrollToIndex,
  };
}
