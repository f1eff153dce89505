// @vitest-environment node
import { ErrorCode } from '../../src/core';
import { codeOf } from '../contract/fixture';
import { useRealSdk } from './real-sdk/harness';

describe('Tencent on the real SDK: subscribe', () => {
  const h = useRealSdk();

  it('shares one set of SDK handlers between subscribers and removes them with chat.off', () => {
    const adapter = h().setup.adapterFor('alice');
    const chat = h().setup.chatOf('alice');
    const on = vi.spyOn(chat, 'on');
    const off = vi.spyOn(chat, 'off');
    const a = adapter.subscribe(() => {});
    const added = on.mock.calls.map(([name]) => name);
    expect(added).toEqual(['onMessageReceived', 'onMessageReadReceiptReceived', 'onMessageReadByPeer']);
    const b = adapter.subscribe(() => {});
    expect(on).toHaveBeenCalledTimes(added.length);
    a();
    a();
    expect(off).not.toHaveBeenCalled();
    b();
    expect(off.mock.calls.map(([name]) => name)).toEqual(added);
    expect(off.mock.calls.map(([, handler]) => handler)).toEqual(on.mock.calls.map(([, handler]) => handler));
  });

  it('keeps delivering to other listeners when one throws', async () => {
    const alice = await h().as('alice');
    const failure = new Error('listener bug');
    // ListenerSet rethrows a listener's error in a microtask, where a page would report it; catch it
    // there so the test sees it without leaking an uncaught exception into the run.
    const original = globalThis.queueMicrotask;
    const reported = new Promise((resolve) => {
      vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((task) =>
        original(() => {
          try {
            task();
          } catch (error) {
            if (error !== failure) throw error;
            resolve(error);
          }
        }),
      );
    });
    alice.adapter.subscribe(() => {
      throw failure;
    });
    const bob = await h().as('bob');
    await bob.adapter.sendMessage({ conversationID: 'C2Calice', text: 'hi', needReadReceipt: false });
    await alice.waitFor('messages');
    expect(await reported).toBe(failure);
  });
});

describe('Tencent on the real SDK: SDK events → ChatEvents', () => {
  const h = useRealSdk();

  it('MESSAGE_RECEIVED → messages, time in ms, under the receiver\'s conversation ID', async () => {
    const alice = await h().as('alice');
    const bob = await h().as('bob');
    const sent = await bob.adapter.sendMessage({ conversationID: 'C2Calice', text: 'hi', needReadReceipt: true });
    expect(await alice.waitFor('messages')).toEqual({
      type: 'messages',
      messages: [{ ...sent, conversationID: 'C2Cbob', clientID: undefined }].map(({ clientID: _, ...m }) => m),
    });
  });

  it('MESSAGE_READ_RECEIPT_RECEIVED → group and 1:1 receipts (1:1 time in ms)', async () => {
    const alice = await h().as('alice');
    const g = await alice.adapter.sendMessage({ conversationID: 'GROUPteam', text: 'g', needReadReceipt: true });
    const c = await alice.adapter.sendMessage({ conversationID: 'C2Cbob', text: 'c', needReadReceipt: true });
    const bob = await h().as('bob');
    await bob.adapter.getMessageHistory({ conversationID: 'GROUPteam' });
    await bob.adapter.getMessageHistory({ conversationID: 'C2Calice' });
    await bob.adapter.sendMessageReadReceipts([g.messageID]);
    await bob.adapter.sendMessageReadReceipts([c.messageID]);
    await alice.waitFor('receipts', (e) => e.receipts.some((r) => r.kind === 'c2c'));
    const receipts = alice.events.flatMap((e) => (e.type === 'receipts' ? e.receipts : []));
    expect(receipts).toEqual([
      { kind: 'group', messageID: g.messageID, groupID: 'team', readCount: 1, unreadCount: 4 },
      { kind: 'c2c', messageID: c.messageID, userID: 'bob', peerRead: true, timestamp: expect.any(Number) },
    ]);
    const c2c = receipts[1] as { timestamp: number };
    expect(c2c.timestamp % 1000).toBe(0);
    expect(c2c.timestamp).toBeGreaterThan(1_700_000_000_000);
  });

  it('MESSAGE_READ_BY_PEER → one c2cRead per peer with its latest message time', async () => {
    const alice = await h().as('alice');
    const bob = await h().as('bob');
    await alice.adapter.sendMessage({ conversationID: 'C2Cbob', text: 'a', needReadReceipt: false });
    const last = await alice.adapter.sendMessage({ conversationID: 'C2Cbob', text: 'b', needReadReceipt: false });
    await bob.waitFor('messages', (e) => e.messages.some((m) => m.messageID === last.messageID));
    await bob.adapter.markC2CMessageAsRead('alice');
    expect(await alice.waitFor('c2cRead')).toEqual({ type: 'c2cRead', userID: 'bob', timestamp: last.time });
    expect(await alice.settle('c2cRead')).toHaveLength(1);
  });

  it('NET_STATE_CHANGE → connection: a dropped socket is reported down, then connected again', async () => {
    const alice = await h().as('alice');
    h().setup.service.sessionsOf('alice')[0]?.link.drop();
    await alice.waitFor('connection', (e) => e.state === 'connected');
    // A socket that dies within a second of opening counts as a failed reconnect: 'disconnected'.
    expect(alice.events.flatMap((e) => (e.type === 'connection' ? [e.state] : []))).toEqual([
      expect.stringMatching(/^(connecting|disconnected)$/),
      'connected',
    ]);
    await expect(alice.adapter.getGroupInfo('team')).resolves.toMatchObject({ groupID: 'team' });
  });
});

