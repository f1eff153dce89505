import { cleanup, render } from '@testing-library/react';
import { page } from 'vitest/browser';
import '../../src/react/styles.css';
import type { Message } from '../../src/core';
import { MessageBubble } from '../../src/index';
import { BASE_TIME, buildMessage, groupReceipt } from '../support/builders';

/**
 * Stacked combining marks paint beyond their line. A bubble must keep that ink to itself: the
 * sender's name above it and the time and badge below it look the same, pixel for pixel, as
 * under a bubble of plain text.
 */

afterEach(() => cleanup());

// Marks above and below, stacked on a few letters: about 8,000 characters, as the issue found.
const ZALGO = Array.from({ length: 20 }, () => `Z${'\u030d\u0311\u0346\u0316\u0317\u0318\u0353'.repeat(57)}`).join(' ');
// The same letters without their marks: marks take no width, so the two lay out alike.
const PLAIN = ZALGO.replace(/\p{M}/gu, '');

async function pixels(element: Element): Promise<Uint8ClampedArray> {
  const base64 = await page.screenshot({ element, save: false });
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, image.width, image.height).data;
}

function differing(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  if (a.length !== b.length) throw new Error(`the two screenshots differ in size: ${a.length / 4} and ${b.length / 4} pixels`);
  let count = 0;
  for (let i = 0; i < a.length; i += 4) if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2]) count += 1;
  return count;
}

/** The name above and the time and badge below a bubble of `text`, as pixels. */
async function surroundings(text: string, own: boolean): Promise<{ name?: Uint8ClampedArray; time: Uint8ClampedArray; badge?: Uint8ClampedArray }> {
  const message: Message = buildMessage({ messageID: 'm1', senderID: own ? 'me' : 'alice', text, time: BASE_TIME });
  const { container, unmount } = render(
    <div className="rrr-root" style={{ inlineSize: 420, background: '#fff', padding: 8 }}>
      <MessageBubble
        message={message}
        own={own}
        showSender={!own}
        sender={{ userID: 'alice', nickname: 'Alice Kim' }}
        receipt={groupReceipt('m1', 3, 1)}
        onOpenMembers={() => {}}
      />
    </div>,
  );
  const name = own ? undefined : await pixels(container.querySelector('.rrr-message-sender')!);
  const time = await pixels(container.querySelector('.rrr-message-time')!);
  const badge = own ? await pixels(container.querySelector('.rrr-badge')!) : undefined;
  unmount();
  return { name, time, badge };
}

describe('ink stays inside the bubble that draws it', () => {
  it("a bubble of stacked marks leaves the sender's name above it and the time and badge below it untouched", async () => {
    const other = { plain: await surroundings(PLAIN, false), hostile: await surroundings(ZALGO, false) };
    expect(differing(other.hostile.name!, other.plain.name!)).toBe(0);
    expect(differing(other.hostile.time, other.plain.time)).toBe(0);
    const own = { plain: await surroundings(PLAIN, true), hostile: await surroundings(ZALGO, true) };
    expect(differing(own.hostile.time, own.plain.time)).toBe(0);
    expect(differing(own.hostile.badge!, own.plain.badge!)).toBe(0);
  });
});
