import { useEffect, type RefObject } from 'react';

/**
 * A reader at the bottom stays there when the log itself gets shorter: a bar shown above or
 * under it, a composer growing a line, a phone keyboard opening. The browser keeps scrollTop,
 * which would cut the newest message off by exactly the height the log lost. The observer
 * runs after layout and before paint, so no frame shows the message cut off.
 */
export function useKeepBottom(scrollRef: RefObject<HTMLElement | null>, atBottomRef: RefObject<boolean>): void {
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let height = el.clientHeight;
    const observer = new ResizeObserver(() => {
      const shrunk = el.clientHeight < height;
      height = el.clientHeight;
      if (shrunk && atBottomRef.current) el.scrollTop = el.scrollHeight;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [scrollRef, atBottomRef]);
}
