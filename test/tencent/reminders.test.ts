// @vitest-environment node
import type { Message } from '../../src/core';
import type { Client } from '../contract/fixture';
import { fixtureSeed } from './real-sdk/fixture';
import { useRealSdk } from './real-sdk/harness';
import { SDK_SETUPS, type SdkSetupName } from './real-sdk/sdk-setups';

/**
 * How `remindUnread` travels on Tencent (beside the shared contract): as a targeted group
 * message (`receiverList`) carrying the adapter's marker, or as an @ message naming the unread
 * members where the edition has no targeted messages, on every way of loading the SDK. What
 * the stand-in does with the frames is its assumption (see its handlers); what the SDK puts in
 * them is the real SDK's.
 */
const sendBodies = (h: () => { setup: { service: { requestsOf(command: string, userID?: string): Array<Record<string, unknown>> } } }) =>
  h().setup.service.requestsOf('send_group_msg', 'alice');

async function partlyRead(as: (userID: string) => Promise<Client>) {
  const alice = await as('alice');
  const members = await Promise.all(['bob', 'carol', 'dave', 'erin', 'frank'].map((id) => as(id)));
  const message = await alice.adapter.sendMessage({ conversationID: 'GROUPteam', text: 'plan', needReadReceipt: true });
  for (const reader of [members[0], members[2]] as Client[]) {
    await reader.adapter.getMessageHistory({ conversationID: 'GROUPteam' });
    await reader.adapter.sendMessageReadReceipts([message.messageID]);
  }
  await alice.waitFor('receipts', (e) => e.receipts.some((r) => r.kind === 'group' && r.readCount === 2));
  const [bob, carol, dave, erin, frank] = members as [Client, Client, Client, Client, Client];
  return { alice, message, read: [bob, dave], unread: [carol, erin, frank] };
}

async function expectReminded(unread: Client[], read: Client[], message: Message) {
  for (const member of unread) {
    expect((await member.waitFor('reminder')).reminder).toMatchObject({ messageID: message.messageID, senderID: 'alice' });
  }
  for (const member of read) expect(await member.settle('reminder')).toEqual([]);
  // Nobody sees the reminder as a message, in events or in history.
  for (const member of [...unread, ...read]) {
    const shown = member.events.flatMap((e) => (e.type === 'messages' ? e.messages : []));
    expect(shown.map((m) => m.text)).not.toContain('Please read my message.');
    const page = await member.adapter.getMessageHistory({ conversationID: 'GROUPteam' });
    expect(page.messages.map((m) => m.messageID)).toEqual([message.messageID]);
  }
}

describe.each(Object.keys(SDK_SETUPS) as SdkSetupName[])('remindUnread on the real SDK (%s)', (setupName) => {
  const h = useRealSdk(setupName);
  const as = (userID: string) => h().as(userID);

  it('sends one targeted message to exactly the unread members, which counts as neither unread nor last message', async () => {
    const { alice, message, read, unread } = await partlyRead(as);
    const before = await unread[0]?.adapter.getConversation('GROUPteam');
    expect(await alice.adapter.remindUnread({ messageID: message.messageID })).toMatchObject({ reminded: 3 });
    const [body] = sendBodies(h).slice(-1);
    expect(body).toMatchObject({ To_Account: ['carol', 'erin', 'frank'], SendMsgControl: ['NoUnread', 'NoLastMsg'], NeedReadReceipt: 0 });
    expect(JSON.parse(String(body?.CloudCustomData))).toEqual({ rrrReminder: { v: 1, messageID: message.messageID } });
    await expectReminded(unread, read, message);
    expect(await unread[0]?.adapter.getConversation('GROUPteam')).toMatchObject({ unreadCount: before?.unreadCount, lastMessage: { text: 'plan' } });
  });

  it('falls back to an @ message naming the unread members where the edition has no targeted messages', async () => {
    h().setup.service.withoutTargetedMessages();
    const { alice, message, read, unread } = await partlyRead(as);
    expect(await alice.adapter.remindUnread({ messageID: message.messageID })).toMatchObject({ reminded: 3 });
    const bodies = sendBodies(h);
    const sent = bodies[bodies.length - 1];
    expect(sent).not.toHaveProperty('To_Account');
    expect(sent?.GroupAtInfo).toEqual(['carol', 'erin', 'frank'].map((id) => ({ GroupAtAllFlag: 0, GroupAt_Account: id })));
    await expectReminded(unread, read, message);
  });

  it('ignores a reminder forged by a member who did not send the message', async () => {
    const { message, unread } = await partlyRead(as);
    const bob = h().setup.chatOf('bob');
    const forged = bob.createTextMessage({
      to: 'team',
      conversationType: 'GROUP' as never,
      payload: { text: 'read it!' },
      cloudCustomData: JSON.stringify({ rrrReminder: { v: 1, messageID: message.messageID } }),
    });
    await bob.sendMessage(forged);
    for (const member of unread) {
      expect(await member.settle('reminder')).toEqual([]);
      expect(member.events.flatMap((e) => (e.type === 'messages' ? e.messages : [])).map((m) => m.text)).not.toContain('read it!');
    }
  });
});

describe('remindUnread in a 120-member Work group on the real SDK', () => {
  const members = Array.from({ length: 120 }, (_, i) => `m${i}`);
  const seed = fixtureSeed();
  const users = [...seed.users, ...members.map((userID) => ({ userID }))];
  const h = useRealSdk('index.js', {}, { users, groups: [{ groupID: 'big', name: 'Big', type: 'Private', members: ['alice', ...members] }] });

  it('pages the unread list itself and targets them in batches of 50, the SDK’s cap', async () => {
    const alice = await h().as('alice');
    const last = await h().as('m119');
    const message = await alice.adapter.sendMessage({ conversationID: 'GROUPbig', text: 'all', needReadReceipt: true });
    expect(await alice.adapter.remindUnread({ messageID: message.messageID })).toMatchObject({ reminded: 120 });
    const service = h().setup.service;
    expect(service.requestsOf('get_group_msg_receipt_detail', 'alice').map((body) => body.Flag)).toEqual([1, 1]);
    const batches = service.requestsOf('send_group_msg', 'alice').slice(1).map((body) => body.To_Account as string[]);
    expect(batches.map((batch) => batch.length)).toEqual([50, 50, 20]);
    expect(new Set(batches.flat())).toEqual(new Set(members));
    expect((await last.waitFor('reminder')).reminder.messageID).toBe(message.messageID);
  });
});
