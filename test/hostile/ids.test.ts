import type { MessageID } from '../../src/core';
import { validateMessage, validateReceipt } from '../../src/core';
import { createChatStore, selectReceipt } from '../../src/core/store';
import { startedStore } from '../support/fake-adapter';
import { createMockAdapter, createMockBackend } from '../../src/mock';
import { until } from '../ws/harness';
import { prototypeKeys } from './corpus';

/**
 * IDs such as `__proto__` and `constructor` are data: users, groups, messages and receipts
 * named after Object.prototype members work like any other, and nothing reaches
 * Object.prototype, whether they travel as IDs or as own keys of a JSON payload.
 */

function expectPrototypeUntouched(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  expect(typeof ({} as object).toString).toBe('function');
  expect(({}).constructor).toBe(Object);
}

afterEach(() => expectPrototypeUntouched());

describe('prototype-named IDs are plain data', () => {
  it.each(prototypeKeys.map((key) => [key]))('the mock backend and the store handle %s as an ID', async (key) => {
    const sender = key;
    const reader = `${key}-reader`;
    const groupID = key;
    const backend = createMockBackend({
      users: [
        { userID: sender, nickname: key },
        { userID: reader, nickname: key },
        { userID: 'plain' },
      ],
      groups: [{ groupID, name: key, type: 'Work', members: [sender, { userID: reader, nameCard: key }, 'plain'] }],
    });
    expect(backend.getGroupInfo(sender, groupID)).toMatchObject({ groupID, name: key, memberCount: 3 });
    expect(backend.getUserProfiles(sender, [key, 'nobody'])).toEqual([{ userID: key, nickname: key }]);

    const senderStore = createChatStore(createMockAdapter(backend, sender), { receiptIntervalMs: 0 });
    const readerStore = createChatStore(createMockAdapter(backend, reader), { receiptIntervalMs: 0 });
    const stops = [senderStore, readerStore].map((store) => store.actions.start());
    await until(() => senderStore.getState().session === 'ready' && readerStore.getState().session === 'ready', 2_000, 'login');
    const conversationID = `GROUP${groupID}`;
    await senderStore.actions.openConversation(conversationID);
    await readerStore.actions.openConversation(conversationID);

    const sent = await senderStore.actions.sendMessage(conversationID, key, { needReadReceipt: true });
    expect(sent).toMatchObject({ status: 'sent', text: key, senderID: sender });
    const messageID = sent!.messageID;
    await until(() => readerStore.getState().messages.has(messageID), 2_000, 'the message to reach the reader');

    readerStore.actions.reportRead([messageID]);
    await until(() => {
      const receipt = selectReceipt(senderStore.getState(), messageID);
      return receipt?.kind === 'group' && receipt.readCount === 1;
    }, 2_000, 'the receipt');
    expect(selectReceipt(senderStore.getState(), messageID)).toMatchObject({ groupID, readCount: 1, unreadCount: 1 });
    const page = backend.getGroupMessageReadMemberList(sender, { messageID, filter: 'read' });
    expect(page.members.map((m) => m.profile)).toEqual([expect.objectContaining({ userID: reader, nickname: key, nameCard: key })]);
    await expect(senderStore.actions.loadProfile(reader)).resolves.toMatchObject({ userID: reader, nickname: key });
    await expect(senderStore.actions.loadGroupInfo(groupID)).resolves.toMatchObject({ groupID, name: key });
    expect(senderStore.getState().errors).toEqual([]);
    expect(readerStore.getState().errors).toEqual([]);
    stops.forEach((stop) => stop());
  });

  it.each(prototypeKeys.map((key) => [key]))('the store keeps messages, receipts and parked receipts with ID %s', async (key) => {
    const { adapter, store } = await startedStore({}, [key]);
    const emit = adapter.emit;
    const messageID: MessageID = key;
    // The receipt comes first and is parked under the key, then the message arrives.
    emit({ type: 'receipts', receipts: [{ kind: 'group', messageID, groupID: key, readCount: 2, unreadCount: 3, version: 2 }] });
    expect(store.getState().receipts.size).toBe(0);
    emit({
      type: 'messages',
      messages: [
        { messageID, conversationID: `GROUP${key}`, senderID: 'me', text: key, time: 1, seq: 1, status: 'sent', needReadReceipt: true },
      ],
    });
    expect(store.getState().messages.get(messageID)?.text).toBe(key);
    expect(selectReceipt(store.getState(), messageID)).toMatchObject({ readCount: 2, unreadCount: 3 });
    expect(store.getState().conversations.get(`GROUP${key}`)?.messageIDs).toEqual([messageID]);
    // A message that is not loaded, named after a prototype member, is still unknown.
    expect(store.getState().messages.get(`${key}x`)).toBeUndefined();
    expect(store.getState().errors).toEqual([]);
  });

  it('own __proto__ / constructor keys of JSON payloads never pollute Object.prototype', async () => {
    const receiptJSON = JSON.parse(
      '{"kind":"group","messageID":"m1","groupID":"g1","readCount":1,"unreadCount":2,"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}',
    ) as unknown;
    const result = validateReceipt(receiptJSON);
    expect(result).toEqual({ ok: true, receipt: { kind: 'group', messageID: 'm1', groupID: 'g1', readCount: 1, unreadCount: 2 } });
    const messageJSON = JSON.parse(
      '{"messageID":"__proto__","conversationID":"GROUP__proto__","senderID":"constructor","text":"x","time":1,"seq":1,"status":"sent","needReadReceipt":true,"__proto__":{"polluted":1}}',
    ) as unknown;
    expect(validateMessage(messageJSON)).toMatchObject({ ok: true, message: { messageID: '__proto__', senderID: 'constructor' } });
    // A receipt whose fields sit only on a polluted-looking prototype is rejected, not read through.
    const inherited = JSON.parse('{"__proto__":{"kind":"group","messageID":"m1","groupID":"g1","readCount":1,"unreadCount":0}}') as unknown;
    expect(validateReceipt(inherited).ok).toBe(false);

    // Through the mock backend and adapter: a user whose profile carries a __proto__ key.
    const backend = createMockBackend({
      users: [JSON.parse('{"userID":"__proto__","nickname":"p","__proto__":{"polluted":1}}'), { userID: 'constructor' }],
      groups: [{ groupID: 'constructor', name: 'c', type: 'Work', members: ['__proto__', 'constructor'] }],
    });
    const adapter = createMockAdapter(backend, 'constructor');
    await adapter.login();
    const [profile] = await adapter.getUserProfiles(['__proto__']);
    expect(profile?.userID).toBe('__proto__');
    expect(Object.getPrototypeOf(profile)).toBe(Object.prototype);
    expect(() => backend.addUser(JSON.parse('{"userID":"x","__proto__":{"polluted":1}}'))).not.toThrow();
  });
});
