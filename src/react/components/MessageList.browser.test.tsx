import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Message } from '../../core/types';
import '../styles.css';
import { MessageBubble } from './MessageBubble';
import { MessageList } from './MessageList';
import { buildMessage } from '../../../test/support/builders';

afterEach(() => cleanup());

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
async function settle(frames = 6) {
  for (let i = 0; i < frames; i++) await act(frame);
}

const base = Date.UTC(2025, 2, 4, 8, 0);
const build = (from: number, count: number): Message[] =>
  Array.from({ length: count }, (_, i) =>
    buildMessage({
      messageID: `m${from + i}`,
      seq: from + i,
      time: base + (from + i) * 60_000,
      // Uneven lengths so rows need real measurement.
      text: `Message ${from + i} ${'lorem ipsum '.repeat((from + i) % 7)}`,
    }),
  );

function View(props: { messages: Message[]; hasMore?: boolean; onLoadMore?: () => void; firstUnreadID?: string; unreadCount?: number; startAt?: 'bottom' | 'first-unread' }) {
  return (
    <div className="rrr-root" style={{ blockSize: 400, inlineSize: 360, display: 'flex', flexDirection: 'column' }}>
      <MessageList
        messages={props.messages}
        hasMore={props.hasMore}
        onLoadMore={props.onLoadMore}
        firstUnreadID={props.firstUnreadID}
        unreadCount={props.unreadCount}
        startAt={props.startAt}
        renderMessage={(m) => <MessageBubble message={m} />}
      />
    </div>
  );
}

const scroller = () => document.querySelector('[role="log"]') as HTMLElement;
const distanceToBottom = () => {
  const el = scroller();
  return el.scrollHeight - el.scrollTop - el.clientHeight;
};

