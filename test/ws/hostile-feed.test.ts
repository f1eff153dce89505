// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { ChatError, ErrorCode } from '../../src/core';
import type { ChatEvent } from '../../src/core';
import { createWebSocketAdapter } from '../../src/mock';
import { until } from './harness';

/**
 * A server that answers every call with what `answer` says and pushes what a test tells it:
 * the WebSocket adapter must check the conversation list and reminder payloads before the app
 * sees them (issue 20), as the store checks messages and receipts.
 */
async function hostileServer(answer: (op: string) => unknown) {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const sockets: WebSocket[] = [];
  wss.on('connection', (socket) => {
    sockets.push(socket);
    socket.on('message', (data) => {
      const { id, op } = JSON.parse(String(data)) as { id: number; op: string };
      socket.send(JSON.stringify({ id, ok: true, result: op === 'login' ? { userID: 'alice' } : answer(op) }));
    });
  });
  const { port } = wss.address() as { port: number };
  return {
    url: `ws://127.0.0.1:${port}`,
    push: (event: unknown) => sockets.forEach((s) => s.send(JSON.stringify({ event }))),
    close: () => new Promise<void>((resolve) => wss.close(() => resolve())),
  };
}

const row = { conversationID: 'GROUPteam', type: 'group', name: 'Team', unreadCount: 1, muted: false };

describe('the WebSocket adapter against a hostile server', () => {
  let server: Awaited<ReturnType<typeof hostileServer>> | undefined;
  afterEach(async () => {
    await server?.close();
  });

  async function connected(answer: (op: string) => unknown) {
    server = await hostileServer(answer);
    const adapter = createWebSocketAdapter({ url: server.url, userID: 'alice', userSig: 'sig', WebSocket });
    const events: ChatEvent[] = [];
    adapter.subscribe((event) => events.push(event));
    await adapter.login();
    return { adapter, events };
  }

  it.each([
    ['getConversationList', () => ({ conversations: [{ ...row, unreadCount: -3 }], nextSeq: '', isFinished: true }), /conversations\[0\]\.unreadCount/],
    ['getConversationList', () => ({ conversations: [row, row], nextSeq: '', isFinished: true }), /repeats/],
    ['getConversationList', () => ({ conversations: [], nextSeq: '', isFinished: false }), /nextSeq/],
    ['getConversation', () => ({ ...row, conversationID: '__proto__' }), /conversationID must start with/],
    ['remindUnread', () => ({ reminded: 'all', nextAllowedAt: 1 }), /reminded/],
    ['getTotalUnreadMessageCount', () => Number.NaN, /totalUnreadCount/],
  ])('rejects a malformed %s answer with MALFORMED_PAYLOAD naming the field', async (op, answer, message) => {
    const { adapter } = await connected(answer);
    const call: Record<string, () => Promise<unknown>> = {
      getConversationList: () => adapter.getConversationList(),
      getConversation: () => adapter.getConversation('GROUPteam'),
      remindUnread: () => adapter.remindUnread({ messageID: 'm1' }),
      getTotalUnreadMessageCount: () => adapter.getTotalUnreadMessageCount(),
    };
    const error = await (call[op] as () => Promise<unknown>)().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ChatError);
    expect(error).toMatchObject({ code: ErrorCode.MALFORMED_PAYLOAD, message: expect.stringMatching(message) });
    await adapter.logout();
  });

  it('turns malformed pushed payloads into error events and keeps the good rows', async () => {
    const { adapter, events } = await connected(() => null);
    server?.push({ type: 'reminder', reminder: { messageID: 'm1', conversationID: 'C2Cbob', senderID: 'bob', time: 1 } });
    server?.push({ type: 'unreadTotal', totalUnreadCount: -1 });
    server?.push({ type: 'conversations', conversations: [{ ...row, muted: 'yes' }, { ...row, conversationID: 'GROUPother', extra: '<script>' }] });
    server?.push({ type: 'conversations', conversations: { __proto__: row } });
    await until(() => events.filter((e) => e.type === 'error').length === 4, 2000, 'four error events');
    expect(events.filter((e) => e.type === 'reminder' || e.type === 'unreadTotal')).toEqual([]);
    expect(events.filter((e) => e.type === 'conversations')).toEqual([{ type: 'conversations', conversations: [{ ...row, conversationID: 'GROUPother' }] }]);
    for (const event of events.filter((e) => e.type === 'error')) expect(event).toMatchObject({ error: { code: ErrorCode.MALFORMED_PAYLOAD } });
    await adapter.logout();
  });
});
