import { createTencentChatAdapter, type TencentChatAdapterOptions } from '../../src/tencent';
import type { ChatAdapter } from '../../src/core';
import type { ContractFixture, ContractSetup } from '../contract/fixture';
import { FakeChat, FakeTencentServer } from './fake-sdk';

export const fixture: ContractFixture = {
  sender: 'alice',
  readers: ['bob', 'carol', 'dave', 'erin', 'frank'],
  outsider: 'olga',
  receiptGroup: 'team',
  noReceiptGroup: 'fans',
};

/** The contract's fixture on the fake service: 'Private' is Work, 'Community' never has receipts. */
export function createFixtureServer(): FakeTencentServer {
  const server = new FakeTencentServer();
  for (const userID of [fixture.sender, ...fixture.readers, fixture.outsider]) {
    server.addUser(userID, { nick: userID.toUpperCase(), avatar: `https://example.com/${userID}.png` });
  }
  server.addGroup(fixture.receiptGroup, 'Private', [fixture.sender, ...fixture.readers], 'Team');
  server.addGroup(fixture.noReceiptGroup, 'Community', [fixture.sender, fixture.readers[0] as string], 'Fans');
  return server;
}

/**
 * A ContractSetup whose adapters sit on FakeChat instances. As with the real SDK, the app logs
 * the instance in (here: when the adapter's login() is called) and the adapter waits for ready.
 */
export function createTencentSetup(options: TencentChatAdapterOptions = {}): ContractSetup & { chats: FakeChat[] } {
  const server = createFixtureServer();
  const chats: FakeChat[] = [];
  return {
    fixture,
    chats,
    quietMs: 30,
    adapterFor(userID) {
      const chat = new FakeChat(server, userID);
      chats.push(chat);
      const adapter = createTencentChatAdapter(chat, options);
      const login: ChatAdapter['login'] = () => {
        void chat.signIn();
        return adapter.login();
      };
      return { ...adapter, login };
    },
  };
}
