import { render } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import '../styles.css';
import { SeenBy } from './SeenBy';

// WCAG 1.4.13, content on hover or focus: the names can be dismissed with Escape without
// moving the pointer or focus, and the pointer can move onto them without their vanishing.
const readers = ['Alice', 'Bob', 'Carol', 'Dave'].map((name) => ({ userID: name.toLowerCase(), nickname: name }));

function renderSeenBy() {
  const { container } = render(
    <div className="rrr-root" style={{ padding: '96px 24px 24px', inlineSize: 360 }}>
      <SeenBy readers={readers} readCount={4} onOpenMembers={() => {}} />
    </div>,
  );
  const names = container.querySelector('.rrr-seen-by-names') as HTMLElement;
  const button = container.querySelector('button.rrr-seen-by') as HTMLElement;
  const shown = () => getComputedStyle(names).opacity === '1';
  return { names, button, shown };
}

describe('SeenBy names in Chromium', () => {
  it('shows them on focus, hides them on Escape while focus stays, and shows them again on the next focus', async () => {
    const { button, shown } = renderSeenBy();
    button.focus();
    await expect.poll(shown).toBe(true);
    await userEvent.keyboard('{Escape}');
    expect(button).toHaveFocus();
    await expect.poll(shown).toBe(false);
    button.blur();
    button.focus();
    await expect.poll(shown).toBe(true);
  });

  it('hides them on Escape while hovered, and keeps them while the pointer moves onto them', async () => {
    const { names, button, shown } = renderSeenBy();
    await userEvent.hover(button);
    await expect.poll(shown).toBe(true);
    await userEvent.hover(names);
    expect(shown()).toBe(true);
    await userEvent.keyboard('{Escape}');
    await expect.poll(shown).toBe(false);
    await userEvent.unhover(names);
    await userEvent.hover(button);
    await expect.poll(shown).toBe(true);
  });
});

describe('SeenBy names near the top of a scrolling log', () => {
  it('open below the row where the log has no room above, and above it where it has', async () => {
    const { container } = render(
      <div className="rrr-root">
        <div role="log" style={{ overflowY: 'auto', blockSize: 240, inlineSize: 360, paddingBlock: 4 }}>
          <SeenBy readers={readers} readCount={4} onOpenMembers={() => {}} data-testid="top" />
          <div style={{ blockSize: 160 }} />
          <SeenBy readers={readers} readCount={4} onOpenMembers={() => {}} data-testid="low" />
        </div>
      </div>,
    );
    const log = container.querySelector('[role="log"]') as HTMLElement;
    const parts = (id: string) => {
      const row = container.querySelector(`[data-testid="${id}"]`) as HTMLElement;
      return { row, button: row.querySelector('button') as HTMLElement, names: row.querySelector('.rrr-seen-by-names') as HTMLElement };
    };
    const top = parts('top');
    await userEvent.hover(top.button);
    await expect.poll(() => getComputedStyle(top.names).opacity).toBe('1');
    // Inside the log's box, so its overflow clips none of it, and under the row.
    expect(top.names.getBoundingClientRect().top).toBeGreaterThanOrEqual(log.getBoundingClientRect().top);
    expect(top.names.getBoundingClientRect().top).toBeGreaterThanOrEqual(top.row.getBoundingClientRect().bottom);
    const low = parts('low');
    await userEvent.hover(low.button);
    await expect.poll(() => getComputedStyle(low.names).opacity).toBe('1');
    expect(low.names.getBoundingClientRect().bottom).toBeLessThanOrEqual(low.row.getBoundingClientRect().top);
    expect(low.names.getBoundingClientRect().top).toBeGreaterThanOrEqual(log.getBoundingClientRect().top);
  });
});
