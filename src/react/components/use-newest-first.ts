import { useEffect, useMemo, useState } from 'react';
import type { Message } from '../../core/types';

/** Messages a long history paints first: more than any screen holds, few enough to lay out at once. */
export const FIRST_PAINT_MESSAGES = 500;

/**
 * Opening a conversation with a long history: the first paint holds only its newest messages,
 * and the rest join once that frame is out, as if an older page had loaded (the list keeps
 * the reader's place). At 100,000 messages this keeps the virtualizer's pass over every row
 * off the way to the first paint; the history is whole a frame later.
 */
export function useNewestFirst(messages: readonly Message[]): readonly Message[] {
  const [whole, setWhole] = useState(() => messages.length <= FIRST_PAINT_MESSAGES);
  useEffect(() => {
    if (whole) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A task queued from the next animation frame runs after that frame has painted.
    const reveal = () => {
      timer = setTimeout(() => setWhole(true), 0);
    };
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(reveal) : (reveal(), undefined);
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [whole]);
  return useMemo(
    () => (whole || messages.length <= FIRST_PAINT_MESSAGES ? messages : messages.slice(-FIRST_PAINT_MESSAGES)),
    [whole, messages],
  );
}
