// @vitest-environment node
import { WebSocket } from 'ws';
import type { ChatAdapter } from '../../src/core';
import { createMockBackend, createWebSocketAdapter } from '../../src/mock';
import type { MockBackend } from '../../src/mock';
import { generateUserSig, startMockServer, type MockServer } from '../../src/mock/server';
import { runAdapterContract } from './adapter-contract';
import type { ContractFixture } from './fixture';

const fixture: ContractFixture = {
  sender: 'alice',
  readers: ['bob', 'carol', 'dave', 'erin', 'frank'],
  outsider: 'olga',
  receiptGroup: 'team',
  noReceiptGroup: 'fans',
};
const secret = 'contract-secret-0123456789';

function freshBackend(): MockBackend {
  const users = [fixture.sender, ...fixture.readers, fixture.outsider].map((userID) => ({ userID, nickname: userID.toUpperCase() }));
  return createMockBackend({
    users,
    groups: [
      { groupID: fixture.receiptGroup, name: 'Team', type: 'Work', members: [fixture.sender, ...fixture.readers] },
      { groupID: fixture.noReceiptGroup, name: 'Fans', type: 'Community', members: [fixture.sender, fixture.readers[0] as string] },
    ],
  });
}

// A server per test (port 0, milliseconds to start): the contract wants a fresh backend for
// every case, and a server holds exactly one.
runAdapterContract('WebSocket adapter', async () => {
  const server: MockServer = await startMockServer({ port: 0, secret, backend: freshBackend() });
  const adapters: ChatAdapter[] = [];
  return {
    adapterFor(userID) {
      const userSig = generateUserSig({ userID, secret, expireSeconds: 600 });
      const adapter = createWebSocketAdapter({ url: server.url, userID, userSig, WebSocket });
      adapters.push(adapter);
      return adapter;
    },
    fixture,
    quietMs: 50,
    // Adapters the suite logged in without keeping (e.g. the login test) must close too.
    cleanup: async () => {
      await Promise.all(adapters.map((adapter) => adapter.logout()));
      await server.close();
    },
  };
});
