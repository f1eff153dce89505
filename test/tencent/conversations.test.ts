// @vitest-environment node
import { useRealSdk } from './real-sdk/harness';

/**
 * The conversation list on the real SDK, beside the shared contract: what Tencent's list does
 * not say (a message's ID before the adapter held it), what the service says instead (do not
 * disturb, the peer's read time at login), and the feed's SDK handlers, registered only once a
 * client listed.
 */
describe('conversation list on the real SDK', () => {
  const h = useRealSdk();
  const as = (userID: string) => h().as(userID);

  it('names the last message by ID only once the adapter holds it', async () => {
    const alice = await as('alice');
    const sent = await alice.adapter.sendMessage({ conversationID: 'GROUPteam', text: 'before bob came', needReadReceipt: true });
    const bob = await as('bob');
    const fresh = await bob.adapter.getConversation('GROUPteam');
    expect(fresh.lastMessage).toEqual({ senderID: 'alice', text: 'before bob came', time: sent.time, seq: sent.seq });
    await bob.adapter.getMessageHistory({ conversationID: 'GROUPteam' });
    expect((await bob.adapter.getConversation('GROUPteam')).lastMessage).toMatchObject({ messageID: sent.messageID, needReadReceipt: true });
  });

  it('shows do-not-disturb conversations as muted and leaves them out of the total, as the SDK does', async () => {
    h().setup.service.directory.muted.add('bob>GROUPteam');
    const alice = await as('alice');
    await alice.adapter.sendMessage({ conversationID: 'GROUPteam', text: 'quiet please', needReadReceipt: false });
    await alice.adapter.sendMessage({ conversationID: 'C2Cbob', text: 'ping', needReadReceipt: false });
    const bob = await as('bob');
    const { conversations } = await bob.adapter.getConversationList();
    expect(conversations.find((c) => c.conversationID === 'GROUPteam')).toMatchObject({ muted: true, unreadCount: 1 });
    expect(conversations.find((c) => c.conversationID === 'C2Calice')).toMatchObject({ muted: false, unreadCount: 1 });
    expect(await bob.adapter.getTotalUnreadMessageCount()).toBe(1);
  });

  it('takes the peer’s read time from the list at login', async () => {
    const alice = await as('alice');
    const olga = await as('olga');
    const sent = await alice.adapter.sendMessage({ conversationID: 'C2Colga', text: 'hi', needReadReceipt: false });
    await olga.waitFor('messages');
    await olga.adapter.markConversationRead('C2Calice');
    await alice.waitFor('c2cRead');
    const later = await as('alice');
    expect((await later.adapter.getConversation('C2Colga')).peerReadTime).toBeGreaterThanOrEqual(sent.time);
  });

  it('registers the feed’s SDK handlers only once a listener listed, and pushes only the rows that changed', async () => {
    const alice = await as('alice');
    const bob = await as('bob');
    await alice.adapter.sendMessage({ conversationID: 'C2Cbob', text: 'first', needReadReceipt: false });
    await bob.waitFor('messages');
    const chat = h().setup.chatOf('bob');
    const on = vi.spyOn(chat, 'on');
    await bob.adapter.getMessageHistory({ conversationID: 'GROUPteam' });
    expect(on).not.toHaveBeenCalledWith('onConversationListUpdated', expect.anything());
    await bob.adapter.getConversationList();
    expect(on.mock.calls.map(([name]) => name)).toEqual(['onConversationListUpdated', 'onTotalUnreadMessageCountUpdated']);
    await alice.adapter.sendMessage({ conversationID: 'GROUPteam', text: 'to the group', needReadReceipt: false });
    const event = await bob.waitFor('conversations');
    expect(event.conversations.map((c) => c.conversationID)).toEqual(['GROUPteam']);
  });

  it('removes the feed’s handlers on logout', async () => {
    const bob = await as('bob');
    await bob.adapter.getTotalUnreadMessageCount();
    const chat = h().setup.chatOf('bob');
    const off = vi.spyOn(chat, 'off');
    await bob.adapter.logout();
    expect(off.mock.calls.map(([name]) => name)).toEqual(['onConversationListUpdated', 'onTotalUnreadMessageCountUpdated']);
  });
});