describe('Tencent on the real SDK: login', () => {
  const h = useRealSdk('index.js', { readyTimeoutMs: 300 });

  it('waits for SDK_READY, then resolves the logged-in user', async () => {
    const adapter = h().setup.adapterFor('alice');
    await expect(adapter.login()).resolves.toEqual({ userID: 'alice' });
    expect(h().setup.chatOf('alice').isReady()).toBe(true);
  });

  it('rejects with SDK_NOT_READY after readyTimeoutMs when the app never logs in, and leaves no handler behind', async () => {
    h().setup.adapterFor('alice');
    const chat = h().setup.chatOf('alice');
    const { createTencentChatAdapter } = await import('../../src/tencent');
    const adapter = createTencentChatAdapter(chat, { readyTimeoutMs: 50 });
    const on = vi.spyOn(chat, 'on');
    const off = vi.spyOn(chat, 'off');
    expect(await codeOf(adapter.login())).toBe(ErrorCode.SDK_NOT_READY);
    expect(off.mock.calls.map(([, handler]) => handler)).toEqual(on.mock.calls.map(([, handler]) => handler));
  });

  it('rejects calls before login with NOT_LOGGED_IN without a request', async () => {
    const adapter = h().setup.adapterFor('alice');
    const sent = h().setup.service.requests.length;
    expect(await codeOf(adapter.sendMessageReadReceipts(['x']))).toBe(ErrorCode.NOT_LOGGED_IN);
    expect(h().setup.service.requests.length).toBe(sent);
  });
});

describe('Tencent on the real SDK: group types', () => {
  const h = useRealSdk();

  it.each([
    ['Community', 'Community', false],
    ['AVChatRoom', 'AVChatRoom', false],
    ['ChatRoom', 'Meeting', true],
    ['Public', 'Public', true],
  ])('SDK type %s is %s, receipts %s', async (sdkType, kitType, receipts) => {
    h().setup.service.directory.groups.set('g', { groupID: 'g', name: 'G', type: sdkType, members: new Map([['alice', { nameCard: '', joinTime: 0 }]]), nextSeq: 1 });
    const alice = await h().as('alice');
    expect(await alice.adapter.getGroupInfo('g')).toMatchObject({ type: kitType, receiptsEnabled: receipts });
    if (!receipts) {
      expect(await codeOf(alice.adapter.sendMessage({ conversationID: 'GROUPg', text: 'x', needReadReceipt: true }))).toBe(ErrorCode.RECEIPTS_NOT_ENABLED);
    }
  });
});
