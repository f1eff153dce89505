// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/core';
import type { MockServer } from '../../src/mock/server';
import { loggedIn, rawClient, sigFor, startServer, type RawClient } from './harness';

/** `[[[ … 1 … ]]]` and `{"a":{"a": … }}` as raw JSON: building the value itself would recurse. */
const deepArray = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
// 20,000 arrays fit a 64 KiB frame; objects take 5 bytes a level, so 10,000 of them.
const DEPTH = 20_000;
const OBJECT_DEPTH = 10_000;

/** Valid params for each op, so the one nested field is the only thing wrong. */
const CASES: [op: string, valid: Record<string, unknown>, fields: string[]][] = [
  ['getUserProfiles', { userIDs: ['bob'] }, ['userIDs']],
  ['getGroupInfo', { groupID: 'team' }, ['groupID']],
  ['getMessageHistory', { conversationID: 'GROUPteam', cursor: '', count: 20 }, ['conversationID', 'cursor', 'count']],
  ['sendMessage', { conversationID: 'GROUPteam', text: 'x', needReadReceipt: true, clientID: 'c1' }, ['conversationID', 'text', 'needReadReceipt', 'clientID']],
  ['sendMessageReadReceipts', { messageIDs: ['m1'] }, ['messageIDs']],
  ['getMessageReadReceipts', { messageIDs: ['m1'] }, ['messageIDs']],
  ['getGroupMessageReadMemberList', { messageID: 'm1', filter: 'read', nextSeq: '', count: 10 }, ['messageID', 'filter', 'nextSeq', 'count']],
  ['markC2CMessageAsRead', { peerID: 'bob' }, ['peerID']],
];

/** A frame whose `field` is replaced by `nested` (raw JSON text). */
function frame(id: number, op: string, valid: Record<string, unknown>, field: string, nested: string): string {
  const marker = '"__NESTED__"';
  return JSON.stringify({ id, op, params: { ...valid, [field]: '__NESTED__' } }).replace(marker, nested);
}

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

  const rows = CASES.flatMap(([op, valid, fields]) => fields.map((field) => [op, field, valid] as const));
  it.each(rows)('%s: a %s nested 20,000 levels deep is INVALID_PARAMETER naming the field', async (op, field, valid) => {
    for (const nested of [deepArray(DEPTH), deepObject(OBJECT_DEPTH)]) {
      client.sendRaw(frame(7, op, valid, field, nested));
      const reply = await client.nextReply();
      expect(reply).toMatchObject({ id: 7, ok: false, error: { code: ErrorCode.INVALID_PARAMETER } });
      expect((reply.error as { message: string }).message).toContain(field);
    }
  });

  it('login: a userID or userSig nested 20,000 levels deep is INVALID_PARAMETER naming the field', async () => {
    const fresh = await rawClient(server);
    try {
      for (const field of ['userID', 'userSig']) {
        fresh.sendRaw(frame(3, 'login', { userID: 'alice', userSig: sigFor('alice') }, field, deepArray(DEPTH)));
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
