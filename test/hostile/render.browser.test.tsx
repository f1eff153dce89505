import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/react/styles.css';
import type { GroupMessageReceipt, Message, ReadMember } from '../../src/core';
import { MessageBubble, ReadMemberListDrawer, ReadReceiptBadge } from '../../src/index';
import { memberListState } from '../../test/support/dom';
import { corpus, IMAGE_SCHEMES, LINK_SCHEMES, RASTER_DATA_IMAGE, type Attack } from './corpus';

/**
 * Every attack string of the corpus rendered in real Chromium as message text, nickname,
 * name card, avatar URL, IDs and counts, through MessageBubble, ReadReceiptBadge and the
 * member rows of ReadMemberListDrawer. Nothing may run, link or load outside the allowed
 * schemes; the text stays intact as text; long names truncate with the full name kept.
 */

const WIDTH = 480;
/**
 * Real pointer actions through Playwright. The target is found by a temporary test ID, so the
 * locator never has to quote the hostile attributes of the element itself.
 */
let targetCounter = 0;
async function pointer(target: Element, action: 'hover' | 'click'): Promise<void> {
  // A name of zero-width characters has no box: point at the nearest box around it instead.
  let el = target;
  while (el.getBoundingClientRect().width === 0 && el.parentElement) el = el.parentElement;
  const id = `hostile-target-${++targetCounter}`;
  const previous = el.getAttribute('data-testid');
  el.setAttribute('data-testid', id);
  try {
    // Generous: 1 MB payloads and a busy 2-core CI machine make actionability checks slow.
    await userEvent[action](page.getByTestId(id), { timeout: 15_000 } as never);
  } finally {
    if (previous === null) el.removeAttribute('data-testid');
    else el.setAttribute('data-testid', previous);
  }
}

const tick = () => new Promise<void>((resolve) => setTimeout(() => requestAnimationFrame(() => resolve()), 20));

beforeEach(() => {
  delete window.__pwned;
  window.__pwn = () => {
    window.__pwned = 1;
  };
});
afterEach(() => cleanup());

function message(attack: Attack, overrides: Partial<Message> = {}): Message {
  return {
    messageID: attack.value.slice(0, 200) || 'm1',
    conversationID: 'GROUPg1',
    senderID: 'alice',
    text: attack.value,
    time: Date.UTC(2025, 2, 4, 10, 32),
    seq: 1,
    status: 'sent',
    needReadReceipt: true,
    ...overrides,
  };
}

function members(attack: Attack): ReadMember[] {
  const v = attack.value;
  return [
    { profile: { userID: 'm-nick', nickname: v, avatarURL: v }, readTime: Date.UTC(2025, 2, 4, 11) },
    { profile: { userID: 'm-card', nameCard: v, nickname: 'Bob', avatarURL: v }, readTime: Date.UTC(2025, 2, 4, 12) },
    { profile: { userID: v.slice(0, 2000) || 'm-id' } },
  ];
}

function Surfaces({ attack, drawerOpen }: { attack: Attack; drawerOpen: boolean }) {
  const v = attack.value;
  const hostileReceipt = {
    kind: 'group',
    messageID: v,
    groupID: v,
    readCount: v as unknown as number,
    unreadCount: -1,
  } as GroupMessageReceipt;
  const receipt: GroupMessageReceipt = { kind: 'group', messageID: v, groupID: v, readCount: 2, unreadCount: 3 };
  return (
    <div className="rrr-root" style={{ inlineSize: WIDTH }} data-testid="root">
      <MessageBubble message={message(attack)} sender={{ userID: 'alice', nickname: v, avatarURL: v }} />
      <MessageBubble message={message(attack, { senderID: v || 'x' })} />
      <MessageBubble message={message(attack, { senderID: 'me' })} own receipt={receipt} onOpenMembers={() => {}} />
      <MessageBubble message={message(attack, { senderID: 'bob' })} sender={{ userID: 'bob' }} />
      <MessageBubble message={message(attack, { text: 'hi', senderID: 'me' })} own receipt={hostileReceipt} onOpenMembers={() => {}} />
      <ReadReceiptBadge receipt={hostileReceipt} onOpenMembers={() => {}} />
      <ReadReceiptBadge receipt={{ kind: 'c2c', messageID: v, userID: v, peerRead: true, timestamp: v as unknown as number }} />
      <ReadMemberListDrawer
        open={drawerOpen}
        onOpenChange={() => {}}
        read={memberListState({ members: members(attack).slice(0, 2) })}
        unread={memberListState({ members: members(attack).slice(2) })}
        readCount={2}
        unreadCount={1}
      />
    </div>
  );
}

