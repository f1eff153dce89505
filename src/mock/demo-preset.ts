import type { ConversationID, UserID } from '../core';
import { createMockBackend, type MockBackend } from './backend';
import { avatarURL, memberName } from './names';
import { createRandom } from './prng';
import type { PresetOptions } from './presets';
import type { MockUser } from './types';

export interface DemoConversationInfo {
  /** As `me` sees it. */
  conversationID: ConversationID;
  name: string;
  kind: 'c2c' | 'group';
  /** Users who can read in this conversation (everyone but `me`), the first few only for big groups. */
  readers: UserID[];
  note?: string;
}

export interface DemoPreset {
  backend: MockBackend;
  me: UserID;
  conversations: DemoConversationInfo[];
}

const READER_CHOICES = 12;

/**
 * Every demo conversation in one backend, so one user can move between them: a 1:1 chat,
 * a 20-member Work team, a 10,000-member Public group and a Community group (no receipts).
 */
export function demoPreset(options: PresetOptions & { companySize?: number } = {}): DemoPreset {
  const random = createRandom(options.seed ?? 7);
  const companySize = options.companySize ?? 10_000;
  const users: MockUser[] = [{ userID: 'me', nickname: 'Alex Morgan', avatarURL: avatarURL(0) }];
  for (let i = 1; i < companySize; i += 1) {
    users.push({ userID: `user${i}`, nickname: memberName(i, random), avatarURL: avatarURL(i) });
  }
  users.push({ userID: 'minjun', nickname: '김민준', avatarURL: avatarURL(companySize) });
  const backend = createMockBackend({ ...options, users, groups: [] });
  const ids = users.map((user) => user.userID);
  const team = ids.slice(0, 20);
  const community = ['me', ...ids.slice(40, 90)];
  backend.addGroup({ groupID: 'team', name: 'Design Team', type: 'Work', members: team });
  backend.addGroup({ groupID: 'company', name: 'Everyone @ Acme', type: 'Public', members: ids.slice(0, companySize) });
  backend.addGroup({ groupID: 'community', name: 'Open Source Fans', type: 'Community', members: community });

  backend.sendMessage('minjun', { conversationID: 'C2Cme', text: 'Hi Alex! Did the contract arrive?', needReadReceipt: true });
  backend.sendMessage('me', { conversationID: 'C2Cminjun', text: 'Yes, I am reading it now.', needReadReceipt: true });
  backend.sendMessage('user3', { conversationID: 'GROUPteam', text: 'Stand-up moved to 10:30.', needReadReceipt: false });
  backend.sendMessage('me', { conversationID: 'GROUPteam', text: 'Please review the new palette by Friday.', needReadReceipt: true });
  const allHands = backend.sendMessage('me', {
    conversationID: 'GROUPcompany',
    text: 'All-hands on Thursday at 16:00. Please confirm you have read this.',
    needReadReceipt: true,
  });
  for (let i = 1; i < companySize; i += 3) backend.sendMessageReadReceipts(ids[i] as UserID, [allHands.messageID]);
  backend.sendMessage('user41', { conversationID: 'GROUPcommunity', text: 'Welcome, everyone!', needReadReceipt: false });

  return {
    backend,
    me: 'me',
    conversations: [
      { conversationID: 'C2Cminjun', name: '김민준 (1:1)', kind: 'c2c', readers: ['minjun'] },
      { conversationID: 'GROUPteam', name: 'Design Team (20)', kind: 'group', readers: team.slice(1, 1 + READER_CHOICES) },
      {
        conversationID: 'GROUPcompany',
        name: 'Everyone @ Acme (10,000)',
        kind: 'group',
        readers: ids.slice(1, 1 + READER_CHOICES),
      },
      {
        conversationID: 'GROUPcommunity',
        name: 'Open Source Fans (Community)',
        kind: 'group',
        readers: community.slice(1, 1 + READER_CHOICES),
        note: 'Read receipts are not supported in Community groups',
      },
    ],
  };
}
