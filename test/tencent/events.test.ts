import type { ChatEvent } from '../../src/core';
import { ErrorCode } from '../../src/core';
import { createTencentChatAdapter } from '../../src/tencent';
import { codeOf } from '../contract/fixture';
import { FakeChat, makeSdkMessage } from './fake-sdk';
import { createFixtureServer } from './setup';

async function ready(userID = 'alice') {
  const chat = new FakeChat(createFixtureServer(), userID);
  await chat.signIn();
  const adapter = createTencentChatAdapter(chat);
  const events: ChatEvent[] = [];
  return { chat, adapter, events, unsubscribe: adapter.subscribe((e) => events.push(e)) };
}

describe('subscribe', () => {
  it('shares one set of SDK handlers between subscribers and removes them with chat.off', async () => {
    const chat = new FakeChat(createFixtureServer(), 'alice');
    const adapter = createTencentChatAdapter(chat);
    const a = adapter.subscribe(() => {});
    const count = chat.handlerCount();
    expect(count).toBe(5);
    const b = adapter.subscribe(() => {});
    expect(chat.handlerCount()).toBe(count);
    a();
    a();
    expect(chat.handlerCount()).toBe(count);
    b();
    expect(chat.handlerCount()).toBe(0);
  });

  it('keeps delivering to other listeners when one throws', async () => {
    const { chat, adapter, events } = await ready();
    const failure = new Error('listener bug');
    const reported = new Promise((resolve) => process.once('uncaughtException', resolve));
    adapter.subscribe(() => {
      throw failure;
    });
    chat.emit('netStateChange', { state: 'connecting' });
    expect(events).toEqual([{ type: 'connection', state: 'connecting' }]);
    expect(await reported).toBe(failure);
  });
});

describe('SDK events → ChatEvents', () => {
  it('MESSAGE_RECEIVED → messages (text only, time in ms)', async () => {
    const { chat, events } = await ready();
    const text = makeSdkMessage({ ID: 'm1', conversationID: 'C2Cbob', from: 'bob', to: 'alice', time: 1_700_000_123, sequence: 7, needReadReceipt: true, payload: { text: 'hi' } });
    const tip = makeSdkMessage({ ID: 'm2', conversationID: 'GROUPteam', from: 'bob', to: 'team', type: 'TIMGroupTipElem' as never });
    chat.emit('onMessageReceived', [text, tip]);
    expect(events).toEqual([
      {
        type: 'messages',
        messages: [
          { messageID: 'm1', conversationID: 'C2Cbob', senderID: 'bob', text: 'hi', time: 1_700_000_123_000, seq: 7, status: 'sent', needReadReceipt: true },
        ],
      },
    ]);
  });

  it('MESSAGE_READ_RECEIPT_RECEIVED → group and 1:1 receipts', async () => {
    const { chat, events } = await ready();
    chat.emit('onMessageReadReceiptReceived', [
      { groupID: 'team', messageID: 'g1', readCount: 2, unreadCount: 3 },
      { userID: 'bob', messageID: 'c1', isPeerRead: true, timestamp: 1_700_000_500 },
    ]);
    expect(events).toEqual([
      {
        type: 'receipts',
        receipts: [
          { kind: 'group', messageID: 'g1', groupID: 'team', readCount: 2, unreadCount: 3 },
          { kind: 'c2c', messageID: 'c1', userID: 'bob', peerRead: true, timestamp: 1_700_000_500_000 },
        ],
      },
    ]);
  });

  it('MESSAGE_READ_BY_PEER → c2cRead per peer with the latest message time', async () => {
    const { chat, events } = await ready();
    const mine = (ID: string, time: number) => makeSdkMessage({ ID, conversationID: 'C2Cbob', from: 'alice', to: 'bob', flow: 'out', time });
    chat.emit('onMessageReadByPeer', [mine('a', 1_700_000_010), mine('b', 1_700_000_020)]);
    expect(events).toEqual([{ type: 'c2cRead', userID: 'bob', timestamp: 1_700_000_020_000 }]);
  });

  it('NET_STATE_CHANGE → connection; KICKED_OUT → disconnected; unknown states are ignored', async () => {
    const { chat, events } = await ready();
    for (const state of ['connecting', 'connected', 'disconnected', 'weird']) chat.emit('netStateChange', { state });
    chat.emit('kickedOut', { type: 'multipleAccount' });
    expect(events.map((e) => (e.type === 'connection' ? e.state : e.type))).toEqual(['connecting', 'connected', 'disconnected', 'disconnected']);
  });

  it('a real round trip: a reader’s receipt reaches the sender as a receipts event', async () => {
    const { chat, adapter, events } = await ready();
    const bobChat = new FakeChat(chat.server, 'bob');
    await bobChat.signIn();
    const bob = createTencentChatAdapter(bobChat);
    const sent = await adapter.sendMessage({ conversationID: 'GROUPteam', text: 'x', needReadReceipt: true });
    await bob.sendMessageReadReceipts([sent.messageID]);
    await vi.waitFor(() => expect(events.some((e) => e.type === 'receipts')).toBe(true));
    expect(events.find((e) => e.type === 'receipts')).toEqual({
      type: 'receipts',
      receipts: [{ kind: 'group', messageID: sent.messageID, groupID: 'team', readCount: 1, unreadCount: 4 }],
    });
  });
});

