import type { ConversationID, UserID } from '../core';
import { createMockBackend, type MockBackend } from './backend';
import { avatarURL, memberName } from './names';
import { createRandom } from './prng';
import type { PresetOptions } from './presets';
import type { MockUser } from './types';

/** One conversation of the demo world, as the demo app lists it. */
export interface DemoConversationInfo {
  /** As `me` sees it. */
  conversationID: ConversationID;
  name: string;
  kind: 'c2c' | 'group';
  /** Users who can read in this conversation (everyone but `me`), the first few only for big groups. */
  readers: UserID[];
  note?: string;
}

/** The demo world: everything the demo app shows, in one backend. */
export interface DemoPreset {
  backend: MockBackend;
  me: UserID;
  conversations: DemoConversationInfo[];
}

const READER_CHOICES = 12;

/** Everyone in the demo, `me` first and `minjun` (the 1:1 peer) last, and who is in which group. */
function demoPeople(companySize: number) {
  const ids: UserID[] = ['me'];
  for (let i = 1; i < companySize; i += 1) ids.push(`user${i}`);
  ids.push('minjun');
  return {
    ids,
    team: ids.slice(0, 20),
    company: ids.slice(0, companySize),
    community: ['me', ...ids.slice(40, 90)],
  };
}

/**
 * The demo's conversations as `userID` sees them: the 1:1 chat for `me` and `minjun`, and the
 * groups `userID` is a member of. Pure, so a client of the mock WebSocket server can list them
 * without building the backend. `companySize` must match the server's (default 10,000).
 */
export function demoConversations(userID: UserID, companySize = 10_000): DemoConversationInfo[] {
  const people = demoPeople(companySize);
  const readers = (members: readonly UserID[]) => members.filter((id) => id !== userID).slice(0, READER_CHOICES);
  const conversations: DemoConversationInfo[] = [];
  if (userID === 'me') conversations.push({ conversationID: 'C2Cminjun', name: '김민준 (1:1)', kind: 'c2c', readers: ['minjun'] });
  if (userID === 'minjun') conversations.push({ conversationID: 'C2Cme', name: 'Alex Morgan (1:1)', kind: 'c2c', readers: ['me'] });
  const groups = [
    { conversationID: 'GROUPteam', name: `Design Team (${people.team.length})`, members: people.team },
    { conversationID: 'GROUPcompany', name: `Everyone @ Acme (${companySize.toLocaleString('en-US')})`, members: people.company },
    {
      conversationID: 'GROUPcommunity',
      name: 'Open Source Fans (Community)',
      members: people.community,
      note: 'Read receipts are not supported in Community groups',
    },
  ];
  for (const { members, ...group } of groups) {
    if (members.includes(userID)) conversations.push({ ...group, kind: 'group', readers: readers(members) });
  }
  return conversations;
}

/**
 * Every demo conversation in one backend, so one user can move between them: a 1:1 chat,
 * a 20-member Work team, a 10,000-member Public group and a Community group (no receipts).
 */
export function demoPreset(options: PresetOptions & { companySize?: number } = {}): DemoPreset {
  const random = createRandom(options.seed ?? 7);
  const companySize = options.companySize ?? 10_000;
  const { ids, team, company, community } = demoPeople(companySize);
  const users: MockUser[] = ids.map((userID, i) =>
    userID === 'me'
      ? { userID, nickname: 'Alex Morgan', avatarURL: avatarURL(0) }
      : userID === 'minjun'
        ? { userID, nickname: '김민준', avatarURL: avatarURL(companySize) }
        : { userID, nickname: memberName(i, random), avatarURL: avatarURL(i) },
  );
  const backend = createMockBackend({ ...options, users, groups: [] });
  backend.addGroup({ groupID: 'team', name: 'Design Team', type: 'Work', avatarURL: avatarURL(companySize + 1), members: team });
  backend.addGroup({ groupID: 'company', name: 'Everyone @ Acme', type: 'Public', avatarURL: avatarURL(companySize + 2), members: company });
  backend.addGroup({ groupID: 'community', name: 'Open Source Fans', type: 'Community', avatarURL: avatarURL(companySize + 3), members: community });

  backend.sendMessage('minjun', { conversationID: 'C2Cme', text: 'Hi Alex! Did the contract arrive?', needReadReceipt: true });
  // Alex read what came before answering, in every conversation below: unread counts are what came after.
  backend.markC2CMessageAsRead('me', 'minjun');
  backend.sendMessage('me', { conversationID: 'C2Cminjun', text: 'Yes, I am reading it now.', needReadReceipt: true });
  backend.sendMessage('user3', { conversationID: 'GROUPteam', text: 'Stand-up moved to 10:30.', needReadReceipt: false });
  backend.markConversationRead('me', 'GROUPteam');
  backend.sendMessage('me', { conversationID: 'GROUPteam', text: 'Please review the new palette by Friday.', needReadReceipt: true });
  backend.sendMessage('user5', { conversationID: 'GROUPteam', text: 'Looks great, I will go through it today.', needReadReceipt: false });
  const allHands = backend.sendMessage('me', {
    conversationID: 'GROUPcompany',
    text: 'All-hands on Thursday at 16:00. Please confirm you have read this.',
    needReadReceipt: true,
  });
  for (let i = 1; i < companySize; i += 3) backend.sendMessageReadReceipts(ids[i] as UserID, [allHands.messageID]);
  backend.sendMessage(ids[Math.min(12, companySize - 1)] as UserID, { conversationID: 'GROUPcompany', text: 'Confirmed, see you there.', needReadReceipt: false });
  backend.sendMessage('user41', { conversationID: 'GROUPcommunity', text: 'Welcome, everyone!', needReadReceipt: false });
  // A busy open group Alex keeps quiet: its unread message stays out of the total.
  backend.setConversationMuted('me', 'GROUPcommunity', true);

  return { backend, me: 'me', conversations: demoConversations('me', companySize) };
}
