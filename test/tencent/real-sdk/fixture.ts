import type { ContractFixture } from '../../contract/fixture';
import type { DirectorySeed } from './directory';

export const fixture: ContractFixture = {
  sender: 'alice',
  readers: ['bob', 'carol', 'dave', 'erin', 'frank'],
  outsider: 'olga',
  receiptGroup: 'team',
  noReceiptGroup: 'fans',
};

/** The contract's users and groups in the service's terms: 'Private' is Work, 'Community' never has receipts. */
export function fixtureSeed(): DirectorySeed {
  const users = [fixture.sender, ...fixture.readers, fixture.outsider].map((userID) => ({
    userID,
    nick: userID.toUpperCase(),
    avatar: `https://example.com/${userID}.png`,
  }));
  return {
    users,
    groups: [
      { groupID: fixture.receiptGroup, name: 'Team', type: 'Private', avatar: 'https://example.com/team.png', members: [fixture.sender, ...fixture.readers] },
      { groupID: fixture.noReceiptGroup, name: 'Fans', type: 'Community', members: [fixture.sender, fixture.readers[0] as string] },
    ],
  };
}