function expectSafe(root: HTMLElement, attack: Attack): void {
  expect(window.__pwned, 'sentinel').toBeUndefined();
  for (const a of root.querySelectorAll('a')) {
    const href = a.getAttribute('href');
    expect(href, 'a link without a target').not.toBeNull();
    expect(LINK_SCHEMES.has(new URL(href!).protocol), `link target ${href?.slice(0, 80)}`).toBe(true);
  }
  for (const img of root.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? '';
    const ok = RASTER_DATA_IMAGE.test(src) || (URL.canParse(src) && IMAGE_SCHEMES.has(new URL(src).protocol));
    expect(ok, `image source ${src.slice(0, 80)}`).toBe(true);
  }
  const active = root.querySelectorAll('script, iframe, frame, object, embed, style, link, meta, base, form, input, math, details, body');
  expect([...active].map((el) => el.outerHTML.slice(0, 80))).toEqual([]);
  // The kit's own icons only: the status glyphs and the progress ring.
  for (const svg of root.querySelectorAll('svg')) expect(svg.getAttribute('class')).toMatch(/^rrr-(ring|glyph)$/);
  for (const el of root.querySelectorAll('*')) {
    const handlers = [...el.attributes].filter((attr) => /^on|^(srcdoc|formaction|xlink:href)$/i.test(attr.name));
    expect(handlers.map((attr) => `${el.tagName} ${attr.name}`)).toEqual([]);
  }
  // What is shown besides the attack itself never has broken numbers.
  const text = (root.textContent ?? '').split(attack.value).join('');
  expect(text).not.toMatch(/NaN|-1\b|undefined|\[object/);
}

/** A name as shown: trimmed, or none when it is only spaces and characters that draw nothing. */
function visible(name: string): string | undefined {
  return /^[\p{White_Space}\p{Default_Ignorable_Code_Point}]*$/u.test(name) ? undefined : name.trim();
}

/** A name that is long on screen must be cut visually, with the whole name still there. */
function expectTruncatedWithFullName(el: HTMLElement, full: string): void {
  expect(el.getAttribute('title')).toBe(full);
  const long = [...full].length > 200 && !/\p{M}/u.test(full) && !/\s/.test(full.slice(0, 400));
  if (!long) return;
  const style = getComputedStyle(el);
  expect(style.textOverflow).toBe('ellipsis');
  expect(el.scrollWidth).toBeGreaterThan(el.clientWidth);
  expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(WIDTH);
}

describe('hostile strings in real Chromium', () => {
  it('the sentinel works: the same payload through innerHTML does run', async () => {
    const probe = document.createElement('div');
    probe.innerHTML = '<img src=x onerror="window.__pwned=1">';
    document.body.append(probe);
    for (let i = 0; i < 50 && window.__pwned === undefined; i += 1) await tick();
    probe.remove();
    expect(window.__pwned).toBe(1);
  });

  // Chromium lays out one unbroken "word" in time that grows with its square (64 KB of text
  // without spaces took ~8 s, 1 MB minutes), so a hostile message could freeze the tab.
  // MessageText puts a <wbr> every 64 characters inside such runs; this pins that the text
  // keeps those break points and stays verbatim (the time itself is a benchmark's business).
  it('message text: a 64 KB message without spaces has a break opportunity every 64 characters', () => {
    const text = 'A'.repeat(64_000);
    const { container } = render(
      <div className="rrr-root" style={{ inlineSize: WIDTH }}>
        <MessageBubble message={message({ name: 'long', value: text, runsCode: false })} />
      </div>,
    );
    const paragraph = container.querySelector<HTMLElement>('.rrr-message-text')!;
    expect(paragraph.textContent).toBe(text);
    const runs = [...paragraph.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent!.length);
    expect(Math.max(...runs)).toBeLessThanOrEqual(64);
    expect(paragraph.querySelectorAll('wbr')).toHaveLength(999);
    expect(paragraph.getBoundingClientRect().width).toBeLessThanOrEqual(WIDTH);
  });

  it.each(corpus.map((attack) => [attack.name, attack] as const))('%s', async (_name, attack) => {
    const { getByTestId, rerender } = render(<Surfaces attack={attack} drawerOpen={false} />);
    const root = getByTestId('root');
    await tick();
    expectSafe(root, attack);

    // Text stays text, exactly.
    const texts = [...root.querySelectorAll<HTMLElement>('.rrr-message-text')].filter((p) => p.textContent === attack.value);
    expect(texts, 'message text kept verbatim').toHaveLength(4);

    // Names: the nickname if it draws anything, else the user ID; full name in the title,
    // long ones truncated.
    const senders = [...root.querySelectorAll<HTMLElement>('.rrr-message-sender')];
    expect(senders).toHaveLength(3);
    expectTruncatedWithFullName(senders[0]!, visible(attack.value) ?? 'alice');
    expectTruncatedWithFullName(senders[1]!, attack.value || 'x');

    // Hover and click around: still nothing runs.
    await pointer(senders[0]!, 'hover');
    await pointer(root.querySelector('.rrr-avatar')!, 'hover');
    for (const link of [...root.querySelectorAll('a')].filter((a) => a.checkVisibility()).slice(0, 3)) await pointer(link, 'hover');
    await pointer([...root.querySelectorAll('button.rrr-badge')].at(-1)!, 'click');
    await tick();
    expectSafe(root, attack);

    rerender(<Surfaces attack={attack} drawerOpen />);
    await tick();
    const dialog = root.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    const rows = [...dialog.querySelectorAll<HTMLElement>('.rrr-member-name')];
    expect(rows).toHaveLength(2);
    expectTruncatedWithFullName(rows[0]!, visible(attack.value) ?? 'm-nick');
    expectTruncatedWithFullName(rows[1]!, visible(attack.value) ?? 'Bob');
    await pointer(rows[0]!, 'hover');
    await pointer(dialog.querySelectorAll('[role="tab"]')[1]!, 'click');
    await tick();
    const unreadRow = dialog.querySelector<HTMLElement>('.rrr-member-name')!;
    expectTruncatedWithFullName(unreadRow, attack.value.slice(0, 2000) || 'm-id');
    await pointer(unreadRow, 'hover');
    await tick();
    expectSafe(root, attack);
  }, 60_000);
});
