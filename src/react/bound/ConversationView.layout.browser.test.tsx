import { render } from '@testing-library/react';
import { page } from 'vitest/browser';
import { createMockAdapter, presets } from '../../mock/index';
import { ChatProvider, LocaleProvider } from '../../index';
import '../styles.css';
import { ConversationView } from './ConversationView';

// What a person sees of the drop-in view, measured in real Chromium on the demo world: the team
// group holds one message from user3 and one from you ("me").
function setup(dir: 'ltr' | 'rtl' = 'ltr', size = { width: 640, height: 600 }) {
  const world = presets.demo({ companySize: 200 });
  const adapter = createMockAdapter(world.backend, 'me');
  render(
    <LocaleProvider locale="en" dir={dir}>
      <div dir={dir} style={{ inlineSize: size.width, blockSize: size.height }}>
        <ChatProvider adapter={adapter}>
          <ConversationView conversationID="GROUPteam" label="Design Team" />
        </ChatProvider>
      </div>
    </LocaleProvider>,
  );
  const log = page.getByRole('log', { name: 'Design Team' });
  return { world, log };
}

const rect = (el: Element | null | undefined) => {
  if (!el) throw new Error('element not found');
  return el.getBoundingClientRect();
};
const ownRow = () => document.querySelector('.rrr-message[data-own="true"]');
const otherRow = () => document.querySelector('.rrr-message[data-own="false"]');

describe('ConversationView layout in Chromium', () => {
  it('shows own messages at the end without your own avatar or name, and others with theirs', async () => {
    const { log } = setup();
    await expect.element(log.getByText('Please review the new palette by Friday.')).toBeVisible();
    const own = ownRow();
    expect(own?.querySelector('.rrr-avatar')).toBeNull();
    expect(own?.textContent).not.toContain('Alex Morgan');
    expect(otherRow()?.querySelector('.rrr-avatar')).not.toBeNull();
    const logBox = rect(log.element());
    // Own bubble hugs the end edge (within the row's padding), the other's the start edge.
    expect(logBox.right - rect(own?.querySelector('.rrr-bubble')).right).toBeLessThan(24);
    expect(rect(otherRow()?.querySelector('.rrr-avatar')).left - logBox.left).toBeLessThan(24);
  });

  it('mirrors in RTL: own messages on the left, the avatar on the right with the name beside it', async () => {
    const { log } = setup('rtl');
    await expect.element(log.getByText('Stand-up moved to 10:30.')).toBeVisible();
    const logBox = rect(log.element());
    expect(rect(ownRow()?.querySelector('.rrr-bubble')).left - logBox.left).toBeLessThan(24);
    const avatar = rect(otherRow()?.querySelector('.rrr-avatar'));
    const name = rect(otherRow()?.querySelector('.rrr-message-sender'));
    expect(logBox.right - avatar.right).toBeLessThan(24);
    // The name starts right next to the avatar, on its left.
    expect(avatar.left - name.right).toBeGreaterThanOrEqual(0);
    expect(avatar.left - name.right).toBeLessThan(16);
  });
});
