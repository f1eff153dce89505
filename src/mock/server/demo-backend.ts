import type { GroupType, UserID } from '../../core';
import { createMockBackend, type MockBackend } from '../backend';
import { avatarURL, memberName } from '../names';
import { createRandom } from '../prng';
import type { MockUser } from '../types';

export interface DemoBackendOptions {
  /** Members of the company-wide group. @default 10000 */
  companySize?: number;
  seed?: number;
  clock?: () => number;
}

/** The users and rooms of the demo, for the README and the demo's user picker. */
export const DEMO = {
  me: 'me',
  peer: 'minjun',
  groups: { team: 'team', company: 'company', community: 'community' },
} as const;

/**
 * One backend holding what `presets` builds one at a time (each preset makes its own
 * backend, so they cannot be merged): the 1:1 chat with minjun, the 20-member Work team,
 * the 10,000-member Public group and a Community group, with the same welcome messages and
 * seeded reads. `me` and `minjun` are in every group, so two tabs as them see receipts live.
 */
export function createDemoBackend(options: DemoBackendOptions = {}): MockBackend {
  const seed = options.seed ?? 7;
  const companySize = Math.max(2, options.companySize ?? 10_000);
  const random = createRandom(seed);
  const users: MockUser[] = [
    { userID: DEMO.me, nickname: 'Alex Morgan', avatarURL: avatarURL(0) },
    { userID: DEMO.peer, nickname: '김민준', avatarURL: avatarURL(1) },
  ];
  for (let i = 1; i <= companySize - 2; i += 1) {
    users.push({ userID: `user${i}`, nickname: memberName(i + 1, random), avatarURL: avatarURL(i + 1) });
  }
  const backend = createMockBackend({ users, ...(options.clock ? { clock: options.clock } : {}) });
  const firstN = (n: number): UserID[] => users.slice(0, Math.min(n, users.length)).map((u) => u.userID);

  const c2c = `C2C${DEMO.peer}`;
  const first = backend.sendMessage(DEMO.me, { conversationID: c2c, text: 'Did you get the contract?', needReadReceipt: true });
  backend.sendMessage(DEMO.peer, { conversationID: `C2C${DEMO.me}`, text: 'Yes, reading it now.', needReadReceipt: false });
  backend.sendMessageReadReceipts(DEMO.peer, [first.messageID]);
  backend.sendMessage(DEMO.me, { conversationID: c2c, text: 'Great, call me after.', needReadReceipt: true });

  const group = (groupID: string, name: string, type: GroupType, members: UserID[], readShare: number): void => {
    backend.addGroup({ groupID, name, type, members });
    const conversationID = `GROUP${groupID}`;
    const receipts = backend.getGroupInfo(DEMO.me, groupID).receiptsEnabled;
    const welcome = backend.sendMessage(DEMO.me, { conversationID, text: `Welcome to ${name}!`, needReadReceipt: receipts });
    if (receipts) {
      const reads = createRandom(seed);
      // minjun stays unread, so the demo's second tab has something to read.
      for (const userID of members.slice(2)) {
        if (reads.chance(readShare)) backend.sendMessageReadReceipts(userID, [welcome.messageID]);
      }
    }
    backend.sendMessage(DEMO.me, { conversationID, text: 'Please read the agenda.', needReadReceipt: receipts });
  };
  group(DEMO.groups.team, 'Design Team', 'Work', firstN(20), 0.5);
  group(DEMO.groups.company, 'Everyone @ Acme', 'Public', firstN(companySize), 0.3);
  group(DEMO.groups.community, 'Open Source Fans', 'Community', firstN(50), 0);
  return backend;
}
