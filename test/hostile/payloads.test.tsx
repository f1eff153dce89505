import { act, render, waitFor } from '@testing-library/react';
import type { ChatEvent, Message } from '../../src/core';
import { ErrorCode } from '../../src/core';
import { createChatStore, immediateUpdates, type ChatStore } from '../../src/core/store';
import { createFakeAdapter, settle } from '../support/fake-adapter';
import { ChatProvider, useConversation, useMessageReceipt } from '../../src/index';
import { MessageBubble, ReadReceiptBadge } from '../../src/index';

/**
 * Malformed adapter payloads reach a store rendered with the components: each one is
 * rejected with one clear MALFORMED_PAYLOAD error, nothing crashes, the last good counts stay
 * on screen and the DOM never shows NaN, -1 or undefined.
 */

const CONVERSATION = 'GROUPg1';

function own(id: string, seq: number): Message {
  return { messageID: id, conversationID: CONVERSATION, senderID: 'me', text: `text ${id}`, time: 1_000 + seq, seq, status: 'sent', needReadReceipt: true };
}

function Row({ message }: { message: Message }) {
  const receipt = useMessageReceipt(message.messageID);
  return (
    <>
      <MessageBubble message={message} own receipt={receipt} onOpenMembers={() => {}} />
      <ReadReceiptBadge receipt={receipt} variant="compact" showProgress />
    </>
  );
}

function Conversation() {
  const { messages } = useConversation(CONVERSATION);
  return (
    <div data-testid="list">
      {messages.map((message) => (
        <Row key={message.messageID} message={message} />
      ))}
    </div>
  );
}

async function setup() {
  const adapter = createFakeAdapter('me');
  adapter.history.set(CONVERSATION, { messages: [own('m-a', 1), own('m-b', 2)], nextCursor: '', isFinished: true });
  const store = createChatStore(adapter, { scheduler: immediateUpdates });
  const view = render(
    <ChatProvider store={store}>
      <Conversation />
    </ChatProvider>,
  );
  await waitFor(() => expect(view.getByTestId('list').querySelectorAll('.rrr-message')).toHaveLength(2));
  await act(async () => {
    adapter.emit({ type: 'receipts', receipts: [{ kind: 'group', messageID: 'm-a', groupID: 'g1', readCount: 2, unreadCount: 2 }] });
    await settle();
  });
  await waitFor(() => expect(view.getByTestId('list')).toHaveTextContent('Read by 2'));
  const send = async (event: unknown) => {
    await act(async () => {
      adapter.emit(event as ChatEvent);
      await settle();
      await new Promise((resolve) => setTimeout(resolve, 20)); // frame-batched view
    });
  };
  return { adapter, store, view, send };
}

function expectCleanDOM(container: HTMLElement): void {
  const text = container.textContent ?? '';
  expect(text).not.toMatch(/NaN|-\d|undefined|Infinity|\[object|null/);
  for (const el of container.querySelectorAll('*')) {
    for (const attr of el.attributes) expect(`${attr.name}=${attr.value}`).not.toMatch(/NaN|Infinity|undefined/);
  }
}

function malformedErrors(store: ChatStore) {
  return store.getState().errors.filter((entry) => entry.error.code === ErrorCode.MALFORMED_PAYLOAD);
}

const good = { kind: 'group', messageID: 'm-a', groupID: 'g1', readCount: 3, unreadCount: 1 };

const badReceipts: [string, unknown, RegExp][] = [
  ['negative readCount', { ...good, readCount: -1 }, /readCount/],
  ['NaN readCount', { ...good, readCount: Number.NaN }, /readCount/],
  ['string readCount', { ...good, readCount: '3' }, /readCount/],
  ['fractional readCount', { ...good, readCount: 2.5 }, /readCount/],
  ['infinite readCount', { ...good, readCount: Infinity }, /readCount/],
  ['null readCount', { ...good, readCount: null }, /readCount/],
  ['negative unreadCount', { ...good, unreadCount: -1 }, /unreadCount/],
  ['NaN unreadCount', { ...good, unreadCount: Number.NaN }, /unreadCount/],
  ['huge unsafe readCount', { ...good, readCount: 2 ** 60 }, /readCount/],
  ['negative version', { ...good, version: -1 }, /version/],
  ['numeric messageID', { ...good, messageID: 42 }, /messageID/],
  ['empty messageID', { ...good, messageID: '' }, /messageID/],
  ['missing groupID', { kind: 'group', messageID: 'm-a', readCount: 3, unreadCount: 1 }, /groupID/],
  ['unknown kind', { ...good, kind: 'everyone' }, /kind/],
  ['c2c without peerRead', { kind: 'c2c', messageID: 'm-a', userID: 'bob' }, /peerRead/],
  ['c2c NaN timestamp', { kind: 'c2c', messageID: 'm-a', userID: 'bob', peerRead: true, timestamp: Number.NaN }, /timestamp/],
  ['null receipt', null, /object/],
  ['string receipt', 'read by everyone', /object/],
  ['array receipt', [good], /object/],
];

describe('malformed receipts through the adapter', () => {
  it.each(badReceipts)('%s: one clear error, last good counts kept, clean DOM', async (_name, receipt, field) => {
    const { store, view, send } = await setup();
    await send({ type: 'receipts', receipts: [receipt] });
    const errors = malformedErrors(store);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.error.message).toMatch(field);
    expect(store.getState().receipts.get('m-a')).toMatchObject({ readCount: 2, unreadCount: 2 });
    expect(view.getByTestId('list')).toHaveTextContent('Read by 2');
    expectCleanDOM(view.container);
  });

  it('one error per malformed receipt in a mixed batch; the good ones apply', async () => {
    const { store, view, send } = await setup();
    await send({ type: 'receipts', receipts: [{ ...good, readCount: -5 }, good, { ...good, unreadCount: 'x' }] });
    expect(malformedErrors(store)).toHaveLength(2);
    expect(store.getState().receipts.get('m-a')).toMatchObject({ readCount: 3, unreadCount: 1 });
    await waitFor(() => expect(view.getByTestId('list')).toHaveTextContent('Read by 3'));
    expectCleanDOM(view.container);
  });

  // DESIGN.md: "Malformed values (negative, NaN, strings, unread > members) are rejected with
  // one reported error". The store knows the group's size once its info is loaded.
  it('rejects counts larger than the group once its size is known', async () => {
    const { store, view, send } = await setup();
    await act(async () => {
      await store.actions.loadGroupInfo('g1'); // 5 members: 4 may read a message
    });
    await send({ type: 'receipts', receipts: [{ ...good, readCount: 3, unreadCount: 1_000_000 }] });
    expect(malformedErrors(store)).toHaveLength(1);
    expect(store.getState().receipts.get('m-a')).toMatchObject({ readCount: 2, unreadCount: 2 });
    expect(view.getByTestId('list')).not.toHaveTextContent('1,000,003');
  });
});

