// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/core';
import type { MockServer } from '../../src/mock/server';
import { loggedIn, startServer, type RawClient } from './harness';

describe('frame validation', () => {
  let server: MockServer;
  let client: RawClient;
  beforeEach(async () => {
    server = await startServer();
    client = await loggedIn(server, 'alice');
  });
  afterEach(async () => {
    client.close();
    await server.close();
  });

  it.each([
    ['malformed JSON', '{"id": 1, "op": '],
    ['a JSON string', '"login"'],
    ['null', 'null'],
    ['an array', '[1, "login", {}]'],
    ['a missing id', '{"op": "getGroupInfo", "params": {}}'],
    ['a fractional id', '{"id": 1.5, "op": "getGroupInfo", "params": {}}'],
    ['an object id', '{"id": {}, "op": "getGroupInfo", "params": {}}'],
  ])('answers %s with an INVALID_PARAMETER frame without an id', async (_label, data) => {
    client.sendRaw(data);
    expect(await client.nextReply()).toEqual({ id: null, ok: false, error: { code: ErrorCode.INVALID_PARAMETER, message: expect.any(String) } });
  });

  it.each([
    ['a missing op', '{"id": 7, "params": {}}'],
    ['an unknown op', '{"id": 7, "op": "dropDatabase", "params": {}}'],
    ['a prototype key as op', '{"id": 7, "op": "__proto__", "params": {}}'],
    ['a prototype method as op', '{"id": 7, "op": "toString", "params": {}}'],
    ['params that are an array', '{"id": 7, "op": "getGroupInfo", "params": ["team"]}'],
    ['params that are a string', '{"id": 7, "op": "getGroupInfo", "params": "team"}'],
  ])('answers %s with INVALID_PARAMETER, echoing the id', async (_label, data) => {
    client.sendRaw(data);
    expect(await client.nextReply()).toMatchObject({ id: 7, ok: false, error: { code: ErrorCode.INVALID_PARAMETER } });
  });

  it('answers a binary frame with INVALID_PARAMETER', async () => {
    client.sendRaw(Buffer.from([0, 1, 2, 3]));
    expect(await client.nextReply()).toMatchObject({ id: null, ok: false, error: { code: ErrorCode.INVALID_PARAMETER } });
  });

  it('keeps serving the socket after garbage, and accepts string ids', async () => {
    client.sendRaw('}}}');
    await client.nextReply();
    client.sendRaw(JSON.stringify({ id: 'req-1', op: 'getGroupInfo', params: { groupID: 'team' } }));
    expect(await client.nextReply()).toMatchObject({ id: 'req-1', ok: true, result: { groupID: 'team', memberCount: 3 } });
  });

  it('passes wrong argument types to the backend checks (INVALID_PARAMETER), not a crash', async () => {
    const reply = await client.request('sendMessage', { conversationID: 'GROUPteam', text: { toString: 1 }, needReadReceipt: 'yes' });
    expect(reply).toMatchObject({ ok: false, error: { code: ErrorCode.INVALID_PARAMETER } });
    const history = await client.request('getMessageHistory', { conversationID: 'GROUPteam', count: -3 });
    expect(history).toMatchObject({ ok: false, error: { code: ErrorCode.INVALID_PARAMETER } });
  });
});
