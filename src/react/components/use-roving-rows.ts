import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

interface RovingRows {
  /** The row that is the list's one tab stop. */
  activeIndex: number;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onFocus: (event: FocusEvent<HTMLElement>) => void;
}

/**
 * A virtualized list of row buttons as one tab stop (thousands of Tab presses otherwise):
 * arrows, Page Up/Down, Home and End move focus between rows, scrolling a row that is not
 * rendered yet into view and focusing it once it is. Rows carry `data-index` on an ancestor.
 */
export function useRovingRows(
  count: number,
  selectedIndex: number,
  pageRows: number,
  scrollToIndex: (index: number) => void,
  container: RefObject<HTMLElement | null>,
): RovingRows {
  const [moved, setMoved] = useState<number | null>(null);
  const pendingFocus = useRef<number | null>(null);
  const activeIndex = Math.max(0, Math.min(count - 1, moved ?? (selectedIndex >= 0 ? selectedIndex : 0)));

  // Runs after every render: the row asked for may only be rendered once the scroll lands.
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const row = container.current?.querySelector<HTMLElement>(`[data-index="${index}"] button`);
    if (!row) return;
    pendingFocus.current = null;
    row.focus({ preventScroll: true });
  });

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: pageRows, PageUp: -pageRows };
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? count - 1 : event.key in step ? activeIndex + (step[event.key] as number) : null;
    if (next === null || count === 0) return;
    event.preventDefault();
    const index = Math.max(0, Math.min(count - 1, next));
    setMoved(index);
    pendingFocus.current = index;
    scrollToIndex(index);
  };

  // A click or Shift+Tab onto a row makes it the tab stop.
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const index = Number(event.target.closest<HTMLElement>('[data-index]')?.dataset.index);
    if (Number.isInteger(index) && index !== activeIndex && pendingFocus.current === null) setMoved(index);
  };
  return { activeIndex, onKeyDown, onFocus };
}
