import { ChatError, ErrorCode } from '../errors';
import { createMockAdapter } from '../../mock';
import { buildBackend } from '../../../test/support/mock-backend';
import { createChatStore } from './create-chat-store';
import { immediateUpdates } from './scheduler';
import { selectReceipt } from './selectors';
import { buildMessage, groupReceipt } from '../../../test/support/builders';
import { settle, startedStore } from '../../../test/support/fake-adapter';

const started = startedStore;

describe('applying receipt events', () => {
  it('never lets counts go backwards, whatever the arrival order (restart/reorder bug)', async () => {
    const { adapter, store } = await started();
    const message = buildMessage();
    adapter.emit({ type: 'messages', messages: [message] });
    adapter.emit({ type: 'receipts', receipts: [groupReceipt(message.messageID, 3, 1)] });
    adapter.emit({ type: 'receipts', receipts: [groupReceipt(message.messageID, 1, 3)] });
    adapter.emit({ type: 'receipts', receipts: [groupReceipt(message.messageID, 2, 2)] });
    expect(selectReceipt(store.getState(), message.messageID)).toMatchObject({ readCount: 3, unreadCount: 1 });
  });

  it('does not flicker 0 -> 1 -> 0 when a stale pull answers after a push', async () => {
    const { adapter, store } = await started();
    const message = buildMessage();
    adapter.history.set('GROUPteam', { messages: [message], nextCursor: '', isFinished: true });
    adapter.truth.set(message.messageID, groupReceipt(message.messageID, 0, 4));
    let answer: (value: unknown) => void = () => {};
    adapter.getMessageReadReceipts.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const opened = store.actions.openConversation('GROUPteam');
    await settle();
    const seen: number[] = [];
    store.subscribe((state) => {
      const receipt = selectReceipt(state, message.messageID);
      if (receipt?.kind === 'group') seen.push(receipt.readCount);
    });
    adapter.emit({ type: 'receipts', receipts: [groupReceipt(message.messageID, 1, 3)] });
    answer([groupReceipt(message.messageID, 0, 4)]);
    await opened;
    expect(seen).toEqual([1]);
  });

  it('bounds counts by the group size it loads itself, and keeps totals a shrunken group had at send time', async () => {
    // A plain store with no React and nobody asking for group info still checks counts.
    const { adapter, store } = await started({}, []);
    const [old, fresh] = [buildMessage(), buildMessage()];
    adapter.emit({ type: 'messages', messages: [old, fresh] });
    adapter.groups.set('team', { groupID: 'team', name: 'G', type: 'Work', memberCount: 20, receiptsEnabled: true });
    adapter.emit({ type: 'receipts', receipts: [groupReceipt(old.messageID, 2, 17)] });
    // Parked until the group's size is in, then applied.
    expect(selectReceipt(store.getState(), old.messageID)).toBeUndefined();
    await settle();
    expect(adapter.getGroupInfo.mock.calls).toEqual([['team']]);
    expect(selectReceipt(store.getState(), old.messageID)).toMatchObject({ readCount: 2, unreadCount: 17 });
    // `old` was sent when the group had 20 members; the group info now says fewer.
    adapter.groups.set('team', { groupID: 'team', name: 'G', type: 'Work', memberCount: 5, receiptsEnabled: true });
    await store.queryClient.refetchQueries({ queryKey: store.queries.groupInfo('team').queryKey });
    adapter.emit({ type: 'receipts', receipts: [groupReceipt(old.messageID, 3, 16), groupReceipt(fresh.messageID, 3, 1_000_000)] });
    expect(selectReceipt(store.getState(), old.messageID)).toMatchObject({ readCount: 3, unreadCount: 16 });
    expect(selectReceipt(store.getState(), fresh.messageID)).toBeUndefined();
    const errors = store.getState().errors.filter((e) => e.error.code === ErrorCode.MALFORMED_PAYLOAD);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.error.message).toMatch(/counts 1000003 members, but group "team" has 5/);
  });

  it('bounds counts by the group size in the query cache now, when an app sharing it sets or removes the entry', async () => {
    const { adapter, store } = await started({}, []);
    const message = buildMessage();
    const info = { groupID: 'team', name: 'G', type: 'Work', memberCount: 5, receiptsEnabled: true } as const;
    adapter.groups.set('team', info);
    adapter.emit({ type: 'messages', messages: [message] });
    adapter.emit({ type: 'receipts', receipts: [groupReceipt(message.messageID, 1, 3)] });
    await settle();
    expect(selectReceipt(store.getState(), message.messageID)).toMatchObject({ readCount: 1, unreadCount: 3 });
    const { queryKey } = store.queries.groupInfo('team');
    store.queryClient.setQueryData(queryKey, { ...info, memberCount: 50 });
    adapter.emit({ type: 'receipts', receipts: [groupReceipt(message.messageID, 2, 38)] });
    expect(selectReceipt(store.getState(), message.messageID)).toMatchObject({ readCount: 2, unreadCount: 38 });
    // Gone from the cache: the size is unknown again, so the next receipt waits for it.
    store.queryClient.removeQueries({ queryKey, exact: true });
    adapter.emit({ type: 'receipts', receipts: [groupReceipt(message.messageID, 3, 37)] });
    expect(selectReceipt(store.getState(), message.messageID)).toMatchObject({ readCount: 2 });
    await settle();
    expect(adapter.getGroupInfo.mock.calls).toEqual([['team'], ['team']]);
    expect(selectReceipt(store.getState(), message.messageID)).toMatchObject({ readCount: 3, unreadCount: 37 });
    expect(store.getState().errors).toEqual([]);
  });

  it('holds every receipt of loaded messages while the group size loads, beyond the park limit', async () => {
    const { adapter, store } = await started({ parkedLimit: 100 }, []);
    const messages = Array.from({ length: 300 }, () => buildMessage());
    adapter.emit({ type: 'messages', messages });
    adapter.emit({ type: 'receipts', receipts: messages.map((m) => groupReceipt(m.messageID, 1, 4)) });
    expect(store.getState().receipts.size).toBe(0);
    await settle();
    expect(adapter.getGroupInfo).toHaveBeenCalledTimes(1);
    expect(store.getState().receipts.size).toBe(300);
  });

  it('applies receipts it parked for a group whose info cannot be loaded, rather than losing them', async () => {
    const { adapter, store } = await started({}, []);
    const message = buildMessage();
    adapter.emit({ type: 'messages', messages: [message] });
    adapter.getGroupInfo.mockRejectedValue(new ChatError(ErrorCode.NO_PERMISSION, 'not yours'));
    adapter.emit({ type: 'receipts', receipts: [groupReceipt(message.messageID, 2, 3)] });
    await settle();
    expect(selectReceipt(store.getState(), message.messageID)).toMatchObject({ readCount: 2, unreadCount: 3 });
  });

  it('ignores duplicates without any state update (no re-render)', async () => {
    const { adapter, store } = await started();
    const message = buildMessage();
    adapter.emit({ type: 'messages', messages: [message] });
    adapter.emit({ type: 'receipts', receipts: [groupReceipt(message.messageID, 2, 2)] });
    const listener = vi.fn();
    store.subscribe(listener);
    adapter.emit({ type: 'receipts', receipts: [groupReceipt(message.messageID, 2, 2)] });
    adapter.emit({ type: 'messages', messages: [message] });
    expect(listener).not.toHaveBeenCalled();
  });

  it('applies a batch of receipts in one update and keeps other messages\' receipt objects', async () => {
    const { adapter, store } = await started();
    const [a, b, c] = [buildMessage(), buildMessage(), buildMessage()];
    adapter.emit({ type: 'messages', messages: [a!, b!, c!] });
    adapter.emit({ type: 'receipts', receipts: [groupReceipt(a!.messageID, 1, 3), groupReceipt(b!.messageID, 1, 3)] });
    const before = store.getState();
    const listener = vi.fn();
    store.subscribe(listener);
    adapter.emit({
      type: 'receipts',
      receipts: [groupReceipt(a!.messageID, 2, 2), groupReceipt(a!.messageID, 3, 1), groupReceipt(c!.messageID, 1, 3)],
    });
    expect(listener).toHaveBeenCalledTimes(1);
    const after = store.getState();
    expect(selectReceipt(after, b!.messageID)).toBe(selectReceipt(before, b!.messageID));
    expect(selectReceipt(after, a!.messageID)).toMatchObject({ readCount: 3 });
    expect(after.messages).toBe(before.messages);
  });

  it('parks a receipt for a message not loaded yet and applies it when the message arrives', async () => {
    const { adapter, store } = await started();
    const message = buildMessage();
    adapter.emit({ type: 'receipts', receipts: [groupReceipt(message.messageID, 2, 2)] });
    expect(store.getState().receipts.size).toBe(0);
    adapter.emit({ type: 'messages', messages: [message] });
    expect(selectReceipt(store.getState(), message.messageID)).toMatchObject({ readCount: 2 });
  });

  it('drops parked receipts after their time to live', async () => {
    let now = 0;
    const { adapter, store } = await started({ now: () => now, parkedTtlMs: 1000 });
    const message = buildMessage();
    adapter.emit({ type: 'receipts', receipts: [groupReceipt(message.messageID, 2, 2)] });
    now = 1001;
    adapter.emit({ type: 'messages', messages: [message] });
    expect(store.getState().receipts.size).toBe(0);
  });

  it('keeps at most parkedLimit parked receipts, evicting the oldest', async () => {
    const { adapter, store } = await started({ parkedLimit: 2 });
    const [a, b, c] = [buildMessage(), buildMessage(), buildMessage()];
    adapter.emit({ type: 'receipts', receipts: [a!, b!, c!].map((m) => groupReceipt(m.messageID, 1, 1)) });
    adapter.emit({ type: 'messages', messages: [a!, b!, c!] });
    expect([...store.getState().receipts.keys()].sort()).toEqual([b!.messageID, c!.messageID].sort());
  });

  it('rejects malformed receipts with one MALFORMED_PAYLOAD error each and no NaN or negatives in state', async () => {
    const { adapter, store } = await started();
    const message = buildMessage();
    adapter.emit({ type: 'messages', messages: [message] });
    const bad = [
      { ...groupReceipt(message.messageID, 1, 1), readCount: -1 },
      { ...groupReceipt(message.messageID, 1, 1), unreadCount: Number.NaN },
      { ...groupReceipt(message.messageID, 1, 1), readCount: '3' },
    ];
    adapter.emit({ type: 'receipts', receipts: [...bad, groupReceipt(message.messageID, 1, 1)] as never });
    const { errors } = store.getState();
    expect(errors.map((entry) => entry.error.code)).toEqual([ErrorCode.MALFORMED_PAYLOAD, ErrorCode.MALFORMED_PAYLOAD, ErrorCode.MALFORMED_PAYLOAD]);
    expect(new Set(errors.map((entry) => entry.id)).size).toBe(3);
    expect(selectReceipt(store.getState(), message.messageID)).toEqual(groupReceipt(message.messageID, 1, 1));
  });

  it('treats IDs such as __proto__ as data', async () => {
    const { adapter, store } = await started();
    const message = buildMessage({ messageID: '__proto__' });
    adapter.emit({ type: 'messages', messages: [message] });
    adapter.emit({ type: 'receipts', receipts: [groupReceipt('__proto__', 1, 1)] });
    expect(selectReceipt(store.getState(), '__proto__')).toMatchObject({ readCount: 1 });
  });

  it('never shows a receipt before the message was sent, and applies it once the send resolves', async () => {
    const { adapter, store } = await started();
    let finish: () => void = () => {};
    adapter.sendMessage.mockImplementationOnce(
      (input) => new Promise((resolve) => (finish = () => resolve(buildMessage({ messageID: 'srv1', clientID: input.clientID, text: input.text })))),
    );
    const sending = store.actions.sendMessage('GROUPteam', 'hi', { needReadReceipt: true });
    const [localID] = store.getState().conversations.get('GROUPteam')!.messageIDs;
    expect(store.getState().messages.get(localID!)?.status).toBe('sending');
    adapter.emit({ type: 'receipts', receipts: [groupReceipt('srv1', 1, 3)] });
    adapter.emit({ type: 'receipts', receipts: [groupReceipt(localID!, 1, 3)] });
    expect(selectReceipt(store.getState(), localID!)).toBeUndefined();
    expect(store.getState().receipts.size).toBe(0);
    finish();
    await sending;
    expect(store.getState().conversations.get('GROUPteam')!.messageIDs).toEqual(['srv1']);
    expect(selectReceipt(store.getState(), 'srv1')).toMatchObject({ readCount: 1 });
  });
});

