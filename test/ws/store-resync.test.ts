// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import type { GroupMessageReceipt } from '../../src/core';
import { createChatStore } from '../../src/core/store';
import type { MockServer } from '../../src/mock/server';
import { adapterFor, startServer, until } from './harness';

describe('store over the WebSocket adapter', () => {
  let server: MockServer;
  afterEach(async () => {
    await server.close();
  });

  it('pulls counts again after a reconnect, catching reads whose events were lost', async () => {
    server = await startServer();
    const { backend } = server;
    const message = backend.sendMessage('alice', { conversationID: 'GROUPteam', text: 'agenda', needReadReceipt: true });
    const adapter = adapterFor(server, 'alice', { reconnect: { minMs: 20, maxMs: 50 } });
    const store = createChatStore(adapter, { receiptIntervalMs: 0 });
    const stop = store.actions.start();
    try {
      await until(() => store.getState().session === 'ready', 2000, 'login');
      await store.actions.openConversation('GROUPteam');
      const receipt = () => store.getState().receipts.get(message.messageID) as GroupMessageReceipt | undefined;
      await until(() => receipt() !== undefined, 2000, 'the first pull');
      expect(receipt()).toMatchObject({ readCount: 0, unreadCount: 2 });

      // While alice is offline bob reads: the push to her is lost with her socket.
      const restart = server.restart({ downMs: 150 });
      await until(() => store.getState().connection === 'disconnected', 1000, 'disconnect');
      backend.sendMessageReadReceipts('bob', [message.messageID]);
      const missed = backend.sendMessage('carol', { conversationID: 'GROUPteam', text: 'while you were away', needReadReceipt: false });
      await restart;

      await until(() => store.getState().connection === 'connected', 2000, 'reconnect');
      await until(() => receipt()?.readCount === 1, 2000, 'the resync');
      expect(receipt()).toMatchObject({ readCount: 1, unreadCount: 1 });
      await until(() => store.getState().messages.has(missed.messageID), 2000, 'the missed message');
    } finally {
      stop();
      await adapter.logout();
    }
  });
});
