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