describe('MessageList in Chromium', () => {
  it('starts at the bottom and follows new messages while there', async () => {
    const { rerender, getByText } = render(<View messages={build(0, 60)} />);
    await settle();
    expect(distanceToBottom()).toBeLessThan(2);
    rerender(<View messages={build(0, 61)} />);
    await settle();
    expect(distanceToBottom()).toBeLessThan(2);
    expect(getByText(/^Message 60\b/)).toBeVisible();
  });

  it('stays put when the reader scrolled up, and offers "2 new messages" under the log, covering nothing', async () => {
    const { rerender, getByRole, queryByRole } = render(<View messages={build(0, 60)} />);
    await settle();
    scroller().scrollTop = 200;
    await settle();
    const kept = scroller().scrollTop;
    rerender(<View messages={build(0, 62)} />);
    await settle();
    expect(scroller().scrollTop).toBe(kept);
    // The control counts what arrived since the reader left the bottom.
    const button = getByRole('button', { name: '2 new messages' });
    expect(button).toHaveTextContent('2 new messages ↓');
    // Below the log's box, so no row of the log is under it (issue 19, finding 9).
    expect(button.getBoundingClientRect().top).toBeGreaterThanOrEqual(scroller().getBoundingClientRect().bottom);
    await userEvent.click(button);
    await settle(10);
    expect(distanceToBottom()).toBeLessThan(2);
    expect(queryByRole('button', { name: /new messages/i })).toBeNull();
  });

  it('opens at the bottom with the unread divider above, and jumps to it', async () => {
    const { getByRole, getByText, queryByRole } = render(<View messages={build(0, 60)} firstUnreadID="m20" unreadCount={40} />);
    await settle();
    expect(distanceToBottom()).toBeLessThan(2);
    await userEvent.click(getByRole('button', { name: 'Jump to first unread' }));
    await settle(10);
    const divider = getByText('40 unread messages');
    const top = scroller().getBoundingClientRect().top;
    // The divider sits at the top of the view, right above the first unread message.
    expect(Math.abs(divider.getBoundingClientRect().top - top)).toBeLessThan(60);
    expect(divider.nextElementSibling).toHaveTextContent(/Message 20\b/);
    expect(queryByRole('button', { name: 'Jump to first unread' })).toBeNull();
  });

  it('offers the jump above the log, covering no message, and keeps the newest message in full view', async () => {
    const { getByRole, getByText } = render(<View messages={build(0, 60)} firstUnreadID="m20" unreadCount={40} />);
    await settle(10);
    const jump = getByRole('button', { name: 'Jump to first unread' }).getBoundingClientRect();
    const log = scroller().getBoundingClientRect();
    // Outside the log's box (issue 19: the jump sat over the top rows).
    expect(jump.bottom).toBeLessThanOrEqual(log.top);
    // Giving the jump its room did not push the newest message out of view.
    expect(distanceToBottom()).toBeLessThan(2);
    expect(getByText(/^Message 59\b/).getBoundingClientRect().bottom).toBeLessThanOrEqual(log.bottom + 1);
  });

  it('starts at the first unread message when asked to', async () => {
    const { getByText } = render(<View messages={build(0, 60)} firstUnreadID="m30" unreadCount={30} startAt="first-unread" />);
    await settle(10);
    expect(distanceToBottom()).toBeGreaterThan(200);
    expect(getByText('30 unread messages')).toBeVisible();
    expect(getByText(/^Message 30\b/)).toBeVisible();
  });

  it('keeps the visible message in place when older messages load at the top', async () => {
    let loads = 0;
    const onLoadMore = () => {
      loads++;
    };
    const { rerender } = render(<View messages={build(100, 40)} hasMore onLoadMore={onLoadMore} />);
    await settle();
    scroller().scrollTop = 100;
    await settle();
    expect(loads).toBeGreaterThan(0);
    scroller().scrollTop = 260;
    await settle();
    // The first message at the top of the view, and where it is just before the page lands.
    const anchor = [...scroller().querySelectorAll('[data-message-id]')].find(
      (el) => el.getBoundingClientRect().top >= scroller().getBoundingClientRect().top,
    ) as HTMLElement;
    const topBefore = anchor.getBoundingClientRect().top;
    rerender(<View messages={[...build(60, 40), ...build(100, 40)]} hasMore onLoadMore={onLoadMore} />);
    await settle(10);
    const moved = document.querySelector(`[data-message-id="${anchor.dataset.messageId}"]`) as HTMLElement;
    expect(Math.abs(moved.getBoundingClientRect().top - topBefore)).toBeLessThan(4);
  });

  it('opens a long history at its newest message and has all of it a frame later', async () => {
    const all = build(0, 5_000);
    const { getByText } = render(<View messages={all} />);
    await settle();
    expect(distanceToBottom()).toBeLessThan(2);
    expect(getByText(/^Message 4999\b/)).toBeVisible();
    // The oldest message is there: the top of the log is the start of the history.
    scroller().scrollTop = 0;
    await settle();
    scroller().scrollTop = 0;
    await settle();
    expect(getByText(/^Message 0\b/)).toBeVisible();
  });

  it('mounts a 100,000-message history reading only its newest messages until the first frame is out', async () => {
    const all = build(0, 100_000);
    let reads = 0;
    // Counts the list's reads of messages by position: the work of mounting that grows with n.
    const counted = new Proxy(all, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    const rendered = new Set<string>();
    render(
      <div className="rrr-root" style={{ blockSize: 400, inlineSize: 360, display: 'flex', flexDirection: 'column' }}>
        <MessageList
          messages={counted}
          renderMessage={(m) => {
            rendered.add(m.messageID);
            return <MessageBubble message={m} />;
          }}
        />
      </div>,
    );
    // The first commit: the rows on screen, none from the top of the history.
    expect(reads).toBeLessThan(2_000);
    expect([...rendered].every((id) => Number(id.slice(1)) >= 99_000)).toBe(true);
    expect(rendered.has('m99999')).toBe(true);
    await settle();
    // The whole history is in the log: its scroll extent spans every row (virtua reads only the
    // rows it renders; TanStack's pass over every row key used to show this as reads > 100,000).
    expect(scroller().scrollHeight).toBeGreaterThan(100_000 * 30);
    expect(distanceToBottom()).toBeLessThan(2);
    scroller().scrollTop = 0;
    await settle();
    scroller().scrollTop = 0;
    await settle();
    expect(rendered.has('m0')).toBe(true);
  });
});

/**
 * What each rendering frame shows, sampled in every animation frame callback (just before the
 * frame's layout and paint) while `run` goes on: how much of the log's height rows cover, and
 * where a chosen row is on screen.
 */
async function framesDuring(run: () => Promise<void> | void, track: () => HTMLElement | null) {
  const frames: { covered: number; top: number | null; bottom: number | null }[] = [];
  let sampling = true;
  const sample = () => {
    if (!sampling) return;
    const view = scroller()?.getBoundingClientRect();
    if (view) {
      let covered = 0;
      for (const row of scroller().querySelectorAll('.rrr-message-row')) {
        const r = row.getBoundingClientRect();
        covered += Math.max(0, Math.min(r.bottom, view.bottom) - Math.max(r.top, view.top));
      }
      const tracked = track()?.getBoundingClientRect();
      frames.push({ covered: covered / view.height, top: tracked ? tracked.top - view.top : null, bottom: tracked ? view.bottom - tracked.bottom : null });
    }
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
  await run();
  await settle(12);
  sampling = false;
  return frames;
}

describe('MessageList frames', () => {
  for (const count of [1_000, 100_000]) {
    it(`shows the newest messages in every frame from the first paint on, at ${count.toLocaleString('en-US')} (no blank frame when the rest of the history joins)`, async () => {
      const all = build(0, count);
      const newest = () => document.querySelector<HTMLElement>(`[data-message-id="m${count - 1}"]`);
      const frames = await framesDuring(() => {
        render(<View messages={all} />);
      }, newest);
      expect(frames.length).toBeGreaterThan(10);
      // Every frame: rows over most of the log, the newest message in it at the bottom.
      expect(frames.filter((f) => f.covered < 0.75)).toEqual([]);
      expect(frames.filter((f) => f.bottom === null || Math.abs(f.bottom) > 2)).toEqual([]);
    });
  }

  // Near the end TanStack anchors the list to it; far up the list anchors each prepend itself.
  for (const [where, loaded, up] of [['near the end', 200, 1_500], ['far from the end', 2_000, 100_000]] as const) {
    it(`keeps the row in view still in every frame while older pages are prepended, ${where}`, async () => {
      const page = 50;
      let first = 10_000;
      const { rerender } = render(<View messages={build(first, loaded)} hasMore />);
      await settle();
      scroller().scrollTop = Math.max(300, scroller().scrollTop - up);
      await settle();
      const inView = [...scroller().querySelectorAll<HTMLElement>('[data-message-id]')].find(
        (el) => el.getBoundingClientRect().top >= scroller().getBoundingClientRect().top + 60,
      ) as HTMLElement;
      const id = inView.dataset.messageId as string;
      const anchor = () => document.querySelector<HTMLElement>(`[data-message-id="${id}"]`);
      const before = (anchor() as HTMLElement).getBoundingClientRect().top - scroller().getBoundingClientRect().top;
      const frames = await framesDuring(async () => {
        for (let p = 0; p < 4; p += 1) {
          first -= page;
          rerender(<View messages={build(first, 10_000 + loaded - first)} hasMore />);
          await settle(2);
        }
      }, anchor);
      expect(frames.filter((f) => f.covered < 0.75)).toEqual([]);
      expect(frames.filter((f) => f.top === null || Math.abs(f.top - before) > 2)).toEqual([]);
    });
  }
});
