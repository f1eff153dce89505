// @vitest-environment node
import type { SdkConversation } from '../../../src/tencent/sdk';
import { useRealSdk } from './harness';

const listOf = async (chat: { getConversationList(): Promise<unknown> }) =>
  ((await chat.getConversationList()) as { data: { conversationList: SdkConversation[] } }).data.conversationList;

/**
 * The stand-in service is the one fake left in the Tencent tests: these cases prove that what
 * it puts in its frames reaches the real SDK as every field the adapter reads of a
 * Conversation (conversations.ts) and of a reminder message (reminder-marker.ts). A key the SDK
 * did not map would leave its field at the SDK's default, and the case would fail.
 */
describe('the stand-in’s frames, as the real SDK decodes them', () => {
  const h = useRealSdk();

  it('gives every Conversation field the adapter reads', async () => {
    h().setup.service.directory.muted.add('bob>GROUPteam');
    const alice = await h().as('alice');
    await alice.adapter.sendMessage({ conversationID: 'GROUPteam', text: 'group text', needReadReceipt: true });
    await alice.adapter.sendMessage({ conversationID: 'C2Cbob', text: 'direct text', needReadReceipt: false });
    const bob = await h().as('bob');
    await bob.adapter.markConversationRead('C2Calice');
    await alice.waitFor('c2cRead');
    await alice.adapter.sendMessage({ conversationID: 'C2Cbob', text: 'after the read', needReadReceipt: false });
    await bob.waitFor('messages');
    const later = await h().as('bob');
    const chat = h().setup.chatOf(later.userID);
    const byID = new Map((await listOf(chat)).map((c) => [c.conversationID, c]));
    expect(byID.get('GROUPteam')).toMatchObject({
      type: 'GROUP',
      unreadCount: 1,
      messageRemindType: 'AcceptNotNotify',
      groupProfile: { groupID: 'team', name: 'Team', avatar: 'https://example.com/team.png' },
      lastMessage: { fromAccount: 'alice', type: 'TIMTextElem', payload: { text: 'group text' }, messageForShow: 'group text', lastSequence: 1 },
    });
    expect(byID.get('GROUPteam')?.lastMessage?.lastTime).toBeGreaterThan(1_700_000_000);
    const direct = byID.get('C2Calice');
    expect(direct).toMatchObject({
      type: 'C2C',
      unreadCount: 1,
      userProfile: { userID: 'alice', nick: 'ALICE', avatar: 'https://example.com/alice.png' },
      lastMessage: { fromAccount: 'alice', payload: { text: 'after the read' } },
    });
    expect(direct?.lastMessage?.lastSequence).toBeGreaterThan(0);
    expect(direct?.messageRemindType).toBe('AcceptAndNotify');
    // bob's read mark reaches alice's next login as her row's peerReadTime (C2cPeerReadTime).
    await h().as('alice');
    const hers = await listOf(h().setup.chatOf('alice'));
    expect(hers.find((c) => c.conversationID === 'C2Cbob')?.peerReadTime).toBeGreaterThan(1_700_000_000);
  });

  it('gives a received reminder message its marker, @ list and sender', async () => {
    h().setup.service.withoutTargetedMessages();
    const alice = await h().as('alice');
    const bob = await h().as('bob');
    const chat = h().setup.chatOf('bob');
    const received: Array<Record<string, unknown>> = [];
    chat.on('onMessageReceived', (event: { data: Array<Record<string, unknown>> }) => received.push(...event.data));
    const message = await alice.adapter.sendMessage({ conversationID: 'GROUPteam', text: 'plan', needReadReceipt: true });
    await alice.adapter.remindUnread({ messageID: message.messageID });
    await bob.waitFor('reminder');
    const reminder = received.find((m) => typeof m.cloudCustomData === 'string' && m.cloudCustomData !== '');
    expect(reminder).toMatchObject({
      from: 'alice',
      flow: 'in',
      conversationID: 'GROUPteam',
      atUserList: expect.arrayContaining(['bob', 'carol']),
      cloudCustomData: JSON.stringify({ rrrReminder: { v: 1, messageID: message.messageID } }),
    });
    expect(reminder?.time).toBeGreaterThan(1_700_000_000);
  });
});
