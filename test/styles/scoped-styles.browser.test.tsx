import { render } from '@testing-library/react';
import { commands } from 'vitest/browser';
import { MessageComposer } from '../../src/react/components/MessageComposer';
import { ReadMemberListDrawer } from '../../src/react/components/ReadMemberListDrawer';
import { ReadReceiptBadge } from '../../src/react/components/ReadReceiptBadge';
import '../../src/react/styles.css';

// Issue 18, finding 8: the stylesheet styled :root, so on a dark OS it switched a light-only
// host page to dark. This file's document is the host page.
const WHITE = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(18, 18, 18)';
const html = () => getComputedStyle(document.documentElement);

function renderKit(wrapper: Record<string, string> = {}) {
  const { container } = render(
    <div {...wrapper}>
      <MessageComposer onSend={() => {}} />
      <ReadReceiptBadge receipt={{ kind: 'group', messageID: 'm1', groupID: 'g', readCount: 0, unreadCount: 3 }} />
    </div>,
  );
  return {
    composer: container.querySelector('.rrr-composer') as HTMLElement,
    badge: container.querySelector('.rrr-badge') as HTMLElement,
    wrapper: container.firstElementChild as HTMLElement,
  };
}

afterEach(async () => {
  await commands.emulateColorScheme('light');
  document.documentElement.removeAttribute('style');
  document.head.querySelector('meta[name="color-scheme"]')?.remove();
});

describe('the stylesheet on a host page', () => {
  it('leaves a light-only page light on a dark OS, and paints the kit light on it', async () => {
    await commands.emulateColorScheme('dark');
    expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(true);
    document.head.append(Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'light' }));
    const { composer } = renderKit();
    expect(html().colorScheme).toBe('normal');
    expect(html().getPropertyValue('--rrr-bg')).toBe('');
    expect(getComputedStyle(composer).backgroundColor).toBe(WHITE);
  });

  it('follows the OS where the app asks for it with data-theme="system", on the kit only', async () => {
    await commands.emulateColorScheme('dark');
    const { composer, badge, wrapper } = renderKit({ 'data-theme': 'system' });
    expect(getComputedStyle(composer).backgroundColor).toBe(DARK_BG);
    expect(getComputedStyle(badge).color).toBe('rgb(169, 169, 169)');
    expect(getComputedStyle(wrapper).colorScheme).toBe('normal');
    expect(html().colorScheme).toBe('normal');
    await commands.emulateColorScheme('light');
    expect(getComputedStyle(composer).backgroundColor).toBe(WHITE);
  });

  it('stays light on a page that is dark itself, unless the app picks dark', async () => {
    await commands.emulateColorScheme('dark');
    document.documentElement.style.colorScheme = 'dark';
    const { composer } = renderKit();
    expect(getComputedStyle(composer).colorScheme).toBe('light');
    expect(getComputedStyle(composer).backgroundColor).toBe(WHITE);
    expect(html().colorScheme).toBe('dark');
  });

  it('darkens only the kit for data-theme="dark", not the element that carries it', () => {
    const { composer, wrapper } = renderKit({ 'data-theme': 'dark' });
    expect(getComputedStyle(composer).backgroundColor).toBe(DARK_BG);
    expect(getComputedStyle(composer).colorScheme).toBe('dark');
    expect(getComputedStyle(wrapper).colorScheme).toBe('normal');
    expect(html().colorScheme).toBe('normal');
  });

  it("takes the host's --rrr-* values from :root, in the drawer's dialog and its backdrop too", () => {
    document.documentElement.style.setProperty('--rrr-accent', 'rgb(200, 0, 100)');
    document.documentElement.style.setProperty('--rrr-backdrop', 'rgba(0, 0, 80, 0.5)');
    const { composer } = renderKit();
    // An empty composer's Send is quiet (issue 19): the accent is its text colour, not its fill.
    expect(getComputedStyle(composer.querySelector('button[type="submit"]')!).color).toBe('rgb(200, 0, 100)');
    render(<ReadMemberListDrawer defaultOpen readCount={0} unreadCount={0} />);
    const dialog = document.querySelector('dialog.rrr-drawer') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(getComputedStyle(dialog).backgroundColor).toBe(WHITE);
    expect(getComputedStyle(dialog.querySelector('.rrr-button')!).color).toBe('rgb(200, 0, 100)');
    expect(getComputedStyle(dialog, '::backdrop').backgroundColor).toBe('rgba(0, 0, 80, 0.5)');
  });

  it('colours a badge used on its own, with no kit wrapper around it', () => {
    const { badge } = renderKit();
    expect(getComputedStyle(badge).color).toBe('rgb(89, 89, 89)');
  });
});