describe('1:1 read marks', () => {
  it('marks own messages up to the timestamp read, in that conversation only', async () => {
    const { adapter, store } = await started();
    const old = buildMessage({ conversationID: 'C2Cbob', time: 100 });
    const later = buildMessage({ conversationID: 'C2Cbob', time: 300 });
    const incoming = buildMessage({ conversationID: 'C2Cbob', senderID: 'bob', time: 150 });
    const elsewhere = buildMessage({ conversationID: 'C2Ccarol', time: 100 });
    adapter.emit({ type: 'messages', messages: [old, later, incoming, elsewhere] });
    adapter.emit({ type: 'c2cRead', userID: 'bob', timestamp: 200 });
    const state = store.getState();
    expect(selectReceipt(state, old.messageID)).toMatchObject({ kind: 'c2c', peerRead: true, userID: 'bob' });
    expect(selectReceipt(state, later.messageID)).toBeUndefined();
    expect(selectReceipt(state, incoming.messageID)).toBeUndefined();
    expect(selectReceipt(state, elsewhere.messageID)).toBeUndefined();
  });

  it('applies a read mark to messages loaded after it', async () => {
    const { adapter, store } = await started();
    adapter.emit({ type: 'c2cRead', userID: 'bob', timestamp: 200 });
    const old = buildMessage({ conversationID: 'C2Cbob', time: 100 });
    adapter.emit({ type: 'messages', messages: [old] });
    expect(selectReceipt(store.getState(), old.messageID)).toMatchObject({ peerRead: true });
  });

  it('reports a malformed read mark once', async () => {
    const { adapter, store } = await started();
    adapter.emit({ type: 'c2cRead', userID: 'bob', timestamp: Number.NaN });
    expect(store.getState().errors.map((entry) => entry.error.code)).toEqual([ErrorCode.MALFORMED_PAYLOAD]);
  });
});

describe('a group message just sent', () => {
  it('gets its counts ("0 of 3") without waiting for someone to read it, one request for a burst of sends', async () => {
    const backend = buildBackend();
    const adapter = createMockAdapter(backend, 'alice');
    const pulls = vi.spyOn(adapter, 'getMessageReadReceipts');
    const store = createChatStore(adapter, { scheduler: immediateUpdates });
    const stop = store.actions.start();
    await vi.waitFor(() => expect(store.getState().session).toBe('ready'));
    await store.actions.openConversation('GROUPteam');
    pulls.mockClear();
    const sent = await Promise.all(['one', 'two', 'three'].map((text) => store.actions.sendMessage('GROUPteam', text)));
    await vi.waitFor(() => {
      for (const message of sent) expect(selectReceipt(store.getState(), message!.messageID)).toMatchObject({ readCount: 0, unreadCount: 3 });
    });
    expect(pulls).toHaveBeenCalledTimes(1);
    // A 1:1 message needs no pull: its read mark is all there is.
    await store.actions.sendMessage('C2Cbob', 'hi');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(pulls).toHaveBeenCalledTimes(1);
    stop();
  });
});
