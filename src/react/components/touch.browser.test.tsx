import { render } from '@testing-library/react';
import { commands } from 'vitest/browser';
import '../styles.css';
import { buildMessage, groupReceipt } from '../../../test/support/builders';
import { MessageBubble } from './MessageBubble';
import { ReadMemberListDrawer } from './ReadMemberListDrawer';
import { buildMembers } from '../../../test/support/builders';
import { memberListState } from '../../../test/support/dom';

const MIN = 44;

/** The element a tap at (x, y) lands on, as the browser hit-tests it. */
const hit = (x: number, y: number) => document.elementFromPoint(x, y);

function hitArea(el: Element) {
  const box = el.getBoundingClientRect();
  const cx = box.left + box.width / 2;
  const cy = box.top + box.height / 2;
  // The points 21.5 px from the centre each way, where a 44 px target still is.
  const reach = MIN / 2 - 0.5;
  return [hit(cx - reach, cy), hit(cx + reach, cy), hit(cx, cy - reach), hit(cx, cy + reach)].map((at) => at === el || el.contains(at));
}

describe('tap targets on a touch screen in Chromium', () => {
  afterEach(async () => {
    await commands.emulateTouch(false);
  });

  it('gives the read badge and Retry a 44 × 44 px hit area without moving anything', async () => {
    const { container } = render(
      <div className="rrr-root" style={{ padding: 24, inlineSize: 320 }}>
        <MessageBubble message={buildMessage()} own receipt={groupReceipt('m1', 3, 9)} onOpenMembers={() => {}} />
        <div style={{ blockSize: 48 }} />
        <MessageBubble message={buildMessage({ status: 'failed' })} own onRetry={() => {}} />
      </div>,
    );
    const badge = container.querySelector('button.rrr-badge')!;
    const retry = container.querySelector('.rrr-retry')!;
    const before = [badge.getBoundingClientRect().toJSON(), retry.getBoundingClientRect().toJSON()];
    expect(badge.getBoundingClientRect().height).toBeLessThan(MIN);
    expect(hitArea(badge)).toContain(false);

    await commands.emulateTouch(true);
    expect(matchMedia('(pointer: coarse)').matches).toBe(true);
    expect(hitArea(badge)).toEqual([true, true, true, true]);
    expect(hitArea(retry)).toEqual([true, true, true, true]);
    expect([badge.getBoundingClientRect().toJSON(), retry.getBoundingClientRect().toJSON()]).toEqual(before);
  });

  it('closes the bottom sheet when its grab handle is dragged down, and springs back from a short drag', async () => {
    expect(matchMedia('(max-width: 40rem)').matches).toBe(true);
    const onOpenChange = vi.fn();
    render(<ReadMemberListDrawer open onOpenChange={onOpenChange} readCount={3} unreadCount={0} read={memberListState({ members: buildMembers(3) })} />);
    const dialog = document.querySelector('dialog')!;
    const handle = dialog.querySelector('.rrr-drawer-handle')!;
    const box = handle.getBoundingClientRect();
    expect(box.height).toBeGreaterThanOrEqual(20);
    expect(box.top - dialog.getBoundingClientRect().top).toBeLessThan(1);
    const drag = (dy: number) => {
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const at = (type: string, clientY: number) =>
        handle.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 7, button: 0, clientX: x, clientY }));
      at('pointerdown', y);
      at('pointermove', y + dy);
      const moved = dialog.style.translate;
      at('pointerup', y + dy);
      return moved;
    };
    expect(drag(30)).toBe('0px 30px');
    expect(dialog.style.translate).toBe('');
    expect(onOpenChange).not.toHaveBeenCalled();
    drag(120);
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });
});
