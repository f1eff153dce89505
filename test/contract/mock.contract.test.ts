import { createMockAdapter, createMockBackend } from '../../src/mock';
import { runAdapterContract } from './adapter-contract';
import type { ContractFixture } from './fixture';

const fixture: ContractFixture = {
  sender: 'alice',
  readers: ['bob', 'carol', 'dave', 'erin', 'frank'],
  outsider: 'olga',
  receiptGroup: 'team',
  noReceiptGroup: 'fans',
};

runAdapterContract('mock adapter', () => {
  const users = [fixture.sender, ...fixture.readers, fixture.outsider].map((userID) => ({ userID, nickname: userID.toUpperCase() }));
  const backend = createMockBackend({
    users,
    groups: [
      { groupID: fixture.receiptGroup, name: 'Team', type: 'Work', members: [fixture.sender, ...fixture.readers] },
      { groupID: fixture.noReceiptGroup, name: 'Fans', type: 'Community', members: [fixture.sender, fixture.readers[0] as string] },
    ],
  });
  return { adapterFor: (userID) => createMockAdapter(backend, userID, { latency: 1 }), fixture, quietMs: 30 };
});
