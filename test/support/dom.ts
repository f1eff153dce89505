import { act } from '@testing-library/react';
import axe from 'axe-core';
import type { MemberListState } from '../../src/react/member-list-state';

/**
 * Fails with the list of axe violations inside `container`. jsdom has no layout, so
 * contrast is checked by the storybook project in Chromium instead.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
  if (summary.length > 0) throw new Error(`axe violations:\n${summary.join('\n')}`);
}

export function memberListState(overrides: Partial<MemberListState> = {}): MemberListState {
  return {
    status: 'ready',
    members: [],
    error: null,
    hasMore: false,
    moreStatus: 'idle',
    loadMore: () => {},
    retry: () => {},
    ...overrides,
  };
}

/** jsdom lacks `showModal`/`close`; enough of them for focus and open-state tests. */
export function polyfillDialog(): void {
  const proto = globalThis.HTMLDialogElement?.prototype;
  if (!proto || typeof proto.showModal === 'function') return;
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.show = proto.showModal;
  proto.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

/** jsdom has no layout: give scroll containers a size so virtualizers render rows. */
export function fakeLayout(height = 480, width = 360): () => void {
  const h = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  const w = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth');
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => height });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => width });
  return () => {
    if (h) Object.defineProperty(HTMLElement.prototype, 'clientHeight', h);
    if (w) Object.defineProperty(HTMLElement.prototype, 'clientWidth', w);
  };
}

/** Lets the next animation frame run inside act(), with the state updates its callbacks make. */
export async function nextFrame(): Promise<void> {
  await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}
