import { useEffect, useState, type FocusEvent, type KeyboardEvent as ReactKeyboardEvent, type MouseEvent } from 'react';

/** Where the names open: over the row, or under it where whatever scrolls it has no room above. */
export type NamesPlacement = 'above' | 'below';

/**
 * The hover and focus names of a row (WCAG 1.4.13): Escape hides them without moving the
 * pointer or focus, and the next hover or focus shows them again; a hovered row hears Escape
 * wherever focus is. Each hover or focus also picks the side with room, measured against the
 * nearest ancestor that clips (a chat log scrolls, so its top clips a row's names).
 */
export function useNamesTooltip() {
  const [dismissed, setDismissed] = useState(false);
  const [hovered, setHovered] = useState(false);
  const [placement, setPlacement] = useState<NamesPlacement>('above');
  useEffect(() => {
    if (!hovered || dismissed) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setDismissed(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [hovered, dismissed]);
  const show = (row: HTMLElement) => {
    setDismissed(false);
    setPlacement(placementOf(row));
  };
  return {
    dismissed,
    placement,
    onMouseEnter: (event: MouseEvent<HTMLElement>) => {
      setHovered(true);
      show(event.currentTarget);
    },
    onMouseLeave: () => setHovered(false),
    onFocus: (event: FocusEvent<HTMLElement>) => show(event.currentTarget),
    onKeyDown: (event: ReactKeyboardEvent<HTMLElement>) => {
      if (event.key === 'Escape') setDismissed(true);
    },
  };
}

const GAP = 4;

function placementOf(row: HTMLElement): NamesPlacement {
  const names = row.querySelector<HTMLElement>('[role="tooltip"]');
  if (!names) return 'above';
  const box = row.getBoundingClientRect();
  const clip = clippingBox(row);
  const needed = names.offsetHeight + GAP;
  const above = box.top - clip.top;
  const below = clip.bottom - box.bottom;
  return above < needed && below > above ? 'below' : 'above';
}

/** The box of the nearest ancestor whose overflow clips, or the viewport's. */
function clippingBox(element: HTMLElement): { top: number; bottom: number } {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent);
    if (overflowY !== 'visible') {
      const { top, bottom } = parent.getBoundingClientRect();
      return { top, bottom };
    }
  }
  return { top: 0, bottom: window.innerHeight };
}
