import { ErrorCode } from '../../src/core';
import type { ChatAdapter } from '../../src/core';
import { codeOf } from '../contract/fixture';
import type { FakeChat } from './fake-sdk';
import { createTencentSetup } from './setup';

/** What the adapter hands the SDK: options, Message objects, batch sizes, filters and cursors. */
describe('createTencentChatAdapter: SDK calls', () => {
  let chats: FakeChat[];
  let adapterFor: (userID: string) => ChatAdapter;

  beforeEach(() => {
    const setup = createTencentSetup();
    chats = setup.chats;
    adapterFor = setup.adapterFor;
  });

  async function loggedIn(userID: string) {
    const adapter = adapterFor(userID);
    await adapter.login();
    return { adapter, chat: chats[chats.length - 1] as FakeChat };
  }

  it('creates text messages with needReadReceipt at creation time, then sends them', async () => {
    const { adapter, chat } = await loggedIn('alice');
    const message = await adapter.sendMessage({ conversationID: 'GROUPteam', text: 'hi', needReadReceipt: true, clientID: 'c1' });
    expect(chat.callsOf('createTextMessage')[0]?.args[0]).toEqual({
      to: 'team',
      conversationType: 'GROUP',
      payload: { text: 'hi' },
      needReadReceipt: true,
    });
    const [sent] = chat.callsOf('sendMessage')[0]?.args as [{ ID: string }];
    expect(message).toMatchObject({ messageID: sent.ID, clientID: 'c1', status: 'sent', conversationID: 'GROUPteam' });
    expect(message.time % 1000).toBe(0);
    expect(message.time).toBeGreaterThan(1_700_000_000_000);
  });

  it('sends 1:1 messages with the C2C conversation type after checking the peer exists', async () => {
    const { adapter, chat } = await loggedIn('alice');
    await adapter.sendMessage({ conversationID: 'C2Cbob', text: 'yo', needReadReceipt: false });
    expect(chat.callsOf('getUserProfile')[0]?.args[0]).toEqual({ userIDList: ['bob'] });
    expect(chat.callsOf('createTextMessage')[0]?.args[0]).toMatchObject({ to: 'bob', conversationType: 'C2C', needReadReceipt: false });
  });

  it('pages history with getMessageList in calls of at most 15, walking nextReqMessageID', async () => {
    const { adapter, chat } = await loggedIn('alice');
    for (let i = 0; i < 40; i += 1) await adapter.sendMessage({ conversationID: 'GROUPteam', text: `m${i}`, needReadReceipt: false });
    const page = await adapter.getMessageHistory({ conversationID: 'GROUPteam', count: 35 });
    const calls = chat.callsOf('getMessageList').map((c) => c.args[0] as { count: number; nextReqMessageID?: string });
    expect(calls.map((c) => c.count)).toEqual([15, 15, 5]);
    expect(calls[0]?.nextReqMessageID).toBeUndefined();
    expect(calls[1]?.nextReqMessageID).toEqual(expect.any(String));
    expect(page.messages.map((m) => m.text)).toEqual(Array.from({ length: 35 }, (_, i) => `m${i + 5}`));
    expect(page.isFinished).toBe(false);
    const rest = await adapter.getMessageHistory({ conversationID: 'GROUPteam', cursor: page.nextCursor });
    expect(rest.messages.map((m) => m.text)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(rest).toMatchObject({ isFinished: true, nextCursor: '' });
  });

  it('reports receipts with Message objects, at most 30 per call, one conversation per call', async () => {
    const { adapter: alice } = await loggedIn('alice');
    const { adapter: bob, chat } = await loggedIn('bob');
    const ids: string[] = [];
    for (let i = 0; i < 35; i += 1) ids.push((await alice.sendMessage({ conversationID: 'GROUPteam', text: `g${i}`, needReadReceipt: true })).messageID);
    for (let i = 0; i < 5; i += 1) ids.push((await alice.sendMessage({ conversationID: 'C2Cbob', text: `c${i}`, needReadReceipt: true })).messageID);
    await bob.sendMessageReadReceipts(ids);
    const batches = chat.callsOf('sendMessageReadReceipt').map((c) => c.args[0] as Array<{ ID: string; conversationID: string }>);
    expect(batches.map((b) => b.length)).toEqual([30, 5, 5]);
    for (const batch of batches) expect(new Set(batch.map((m) => m.conversationID)).size).toBe(1);
    expect(batches.flat().map((m) => m.ID)).toEqual(ids);
    expect(batches[0]?.[0]).toHaveProperty('needReadReceipt', true);
  });

  it('skips own messages and reports unknown IDs only when nothing is left', async () => {
    const { adapter: alice, chat } = await loggedIn('alice');
    const own = await alice.sendMessage({ conversationID: 'GROUPteam', text: 'x', needReadReceipt: true });
    expect(await codeOf(alice.sendMessageReadReceipts([own.messageID]))).toBe(ErrorCode.RECEIPT_LIST_EMPTY);
    expect(await codeOf(alice.sendMessageReadReceipts(['gone']))).toBe(ErrorCode.MESSAGE_NOT_FOUND);
    expect(chat.callsOf('findMessage').map((c) => c.args[0])).toContain('gone');
    expect(chat.callsOf('sendMessageReadReceipt')).toEqual([]);
  });

  it('pulls counts with getMessageReadReceiptList and maps group counts and the 1:1 peer flag', async () => {
    const { adapter: alice, chat } = await loggedIn('alice');
    const { adapter: bob } = await loggedIn('bob');
    const g = await alice.sendMessage({ conversationID: 'GROUPteam', text: 'g', needReadReceipt: true });
    const c = await alice.sendMessage({ conversationID: 'C2Cbob', text: 'c', needReadReceipt: true });
    await bob.sendMessageReadReceipts([g.messageID]);
    const receipts = await alice.getMessageReadReceipts([g.messageID, c.messageID]);
    expect(receipts).toEqual([
      { kind: 'group', messageID: g.messageID, groupID: 'team', readCount: 1, unreadCount: 4 },
      { kind: 'c2c', messageID: c.messageID, userID: 'bob', peerRead: false },
    ]);
    expect(chat.callsOf('getMessageReadReceiptList').map((call) => (call.args[0] as unknown[]).length)).toEqual([1, 1]);
  });

  it('pages member lists with filter 0/1, cursor and count ≤ 100, then fetches profiles in 50s', async () => {
    const { adapter: alice, chat } = await loggedIn('alice');
    const { adapter: bob } = await loggedIn('bob');
    const m = await alice.sendMessage({ conversationID: 'GROUPteam', text: 'g', needReadReceipt: true });
    await bob.sendMessageReadReceipts([m.messageID]);
    const read = await alice.getGroupMessageReadMemberList({ messageID: m.messageID, filter: 'read' });
    expect(read).toEqual({
      members: [{ profile: { userID: 'bob', nickname: 'BOB', avatarURL: 'https://example.com/bob.png' } }],
      nextSeq: '',
      isFinished: true,
    });
    const first = await alice.getGroupMessageReadMemberList({ messageID: m.messageID, filter: 'unread', count: 3 });
    expect(first.members.map((x) => x.profile.userID)).toEqual(['carol', 'dave', 'erin']);
    expect(first.isFinished).toBe(false);
    const second = await alice.getGroupMessageReadMemberList({ messageID: m.messageID, filter: 'unread', count: 500, nextSeq: first.nextSeq });
    expect(second).toMatchObject({ isFinished: true, nextSeq: '' });
    const options = chat.callsOf('getGroupMessageReadMemberList').map((c) => c.args[0] as Record<string, unknown>);
    expect(options.map(({ filter, cursor, count }) => ({ filter, cursor, count }))).toEqual([
      { filter: 0, cursor: '', count: 100 },
      { filter: 1, cursor: '', count: 3 },
      { filter: 1, cursor: first.nextSeq, count: 100 },
    ]);
    expect((options[0]?.message as { ID: string }).ID).toBe(m.messageID);
    expect(chat.callsOf('getGroupMemberProfile')[0]?.args[0]).toEqual({ groupID: 'team', userIDList: ['bob'] });
  });

  it('maps group types and applies receiptGroupTypes', async () => {
    const setup = createTencentSetup({ receiptGroupTypes: ['Public'] });
    const adapter = setup.adapterFor('alice');
    await adapter.login();
    expect(await adapter.getGroupInfo('team')).toEqual({ groupID: 'team', name: 'Team', type: 'Work', memberCount: 6, receiptsEnabled: false });
    expect(await codeOf(adapter.sendMessage({ conversationID: 'GROUPteam', text: 'x', needReadReceipt: true }))).toBe(
      ErrorCode.RECEIPTS_NOT_ENABLED,
    );
  });

  it('marks 1:1 chats read with setMessageRead on the C2C conversation', async () => {
    const { adapter, chat } = await loggedIn('bob');
    await adapter.markC2CMessageAsRead('alice');
    expect(chat.callsOf('setMessageRead')[0]?.args[0]).toEqual({ conversationID: 'C2Calice' });
    expect(await codeOf(adapter.markC2CMessageAsRead('bob'))).toBe(ErrorCode.INVALID_PARAMETER);
  });

  it('returns user profiles with nickname and avatar, leaving unknown IDs out', async () => {
    const { adapter } = await loggedIn('alice');
    expect(await adapter.getUserProfiles(['bob', 'nobody'])).toEqual([
      { userID: 'bob', nickname: 'BOB', avatarURL: 'https://example.com/bob.png' },
    ]);
  });

  it('logs out through chat.logout()', async () => {
    const { adapter, chat } = await loggedIn('alice');
    await adapter.logout();
    expect(chat.callsOf('logout')).toHaveLength(1);
    expect(chat.getLoginUser()).toBe('');
  });
});
