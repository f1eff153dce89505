// @vitest-environment node
import { ErrorCode } from '../../src/core';
import { codeOf } from '../contract/fixture';
import { useRealSdk } from './real-sdk/harness';

const texts = (body: Record<string, unknown>) =>
  (body.MsgBody as Array<{ MsgContent: { Text: string } }>).map((element) => element.MsgContent.Text);

/** What the adapter makes the real SDK put on the wire: options, batches, filters and cursors. */
describe('createTencentChatAdapter on the real SDK: what goes on the wire', () => {
  const h = useRealSdk();

  it('sends group text with NeedReadReceipt set at creation, and returns the stored message', async () => {
    const alice = await h().as('alice');
    const message = await alice.adapter.sendMessage({ conversationID: 'GROUPteam', text: 'hi', needReadReceipt: true, clientID: 'c1' });
    const [body] = h().setup.service.requestsOf('send_group_msg', 'alice');
    expect(body).toMatchObject({ GroupId: 'team', NeedReadReceipt: 1 });
    expect(texts(body as Record<string, unknown>)).toEqual(['hi']);
    expect(message).toMatchObject({ clientID: 'c1', status: 'sent', conversationID: 'GROUPteam', seq: 1, senderID: 'alice' });
    expect(message.time % 1000).toBe(0);
    expect(message.time).toBeGreaterThan(1_700_000_000_000);
  });

  it('checks a 1:1 peer exists before sending, then sends to it', async () => {
    const alice = await h().as('alice');
    await alice.adapter.sendMessage({ conversationID: 'C2Cbob', text: 'yo', needReadReceipt: false });
    const profiles = h().setup.service.requestsOf('portrait_get_all', 'alice').map((b) => b.UserItem);
    expect(profiles).toContainEqual([expect.objectContaining({ To_Account: 'bob' })]);
    expect(h().setup.service.requestsOf('sendmsg', 'alice')).toEqual([expect.objectContaining({ To_Account: 'bob', IsNeedReadReceipt: 0 })]);
  });

  it('pages history with getMessageList in calls of at most 15, walking nextReqMessageID', async () => {
    const alice = await h().as('alice');
    for (let i = 0; i < 40; i += 1) await alice.adapter.sendMessage({ conversationID: 'GROUPteam', text: `m${i}`, needReadReceipt: false });
    const list = vi.spyOn(h().setup.chatOf('alice'), 'getMessageList');
    const page = await alice.adapter.getMessageHistory({ conversationID: 'GROUPteam', count: 35 });
    const calls = list.mock.calls.map(([options]) => options as unknown as { count: number; nextReqMessageID?: string });
    expect(calls.map((c) => c.count)).toEqual([15, 15, 5]);
    expect(calls[0]?.nextReqMessageID).toBeUndefined();
    expect(calls[1]?.nextReqMessageID).toEqual(expect.any(String));
    expect(page.messages.map((m) => m.text)).toEqual(Array.from({ length: 35 }, (_, i) => `m${i + 5}`));
    expect(page.isFinished).toBe(false);
    const rest = await alice.adapter.getMessageHistory({ conversationID: 'GROUPteam', cursor: page.nextCursor });
    expect(rest.messages.map((m) => m.text)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(rest).toMatchObject({ isFinished: true, nextCursor: '' });
  });

  it('reports receipts at most 30 per call, one conversation per call', async () => {
    const alice = await h().as('alice');
    const ids: string[] = [];
    for (let i = 0; i < 35; i += 1) ids.push((await alice.adapter.sendMessage({ conversationID: 'GROUPteam', text: `g${i}`, needReadReceipt: true })).messageID);
    for (let i = 0; i < 5; i += 1) ids.push((await alice.adapter.sendMessage({ conversationID: 'C2Cbob', text: `c${i}`, needReadReceipt: true })).messageID);
    const bob = await h().as('bob');
    await bob.adapter.getMessageHistory({ conversationID: 'GROUPteam', count: 40 });
    await bob.adapter.getMessageHistory({ conversationID: 'C2Calice' });
    await bob.adapter.sendMessageReadReceipts(ids.slice(0, 30));
    await bob.adapter.sendMessageReadReceipts(ids.slice(30));
    const group = h().setup.service.requestsOf('group_msg_receipt', 'bob').map((b) => (b.MsgSeqList as unknown[]).length);
    const c2c = h().setup.service.requestsOf('c2c_msg_read_receipt', 'bob').map((b) => (b.C2CMsgInfo as unknown[]).length);
    expect(group).toEqual([30, 5]);
    expect(c2c).toEqual([5]);
  });

  it('skips own messages and reports unknown IDs only when nothing is left', async () => {
    const alice = await h().as('alice');
    const own = await alice.adapter.sendMessage({ conversationID: 'GROUPteam', text: 'x', needReadReceipt: true });
    expect(await codeOf(alice.adapter.sendMessageReadReceipts([own.messageID]))).toBe(ErrorCode.RECEIPT_LIST_EMPTY);
    expect(await codeOf(alice.adapter.sendMessageReadReceipts(['gone']))).toBe(ErrorCode.MESSAGE_NOT_FOUND);
    expect(h().setup.service.requestsOf('group_msg_receipt')).toEqual([]);
  });

  it('pulls group counts by sequence; 1:1 receipts come from the SDK without a request', async () => {
    const alice = await h().as('alice');
    const g = await alice.adapter.sendMessage({ conversationID: 'GROUPteam', text: 'g', needReadReceipt: true });
    const c = await alice.adapter.sendMessage({ conversationID: 'C2Cbob', text: 'c', needReadReceipt: true });
    const bob = await h().as('bob');
    await bob.adapter.getMessageHistory({ conversationID: 'GROUPteam' });
    await bob.adapter.sendMessageReadReceipts([g.messageID]);
    const pulls = h().setup.service.requestsOf('get_group_msg_receipt', 'alice').length;
    expect(await alice.adapter.getMessageReadReceipts([g.messageID, c.messageID])).toEqual([
      { kind: 'group', messageID: g.messageID, groupID: 'team', readCount: 1, unreadCount: 4 },
      { kind: 'c2c', messageID: c.messageID, userID: 'bob', peerRead: false },
    ]);
    expect(h().setup.service.requestsOf('get_group_msg_receipt', 'alice').slice(pulls)).toEqual([{ GroupId: 'team', MsgSeqList: [{ MsgSeq: 1 }] }]);
  });

  it('pages member lists with Flag 0/1, the cursor and Num ≤ 100, then fetches name cards', async () => {
    const alice = await h().as('alice');
    const m = await alice.adapter.sendMessage({ conversationID: 'GROUPteam', text: 'g', needReadReceipt: true });
    const bob = await h().as('bob');
    await bob.adapter.getMessageHistory({ conversationID: 'GROUPteam' });
    await bob.adapter.sendMessageReadReceipts([m.messageID]);
    expect(await alice.adapter.getGroupMessageReadMemberList({ messageID: m.messageID, filter: 'read' })).toEqual({
      members: [{ profile: { userID: 'bob', nickname: 'BOB', avatarURL: 'https://example.com/bob.png' } }],
      nextSeq: '',
      isFinished: true,
    });
    const first = await alice.adapter.getGroupMessageReadMemberList({ messageID: m.messageID, filter: 'unread', count: 3 });
    expect(first.members.map((x) => x.profile.userID)).toEqual(['carol', 'dave', 'erin']);
    const second = await alice.adapter.getGroupMessageReadMemberList({ messageID: m.messageID, filter: 'unread', count: 500, nextSeq: first.nextSeq });
    expect(second).toMatchObject({ isFinished: true, nextSeq: '' });
    const pages = h().setup.service.requestsOf('get_group_msg_receipt_detail', 'alice');
    expect(pages.map(({ Flag, Cursor, Num }) => ({ Flag, Cursor, Num }))).toEqual([
      { Flag: 0, Cursor: '', Num: 100 },
      { Flag: 1, Cursor: '', Num: 3 },
      { Flag: 1, Cursor: first.nextSeq, Num: 100 },
    ]);
    expect(pages[0]).toMatchObject({ GroupId: 'team', MsgSeq: 1 });
    expect(h().setup.service.requestsOf('get_specified_group_member_info', 'alice')[0]).toMatchObject({ GroupId: 'team', Member_List_Account: ['bob'] });
  });

  it('maps group types and applies receiptGroupTypes', async () => {
    const setup = h().setup;
    setup.service.directory.groups.set('live', { groupID: 'live', name: 'Live', type: 'Public', members: new Map([['alice', { nameCard: '', joinTime: 0 }]]), nextSeq: 1 });
    const alice = await h().as('alice');
    expect(await alice.adapter.getGroupInfo('team')).toEqual({ groupID: 'team', name: 'Team', type: 'Work', memberCount: 6, receiptsEnabled: true });
    expect(await alice.adapter.getGroupInfo('live')).toMatchObject({ type: 'Public', receiptsEnabled: true });
  });

  it('marks a 1:1 chat read with msgreaded for the peer, and refuses the current user', async () => {
    const alice = await h().as('alice');
    await alice.adapter.sendMessage({ conversationID: 'C2Cbob', text: 'hi', needReadReceipt: false });
    const bob = await h().as('bob');
    await bob.adapter.getMessageHistory({ conversationID: 'C2Calice' });
    await bob.adapter.markC2CMessageAsRead('alice');
    const [mark] = h().setup.service.requestsOf('msgreaded', 'bob');
    expect(mark).toMatchObject({ C2CMsgReaded: { C2CMsgReadedItem: [expect.objectContaining({ To_Account: 'alice' })] } });
    expect(await codeOf(bob.adapter.markC2CMessageAsRead('bob'))).toBe(ErrorCode.INVALID_PARAMETER);
  });

  it('returns user profiles with nickname and avatar, leaving unknown IDs out', async () => {
    const alice = await h().as('alice');
    expect(await alice.adapter.getUserProfiles(['bob', 'nobody'])).toEqual([{ userID: 'bob', nickname: 'BOB', avatarURL: 'https://example.com/bob.png' }]);
  });

  it('logs out through the SDK (wslogout)', async () => {
    const alice = await h().as('alice');
    await alice.adapter.logout();
    expect(h().setup.service.requestsOf('wslogout', 'alice')).toHaveLength(1);
    expect(h().setup.chatOf('alice').getLoginUser()).toBe('');
  });
});

describe('createTencentChatAdapter on the real SDK: receiptGroupTypes', () => {
  const h = useRealSdk('index.js', { receiptGroupTypes: ['Public'] });

  it('treats a Work group as without receipts when the console enables Public only', async () => {
    const alice = await h().as('alice');
    expect(await alice.adapter.getGroupInfo('team')).toMatchObject({ type: 'Work', receiptsEnabled: false });
    expect(await codeOf(alice.adapter.sendMessage({ conversationID: 'GROUPteam', text: 'x', needReadReceipt: true }))).toBe(ErrorCode.RECEIPTS_NOT_ENABLED);
  });
});
