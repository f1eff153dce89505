import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

/** What every bench scenario shares: one React root in #stage, and ways to wait for frames. */

const stage = document.getElementById('stage') as HTMLElement;
let root: Root | null = null;

export function unmount(): void {
  root?.unmount();
  root = null;
  stage.replaceChildren();
}

export function mount(node: ReactNode): void {
  unmount();
  root = createRoot(stage);
  root.render(node);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
export const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** Resolves after the next paint: a task queued from a rAF callback runs once the frame is out. */
export const afterPaint = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );
/**
 * The first rendering frame whose DOM passes `check`, checked in each animation frame callback
 * (which runs just before that frame's style, layout and paint): when it started its callbacks
 * and when the task after its paint ran. A task the page queued for after that paint can run
 * before the latter, so the former bounds the first paint from below.
 */
export function firstFrameWith(check: () => boolean): Promise<{ frameAt: number; paintedAt: number }> {
  return new Promise((resolve) => {
    const onFrame = () => {
      if (!check()) {
        requestAnimationFrame(onFrame);
        return;
      }
      const frameAt = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ frameAt, paintedAt: performance.now() });
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(onFrame);
  });
}
export const frameID = () => Number(document.timeline.currentTime ?? -1);

export async function until(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error('timed out waiting for the page');
    await sleep(5);
  }
}

// Long tasks, observed for the whole page life; scenarios read the ones inside their window.
const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

export function tasksIn(from: number, to: number) {
  return longTasks.filter((t) => t.start >= from && t.start <= to);
}

/** Counts rAF frames and their intervals while running. */
export function frameRecorder() {
  const stamps: number[] = [];
  let running = true;
  const loop = (t: number) => {
    stamps.push(t);
    if (running) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  return {
    stop: () => {
      running = false;
      return stamps;
    },
  };
}

