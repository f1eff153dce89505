import { render } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
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

  it('sits a short history next to the composer, under a header with the name and member count', async () => {
    const { log } = setup();
    await expect.element(page.getByRole('heading', { name: 'Design Team' })).toBeVisible();
    await expect.element(page.getByText('20 members')).toBeVisible();
    await expect.element(log.getByText('Please review the new palette by Friday.')).toBeVisible();
    const rows = log.element().querySelectorAll('.rrr-message');
    const last = rect(rows[rows.length - 1]);
    const composer = rect(document.querySelector('.rrr-composer'));
    // The gap is the row's own padding, not the 300-odd px of an empty log above the composer.
    expect(composer.top - last.bottom).toBeGreaterThanOrEqual(0);
    expect(composer.top - last.bottom).toBeLessThan(16);
    // And the free room is above the first message, below the header.
    expect(rect(rows[0]).top - rect(document.querySelector('.rrr-conversation-header')).bottom).toBeGreaterThan(200);
  });

  it('has a one-line composer that grows with Shift+Enter and dims Send while empty', async () => {
    setup();
    const field = page.getByRole('textbox', { name: 'Message' });
    const send = page.getByRole('button', { name: 'Send' });
    const option = page.getByRole('checkbox', { name: 'Request read receipt' });
    await expect.element(option).toBeVisible();
    const oneLine = rect(field.element()).height;
    expect(oneLine).toBeLessThanOrEqual(44);
    // Field, receipt option and Send on one line.
    expect(Math.abs(rect(option.element()).top - rect(field.element()).top)).toBeLessThan(24);
    expect(Math.abs(rect(send.element()).bottom - rect(field.element()).bottom)).toBeLessThan(4);
    const fill = () => getComputedStyle(send.element()).backgroundColor;
    expect(fill()).toBe('rgba(0, 0, 0, 0)');
    await userEvent.type(field, 'one{Shift>}{Enter}{/Shift}two{Shift>}{Enter}{/Shift}three');
    await expect.poll(() => rect(field.element()).height).toBeGreaterThan(oneLine + 30);
    expect(fill()).toBe('rgb(11, 87, 208)');
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('log', { name: 'Design Team' }).getByText(/^one\s+two\s+three$/)).toBeVisible();
    await expect.poll(() => rect(field.element()).height).toBe(oneLine);
  });
});