describe('login and session', () => {
  it('waits for SDK_READY, then resolves the logged-in user', async () => {
    const chat = new FakeChat(createFixtureServer(), 'alice');
    const adapter = createTencentChatAdapter(chat);
    const login = adapter.login();
    void chat.signIn();
    await expect(login).resolves.toEqual({ userID: 'alice' });
    expect(chat.handlerCount()).toBe(0);
  });

  it('rejects with SDK_NOT_READY after the timeout when the app never logs in', async () => {
    const chat = new FakeChat(createFixtureServer(), 'alice');
    const adapter = createTencentChatAdapter(chat, { readyTimeoutMs: 20 });
    expect(await codeOf(adapter.login())).toBe(ErrorCode.SDK_NOT_READY);
    expect(chat.handlerCount()).toBe(0);
  });

  it('rejects calls before login with NOT_LOGGED_IN without touching the SDK', async () => {
    const chat = new FakeChat(createFixtureServer(), 'alice');
    const adapter = createTencentChatAdapter(chat);
    expect(await codeOf(adapter.sendMessageReadReceipts(['x']))).toBe(ErrorCode.NOT_LOGGED_IN);
    expect(chat.calls).toEqual([]);
  });
});

describe('groups that never have receipts', () => {
  it.each([
    ['Community', 'Community'],
    ['AVChatRoom', 'AVChatRoom'],
    ['ChatRoom', 'Meeting'],
    ['Public', 'Public'],
  ])('SDK type %s is %s', async (sdkType, kitType) => {
    const { chat, adapter } = await ready();
    chat.server.addGroup('g', sdkType, ['alice', 'bob']);
    const info = await adapter.getGroupInfo('g');
    expect(info.type).toBe(kitType);
    expect(info.receiptsEnabled).toBe(kitType !== 'Community' && kitType !== 'AVChatRoom');
  });

  it('rejects receipt calls on an AVChatRoom message with RECEIPTS_NOT_ENABLED', async () => {
    const { chat, adapter } = await ready();
    chat.server.addGroup('live', 'AVChatRoom', ['alice', 'bob']);
    const sent = await adapter.sendMessage({ conversationID: 'GROUPlive', text: 'x', needReadReceipt: false });
    expect(await codeOf(adapter.sendMessage({ conversationID: 'GROUPlive', text: 'x', needReadReceipt: true }))).toBe(ErrorCode.RECEIPTS_NOT_ENABLED);
    expect(await codeOf(adapter.getMessageReadReceipts([sent.messageID]))).toBe(ErrorCode.RECEIPTS_NOT_ENABLED);
    expect(await codeOf(adapter.getGroupMessageReadMemberList({ messageID: sent.messageID, filter: 'read' }))).toBe(ErrorCode.RECEIPTS_NOT_ENABLED);
  });
});
