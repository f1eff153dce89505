// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import type { ChatEvent, CompleteChatAdapter, GroupMessageReceipt } from '../../src/core';
import { createMockAdapter, createMockBackend, createWebSocketAdapter, type MockBackend } from '../../src/mock';
import { generateUserSig, startMockServer, type MockServer } from '../../src/mock/server';
import { sleep } from './fixture';

const SIZE = 100_000;
const secret = 'huge-group-secret-0123';

/** A 100,000-member Public group whose message from u0 every third member has read. */
function hugeGroup(): { backend: MockBackend; messageID: string } {
  const users = Array.from({ length: SIZE }, (_, i) => ({ userID: `u${i}` }));
  const backend = createMockBackend({ users, groups: [{ groupID: 'all', name: 'All', type: 'Public', members: users.map((u) => u.userID) }] });
  const { messageID } = backend.sendMessage('u0', { conversationID: 'GROUPall', text: 'All hands', needReadReceipt: true });
  for (let i = 1; i < SIZE; i += 3) backend.sendMessageReadReceipts(`u${i}`, [messageID]);
  return { backend, messageID };
}

/** A `ws` WebSocket that records every frame the client sends. */
function recordingSocket(sent: string[]) {
  return class extends WebSocket {
    override send(data: string): void {
      sent.push(data);
      super.send(data);
    }
  };
}

async function expectReminded(sender: CompleteChatAdapter, unreadMember: CompleteChatAdapter, reader: CompleteChatAdapter, messageID: string) {
  const got: Record<string, ChatEvent[]> = { unread: [], reader: [] };
  unreadMember.subscribe((e) => got.unread?.push(e));
  reader.subscribe((e) => got.reader?.push(e));
  await Promise.all([sender.login(), unreadMember.login(), reader.login()]);
  const result = await sender.remindUnread({ messageID });
  const [receipt] = (await sender.getMessageReadReceipts([messageID])) as GroupMessageReceipt[];
  expect(result.reminded).toBe(receipt?.unreadCount);
  expect(result.reminded).toBe(SIZE - 1 - Math.ceil((SIZE - 1) / 3));
  for (let i = 0; i < 200 && !got.unread?.some((e) => e.type === 'reminder'); i += 1) await sleep(5);
  expect(got.unread?.filter((e) => e.type === 'reminder')).toHaveLength(1);
  expect(got.reader?.filter((e) => e.type === 'reminder')).toEqual([]);
}

describe('remindUnread in a 100,000-member group, from the client', () => {
  let server: MockServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('on the mock adapter: the backend picks the unread; no member list is ever paged', async () => {
    const { backend, messageID } = hugeGroup();
    const paged = vi.spyOn(backend, 'getGroupMessageReadMemberList');
    const remind = vi.spyOn(backend, 'remindUnread');
    await expectReminded(createMockAdapter(backend, 'u0'), createMockAdapter(backend, 'u2'), createMockAdapter(backend, 'u1'), messageID);
    expect(paged).not.toHaveBeenCalled();
    expect(remind).toHaveBeenCalledWith('u0', { messageID });
  });

  it('over WebSocket: the client sends the message ID only and gets two numbers back', async () => {
    const { backend, messageID } = hugeGroup();
    const paged = vi.spyOn(backend, 'getGroupMessageReadMemberList');
    server = await startMockServer({ port: 0, secret, backend });
    const sent: string[] = [];
    const adapter = (userID: string, Socket: typeof WebSocket = WebSocket) =>
      createWebSocketAdapter({ url: (server as MockServer).url, userID, userSig: generateUserSig({ userID, secret }), WebSocket: Socket });
    const sender = adapter('u0', recordingSocket(sent));
    const members = [adapter('u2'), adapter('u1')] as const;
    await expectReminded(sender, ...members, messageID);
    const frames = sent.map((data) => JSON.parse(data) as { op: string; params: unknown });
    expect(frames.filter((f) => f.op === 'remindUnread').map((f) => f.params)).toEqual([{ messageID }]);
    expect(frames.some((f) => f.op === 'getGroupMessageReadMemberList')).toBe(false);
    expect(paged).not.toHaveBeenCalled();
    await Promise.all([sender.logout(), ...members.map((m) => m.logout())]);
  });
});
