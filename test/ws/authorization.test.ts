// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/core';
import type { MockServer } from '../../src/mock/server';
import { loggedIn, startServer, type RawClient } from './harness';

const codeOf = (reply: Record<string, unknown>) => (reply.error as { code: number } | undefined)?.code;

/**
 * Refusals enforced by the backend behind the server: a message in a conversation the caller
 * is not part of (a group they are not in, another pair's 1:1 chat), and one they can see but
 * did not send, are both refused with NO_PERMISSION (10007), as Tencent does. IDs that name no
 * message at all stay MESSAGE_NOT_FOUND.
 */
describe('authorization at the server', () => {
  let server: MockServer;
  let clients: RawClient[];
  const as = async (userID: string) => {
    const client = await loggedIn(server, userID);
    clients.push(client);
    return client;
  };
  const send = async (client: RawClient, conversationID: string) => {
    const reply = await client.request('sendMessage', { conversationID, text: 'secret plan', needReadReceipt: true });
    return (reply.result as { messageID: string }).messageID;
  };
  beforeEach(async () => {
    server = await startServer();
    clients = [];
  });
  afterEach(async () => {
    for (const client of clients) client.close();
    await server.close();
  });

  it('a non-member cannot send receipts for a group message, and nothing is counted', async () => {
    const alice = await as('alice');
    const olga = await as('olga');
    const messageID = await send(alice, 'GROUPteam');
    expect(codeOf(await olga.request('sendMessageReadReceipts', { messageIDs: [messageID] }))).toBe(ErrorCode.NO_PERMISSION);
    expect(codeOf(await olga.request('sendMessage', { conversationID: 'GROUPteam', text: 'x', needReadReceipt: false }))).toBe(
      ErrorCode.NO_PERMISSION,
    );
    expect(await alice.request('getMessageReadReceipts', { messageIDs: [messageID] })).toMatchObject({ result: [{ readCount: 0 }] });
  });

  it('a non-member cannot read a group’s profile: NO_PERMISSION and no name, type or count (issue 16, finding 7)', async () => {
    const olga = await as('olga');
    const reply = await olga.request('getGroupInfo', { groupID: 'team' });
    expect(reply).toEqual({ id: 2, ok: false, error: { code: ErrorCode.NO_PERMISSION, message: expect.any(String) } });
    expect(JSON.stringify(reply)).not.toMatch(/Team|Work|memberCount/);
    const alice = await as('alice');
    expect(await alice.request('getGroupInfo', { groupID: 'team' })).toMatchObject({ ok: true, result: { name: 'Team', memberCount: 3 } });
    // A group that does not exist stays GROUP_NOT_FOUND, as Tencent answers 10015 and 10007 apart.
    expect(codeOf(await olga.request('getGroupInfo', { groupID: 'nowhere' }))).toBe(ErrorCode.GROUP_NOT_FOUND);
  });

  it('a member who is not the sender cannot read counts or member lists (NO_PERMISSION)', async () => {
    const alice = await as('alice');
    const bob = await as('bob');
    const messageID = await send(alice, 'GROUPteam');
    expect(codeOf(await bob.request('getMessageReadReceipts', { messageIDs: [messageID] }))).toBe(ErrorCode.NO_PERMISSION);
    for (const filter of ['read', 'unread']) {
      const reply = await bob.request('getGroupMessageReadMemberList', { messageID, filter });
      expect(codeOf(reply)).toBe(ErrorCode.NO_PERMISSION);
    }
  });

  it('the receiver of a 1:1 message cannot read its receipt (NO_PERMISSION)', async () => {
    const bob = await as('bob');
    const carol = await as('carol');
    const messageID = await send(bob, 'C2Ccarol');
    expect(codeOf(await carol.request('getMessageReadReceipts', { messageIDs: [messageID] }))).toBe(ErrorCode.NO_PERMISSION);
  });

  it('a third user cannot read, or mark, another pair’s 1:1 read state', async () => {
    const bob = await as('bob');
    const carol = await as('carol');
    const alice = await as('alice');
    const messageID = await send(bob, 'C2Ccarol');
    await carol.request('sendMessageReadReceipts', { messageIDs: [messageID] });
    expect(codeOf(await alice.request('getMessageReadReceipts', { messageIDs: [messageID] }))).toBe(ErrorCode.NO_PERMISSION);
    expect(codeOf(await alice.request('sendMessageReadReceipts', { messageIDs: [messageID] }))).toBe(ErrorCode.NO_PERMISSION);
    // Asking for "the chat with carol" as alice is alice's own (empty) chat, not bob's.
    const history = await alice.request('getMessageHistory', { conversationID: 'C2Ccarol' });
    expect(history).toMatchObject({ ok: true, result: { messages: [] } });
    // Marking "bob" read as alice only marks alice's own chat with bob: carol and bob get no c2cRead from it.
    await alice.request('markC2CMessageAsRead', { peerID: 'bob', userID: 'carol' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bob.events.filter((e) => e.type === 'c2cRead')).toEqual([]);
  });
});
