import type { MessageID } from '../core/types';

/**
 * One IntersectionObserver per provider for every message bubble. A message counts as read
 * once at least `threshold` of it is visible while the page is visible; those seen while the
 * page is hidden are reported when it becomes visible, if still in view. Each element is
 * reported once and then no longer observed.
 */
export class VisibilityReporter {
  private readonly elements = new Map<Element, MessageID>();
  private readonly inView = new Set<Element>();
  private observer: IntersectionObserver | undefined;

  constructor(
    private readonly report: (messageIDs: MessageID[]) => void,
    private readonly threshold = 0.5,
  ) {}

  /** Starts observing (provider mount); returns the stop for unmount. */
  start(): () => void {
    if (this.observer || typeof IntersectionObserver === 'undefined' || typeof document === 'undefined') {
      return () => {};
    }
    // Extra thresholds let a bubble taller than the viewport count once it fills half of it.
    const observer = new IntersectionObserver((entries) => this.onEntries(entries), {
      threshold: [0.1, 0.25, this.threshold, 1],
    });
    this.observer = observer;
    for (const element of this.elements.keys()) observer.observe(element);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    return () => {
      observer.disconnect();
      if (this.observer === observer) this.observer = undefined;
      this.inView.clear();
      document.removeEventListener('visibilitychange', this.onVisibilityChange);
    };
  }

  observe(element: Element, messageID: MessageID): void {
    this.elements.set(element, messageID);
    this.observer?.observe(element);
  }

  unobserve(element: Element): void {
    this.elements.delete(element);
    this.inView.delete(element);
    this.observer?.unobserve(element);
  }

  private onEntries(entries: readonly IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      // Browsers round ratios: 0.4999 at the threshold crossing still means half visible.
      const visible = entry.isIntersecting && (entry.intersectionRatio >= this.threshold - 0.01 || this.fillsView(entry));
      if (visible && this.elements.has(entry.target)) this.inView.add(entry.target);
      else this.inView.delete(entry.target);
    }
    if (document.visibilityState === 'visible') this.flush();
  }

  /** A message too tall to ever be half visible counts once it covers half the viewport. */
  private fillsView(entry: IntersectionObserverEntry): boolean {
    const view = entry.rootBounds?.height ?? (typeof window === 'undefined' ? 0 : window.innerHeight);
    return view > 0 && (entry.intersectionRect?.height ?? 0) >= view * this.threshold - 1;
  }

  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'visible') this.flush();
  };

  private flush(): void {
    const ids: MessageID[] = [];
    for (const element of this.inView) {
      const id = this.elements.get(element);
      if (id !== undefined) ids.push(id);
      this.unobserve(element);
    }
    this.inView.clear();
    if (ids.length > 0) this.report(ids);
  }
}
