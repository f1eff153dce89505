import { act, cleanup, render } from '@testing-library/react';
import '../../src/react/styles.css';
import { createChatStore, immediateUpdates, MAX_MESSAGE_TEXT_BYTES, utf8Bytes } from '../../src/core';
import { BoundMessageBubble, ChatProvider } from '../../src/index';
import { buildMessage } from '../support/builders';
import { createFakeAdapter, settle } from '../support/fake-adapter';

/**
 * Megabytes of text from an adapter: the store keeps at most 12 KB of it, and the bubble with
 * the longest text it keeps lays out with every task under 200 ms in Chromium.
 */

afterEach(() => cleanup());

const FIVE_MB = 5 * 1024 * 1024;
const payloads: [string, string][] = [
  ['words', 'lorem ipsum dolor sit amet '.repeat(Math.ceil(FIVE_MB / 27))],
  ['emoji', '😀👨‍👩‍👧🇰🇷'.repeat(Math.ceil(FIVE_MB / 30))],
  ['line breaks', 'x\n'.repeat(FIVE_MB / 2)],
];

/** Runs `work`, then a few frames, and returns the longest task Chromium saw meanwhile (ms). */
async function longestTask(work: () => Promise<void>): Promise<number> {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => durations.push(entry.duration)));
  observer.observe({ type: 'longtask' });
  await work();
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  durations.push(...observer.takeRecords().map((entry) => entry.duration));
  observer.disconnect();
  return Math.max(0, ...durations);
}

describe('huge message text', () => {
  it.each(payloads)('5 MB of %s is shown shortened, saying so, and never freezes the tab', async (_kind, text) => {
    const adapter = createFakeAdapter();
    const store = createChatStore(adapter, { scheduler: immediateUpdates });
    const message = buildMessage({ senderID: 'alice', text });
    const { container } = render(
      <ChatProvider store={store}>
        <BoundMessageBubble messageID={message.messageID} />
      </ChatProvider>,
    );
    await act(async () => settle());
    const longest = await longestTask(async () => {
      await act(async () => adapter.emit({ type: 'messages', messages: [message] }));
    });
    const kept = store.getState().messages.get(message.messageID);
    expect(kept?.truncated).toBe(true);
    expect(utf8Bytes(kept!.text)).toBeLessThanOrEqual(MAX_MESSAGE_TEXT_BYTES);
    expect(text.startsWith(kept!.text)).toBe(true);
    expect(container).toHaveTextContent('This message was too long to show in full.');
    expect(longest).toBeLessThan(200);
  });
});
