import { createChatStore, immediateUpdates, type ChatStore } from '../../src/core';
import { createMockAdapter, presets, type MockAdapter } from '../../src/mock';

/**
 * Work done offline survives a reload: a fresh store for the same user, on the same device
 * (the browser's IndexedDB, the default storage), sends what the first one could not.
 */

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

async function started(adapter: MockAdapter): Promise<{ store: ChatStore; stop: () => void }> {
  const store = createChatStore(adapter, { scheduler: immediateUpdates, receiptIntervalMs: 0 });
  const stop = store.actions.start();
  await until(() => store.getState().session === 'ready', 'login');
  return { store, stop };
}

describe('a reload while offline', () => {
  it('loses no receipt and no unsent message', async () => {
    const world = presets.workTeam();
    const incoming = world.backend.sendMessage('user1', { conversationID: 'GROUPteam', text: 'Read me', needReadReceipt: true });
    const readCount = () => {
      const receipt = world.backend.getMessageReadReceipts('user1', [incoming.messageID])[0];
      return receipt?.kind === 'group' ? receipt.readCount : -1;
    };
    const first = createMockAdapter(world.backend, 'me');
    const before = await started(first);
    await before.store.actions.openConversation('GROUPteam');
    first.disconnect();
    before.store.actions.reportRead([incoming.messageID]);
    await before.store.actions.sendMessage('GROUPteam', 'Written offline');
    expect(before.store.getState().outbox.get('GROUPteam')).toEqual([incoming.messageID]);
    expect(readCount()).toBe(0);
    // The tab reloads: the first store is gone without ever reconnecting.
    before.stop();

    const after = await started(createMockAdapter(world.backend, 'me'));
    await until(() => readCount() === 1, 'the receipt sent before the reload');
    const failed = [...after.store.getState().messages.values()].find((m) => m.text === 'Written offline');
    expect(failed).toMatchObject({ status: 'failed', senderID: 'me', conversationID: 'GROUPteam' });
    const sent = await after.store.actions.retry(failed!.messageID);
    expect(sent?.status).toBe('sent');
    const history = world.backend.getMessageHistory('user1', { conversationID: 'GROUPteam' }).messages;
    expect(history.filter((m) => m.text === 'Written offline')).toHaveLength(1);
    after.stop();
  });
});
