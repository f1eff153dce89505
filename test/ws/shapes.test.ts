// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/core';
import type { MockServer } from '../../src/mock/server';
import { loggedIn, rawClient, startServer, type RawClient } from './harness';
import { frameWith } from './valid-params';

/** `[[[ … 1 … ]]]` and `{"a":{"a": … }}` as raw JSON: building the value itself would recurse. */
const deepArray = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
// 20,000 arrays fit a 64 KiB frame; objects take 5 bytes a level, so 10,000 of them.
const DEPTH = 20_000;
const OBJECT_DEPTH = 10_000;

/** The fields of each op a client may set. */
const FIELDS: [op: string, fields: string[]][] = [
  ['getUserProfiles', ['userIDs']],
  ['getGroupInfo', ['groupID']],
  ['getMessageHistory', ['conversationID', 'cursor', 'count']],
  ['sendMessage', ['conversationID', 'text', 'needReadReceipt', 'clientID']],
  ['sendMessageReadReceipts', ['messageIDs']],
  ['getMessageReadReceipts', ['messageIDs']],
  ['getGroupMessageReadMemberList', ['messageID', 'filter', 'nextSeq', 'count']],
  ['markC2CMessageAsRead', ['peerID']],
  ['remindUnread', ['messageID']],
  ['getConversationList', ['nextSeq', 'count']],
  ['getConversation', ['conversationID']],
  ['markConversationRead', ['conversationID']],
];

describe('shape errors at any depth (issue 16, finding 8)', () => {
  let server: MockServer;
  let client: RawClient;
  beforeEach(async () => {
    server = await startServer({ limits: { callRate: { capacity: 10_000, perSecond: 10_000 } } });
    client = await loggedIn(server, 'alice');
  });
  afterEach(async () => {
    client.close();
    await server.close();
  });

  const rows = FIELDS.flatMap(([op, fields]) => fields.map((field) => [op, field] as const));
  it.each(rows)('%s: a %s nested 20,000 levels deep is INVALID_PARAMETER naming the field', async (op, field) => {
    for (const nested of [deepArray(DEPTH), deepObject(OBJECT_DEPTH)]) {
      client.sendRaw(frameWith(7, op, field, nested));
      const reply = await client.nextReply();
      expect(reply).toMatchObject({ id: 7, ok: false, error: { code: ErrorCode.INVALID_PARAMETER } });
      expect((reply.error as { message: string }).message).toContain(field);
    }
  });

  it('login: a userID or userSig nested 20,000 levels deep is INVALID_PARAMETER naming the field', async () => {
    const fresh = await rawClient(server);
    try {
      for (const field of ['userID', 'userSig']) {
        fresh.sendRaw(frameWith(3, 'login', field, deepArray(DEPTH)));
        const reply = await fresh.nextReply();
        expect(reply).toMatchObject({ id: 3, ok: false, error: { code: ErrorCode.INVALID_PARAMETER } });
        expect((reply.error as { message: string }).message).toContain(field);
      }
    } finally {
      fresh.close();
    }
  });

  it('a shallow wrong shape is refused by the field’s own check, naming it', async () => {
    const filter = await client.request('getGroupMessageReadMemberList', { messageID: 'm1', filter: [['read']] });
    expect(filter).toMatchObject({ ok: false, error: { code: ErrorCode.INVALID_PARAMETER, message: expect.stringContaining('filter') } });
    const count = await client.request('getMessageHistory', { conversationID: 'GROUPteam', count: { valueOf: 5 } });
    expect(count).toMatchObject({ ok: false, error: { code: ErrorCode.INVALID_PARAMETER, message: expect.stringContaining('count') } });
  });
});
