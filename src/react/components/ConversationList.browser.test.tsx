import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ConversationSummary } from '../../core/types';
import '../styles.css';
import { ConversationList } from './ConversationList';
import { buildDirectConversation } from '../../../test/support/builders';

afterEach(() => cleanup());

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
async function settle(frames = 4) {
  for (let i = 0; i < frames; i++) await act(frame);
}

const many = Array.from({ length: 5000 }, (_, i): ConversationSummary => ({
  ...buildDirectConversation(),
  conversationID: `C2Cu${i}`,
  name: `User ${i}`,
  muted: false,
}));

function View({ onSelect, selectedID }: { onSelect?: (id: string) => void; selectedID?: string }) {
  return (
    <div className="rrr-root" style={{ blockSize: 480, inlineSize: 360 }}>
      <button type="button">before</button>
      <ConversationList conversations={many} onSelect={onSelect} selectedID={selectedID} />
      <button type="button">after</button>
    </div>
  );
}

const focusedName = () => (document.activeElement?.textContent ?? '').match(/User \d+/)?.[0];

describe('ConversationList keyboard in Chromium', () => {
  it('is one tab stop; arrows, Home and End move between conversations, scrolling the ones off screen in', async () => {
    const onSelect = vi.fn();
    render(<View onSelect={onSelect} />);
    await settle();
    (document.querySelector('button') as HTMLButtonElement).focus();
    await userEvent.keyboard('{Tab}');
    expect(focusedName()).toBe('User 0');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(focusedName()).toBe('User 3');
    await userEvent.keyboard('{ArrowUp}');
    expect(focusedName()).toBe('User 2');
    await userEvent.keyboard('{End}');
    await settle();
    expect(focusedName()).toBe('User 4999');
    expect((document.activeElement as HTMLElement).getBoundingClientRect().bottom).toBeLessThanOrEqual(
      (document.querySelector('.rrr-conversation-list') as HTMLElement).getBoundingClientRect().bottom + 1,
    );
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('C2Cu4999');
    await userEvent.keyboard('{Home}');
    await settle();
    expect(focusedName()).toBe('User 0');
    // One tab stop: Tab leaves the list, Shift+Tab comes back to the conversation last focused.
    await userEvent.keyboard('{ArrowDown}{Tab}');
    expect(document.activeElement?.textContent).toBe('after');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(focusedName()).toBe('User 1');
  });

  it('starts the tab stop at the open conversation', async () => {
    render(<View selectedID="C2Cu2" />);
    await settle();
    (document.querySelector('button') as HTMLButtonElement).focus();
    await userEvent.keyboard('{Tab}');
    expect(focusedName()).toBe('User 2');
  });
});