describe('malformed events through the adapter', () => {
  const badEvents: [string, unknown][] = [
    ['message with negative seq', { type: 'messages', messages: [{ ...own('m-x', 3), seq: -1 }] }],
    ['message with NaN time', { type: 'messages', messages: [{ ...own('m-x', 3), time: Number.NaN }] }],
    ['message with numeric text', { type: 'messages', messages: [{ ...own('m-x', 3), text: 5 }] }],
    ['message with unknown status', { type: 'messages', messages: [{ ...own('m-x', 3), status: 'delivered!' }] }],
    ['message in an unknown conversation kind', { type: 'messages', messages: [{ ...own('m-x', 3), conversationID: 'ROOMx' }] }],
    ['message that is a string', { type: 'messages', messages: ['<img src=x onerror=alert(1)>'] }],
    ['c2cRead with NaN timestamp', { type: 'c2cRead', userID: 'bob', timestamp: Number.NaN }],
    ['c2cRead without user', { type: 'c2cRead', timestamp: 5 }],
    ['unknown connection state', { type: 'connection', state: 'exploded' }],
    ['unknown event type', { type: 'pwn' }],
    ['null event', null],
    ['receipts that are a number', { type: 'receipts', receipts: 5 }],
  ];

  it.each(badEvents)('%s: one clear error, no crash, clean DOM', async (_name, event) => {
    const { store, view, send } = await setup();
    await send(event);
    expect(malformedErrors(store)).toHaveLength(1);
    expect(view.getByTestId('list').querySelectorAll('.rrr-message')).toHaveLength(2);
    expect(store.getState().connection).toBe('connected');
    expectCleanDOM(view.container);
  });
});

describe('unknown IDs and huge lists', () => {
  it('receipts for unknown messages are parked, not shown and not errors; they apply when the message arrives', async () => {
    const { store, view, send } = await setup();
    await send({ type: 'receipts', receipts: [{ ...good, messageID: 'ghost', readCount: 1, unreadCount: 3 }] });
    expect(store.getState().errors).toEqual([]);
    expect(store.getState().receipts.has('ghost')).toBe(false);
    await send({ type: 'messages', messages: [own('ghost', 3)] });
    await waitFor(() => expect(view.getByTestId('list').querySelectorAll('.rrr-message')).toHaveLength(3));
    expect(store.getState().receipts.get('ghost')).toMatchObject({ readCount: 1, unreadCount: 3 });
    expectCleanDOM(view.container);
  });

  it('a flood of 50,000 receipts for unknown IDs stays bounded and quiet', async () => {
    const { store, view, send } = await setup();
    const flood = Array.from({ length: 50_000 }, (_, i) => ({ ...good, messageID: `ghost-${i}` }));
    const started = performance.now();
    await send({ type: 'receipts', receipts: flood });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(store.getState().errors).toEqual([]);
    expect(store.getState().receipts.size).toBe(1);
    expect(view.getByTestId('list').querySelectorAll('.rrr-message')).toHaveLength(2);
  });

  it('a huge list of malformed receipts reports errors, bounded by the error limit, and keeps the UI', async () => {
    const { store, view, send } = await setup();
    await send({ type: 'receipts', receipts: Array.from({ length: 20_000 }, (_, i) => ({ ...good, readCount: -i - 1 })) });
    const errors = malformedErrors(store);
    expect(errors.length).toBe(20); // the default errorLimit: the newest are kept
    expect(new Set(errors.map((e) => e.id)).size).toBe(20);
    expect(view.getByTestId('list')).toHaveTextContent('Read by 2');
    expectCleanDOM(view.container);
  });

  it('a huge list of duplicates of one receipt counts once', async () => {
    const { store, view, send } = await setup();
    await send({ type: 'receipts', receipts: Array.from({ length: 20_000 }, () => good) });
    expect(store.getState().errors).toEqual([]);
    await waitFor(() => expect(view.getByTestId('list')).toHaveTextContent('Read by 3'));
    expect(store.getState().receipts.get('m-a')).toMatchObject({ readCount: 3, unreadCount: 1 });
  });
});
