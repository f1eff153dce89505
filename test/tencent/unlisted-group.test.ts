// @vitest-environment node
import { useRealSdk } from './real-sdk/harness';

// Regression: issue 14, finding 9. The SDK's first getGroupProfile for a group missing from its
// joined-group list drops that group's messages from memory, and receipt events only fire for
// messages it holds: live receipts stopped until a reload.
describe('Tencent on the real SDK: a group missing from the joined-group list', () => {
  const h = useRealSdk();

  it('keeps live receipts coming for messages loaded before anything asked for the group', async () => {
    const earlier = await h().as('alice');
    const message = await earlier.adapter.sendMessage({ conversationID: 'GROUPteam', text: 'plan', needReadReceipt: true });
    await earlier.adapter.logout();

    // A new session of the sender, whose joined-group list does not (yet) name the group.
    h().setup.service.directory.unlistedGroups.set('alice', new Set(['team']));
    const alice = await h().as('alice');
    await alice.adapter.getMessageHistory({ conversationID: 'GROUPteam' });
    expect(await alice.adapter.getMessageReadReceipts([message.messageID])).toEqual([
      expect.objectContaining({ messageID: message.messageID, readCount: 0 }),
    ]);

    const bob = await h().as('bob');
    await bob.adapter.getMessageHistory({ conversationID: 'GROUPteam' });
    await bob.adapter.sendMessageReadReceipts([message.messageID]);
    const event = await alice.waitFor('receipts');
    expect(event.receipts).toEqual([expect.objectContaining({ kind: 'group', messageID: message.messageID, readCount: 1 })]);
  });
});
