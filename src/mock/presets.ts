import { c2cConversationID, groupConversationID } from '../core/conversation-id';
import type { ConversationID, GroupID, MessageID, UserID } from '../core';
import { createMockBackend, type MockBackend } from './backend';
import { demoPreset, type DemoPreset } from './demo-preset';
import { avatarURL, memberName } from './names';
import { createRandom } from './prng';
import type { MockBackendOptions, MockUser } from './types';

/** A ready-made backend plus the IDs a demo, story or test needs to start. */
export interface Preset {
  backend: MockBackend;
  /** The user to log in as. */
  me: UserID;
  conversationID: ConversationID;
  groupID?: GroupID;
  peerID?: UserID;
  /** Messages sent by `me`, oldest first. */
  messageIDs: MessageID[];
}

/** Options of every preset. */
export type PresetOptions = Pick<MockBackendOptions, 'clock' | 'receiptFlushInterval' | 'receiptGroupTypes'> & {
  seed?: number;
};

const ME: MockUser = { userID: 'me', nickname: 'Alex Morgan', avatarURL: avatarURL(0) };

function people(count: number, seed: number): MockUser[] {
  const random = createRandom(seed);
  const users: MockUser[] = [ME];
  for (let i = 1; i < count; i += 1) {
    users.push({ userID: `user${i}`, nickname: memberName(i, random), avatarURL: avatarURL(i) });
  }
  return users;
}

/** A 1:1 chat with one peer who has read the first of two receipt-asking messages. */
function oneToOne(options: PresetOptions = {}): Preset {
  const peer: MockUser = { userID: 'minjun', nickname: '김민준', avatarURL: avatarURL(1) };
  const backend = createMockBackend({ ...options, users: [ME, peer] });
  const conversationID = c2cConversationID(peer.userID);
  const first = backend.sendMessage('me', { conversationID, text: 'Did you get the contract?', needReadReceipt: true });
  backend.sendMessage(peer.userID, { conversationID: c2cConversationID('me'), text: 'Yes, reading it now.', needReadReceipt: false });
  backend.sendMessageReadReceipts(peer.userID, [first.messageID]);
  // Alex saw the answer before writing again: nothing unread on Alex's side.
  backend.markC2CMessageAsRead('me', peer.userID);
  const second = backend.sendMessage('me', { conversationID, text: 'Great, call me after.', needReadReceipt: true });
  return { backend, me: 'me', conversationID, peerID: peer.userID, messageIDs: [first.messageID, second.messageID] };
}

/**
 * Three 1:1 chats beside a preset's group, so the conversation list has every kind of row:
 * one read to the end, one with two unread messages, and a muted one with one unread.
 */
function sideChats(backend: MockBackend, users: readonly MockUser[]): void {
  const [, read, unread, muted] = users;
  if (read === undefined || unread === undefined || muted === undefined) return;
  backend.sendMessage(read.userID, { conversationID: c2cConversationID('me'), text: 'Got the slides, thanks.', needReadReceipt: false });
  backend.markC2CMessageAsRead('me', read.userID);
  backend.sendMessage('me', { conversationID: c2cConversationID(read.userID), text: 'Great, see you tomorrow.', needReadReceipt: true });
  backend.sendMessage(unread.userID, { conversationID: c2cConversationID('me'), text: 'Are you joining the review?', needReadReceipt: false });
  backend.sendMessage(unread.userID, { conversationID: c2cConversationID('me'), text: 'It starts in ten minutes.', needReadReceipt: true });
  backend.sendMessage(muted.userID, { conversationID: c2cConversationID('me'), text: 'The weekly digest is out.', needReadReceipt: false });
  backend.setConversationMuted('me', c2cConversationID(muted.userID), true);
}

/**
 * A group of `size` members (me first) with one receipt-asking message read by `readShare`,
 * plus `me`'s side chats (see `sideChats`); the group's own history is only its two messages.
 */
function groupPreset(
  groupID: GroupID,
  name: string,
  type: 'Work' | 'Public' | 'Community',
  size: number,
  readShare: number,
  options: PresetOptions,
): Preset {
  const seed = options.seed ?? 7;
  const users = people(size, seed);
  const backend = createMockBackend({ ...options, users, groups: [] });
  backend.addGroup({
    groupID,
    name,
    type,
    avatarURL: avatarURL(size + 7),
    members: users.map((u, i) => (i % 5 === 2 ? { userID: u.userID, nameCard: `${u.nickname ?? u.userID} (${name})` } : u.userID)),
  });
  const conversationID = groupConversationID(groupID);
  const receipts = backend.getGroupInfo('me', groupID).receiptsEnabled;
  const message = backend.sendMessage('me', { conversationID, text: `Welcome to ${name}!`, needReadReceipt: receipts });
  if (receipts) {
    const random = createRandom(seed);
    for (const user of users.slice(1)) {
      if (random.chance(readShare)) backend.sendMessageReadReceipts(user.userID, [message.messageID]);
    }
  }
  const latest = backend.sendMessage('me', { conversationID, text: 'Please read the agenda.', needReadReceipt: receipts });
  sideChats(backend, users);
  return { backend, me: 'me', conversationID, groupID, messageIDs: [message.messageID, latest.messageID] };
}

/** Ready-made mock worlds for stories, tests and the demo. */
export const presets = {
  oneToOne: (options: PresetOptions = {}): Preset => oneToOne(options),
  /** A 20-member Work team: the welcome message is read by about half. */
  workTeam: (options: PresetOptions = {}) => groupPreset('team', 'Design Team', 'Work', 20, 0.5, options),
  /** A 10,000-member company-wide Public group: the welcome message is read by about 30%. */
  companyWide: (options: PresetOptions & { memberCount?: number } = {}) =>
    groupPreset('company', 'Everyone @ Acme', 'Public', options.memberCount ?? 10_000, 0.3, options),
  /** A Community group: messages never carry receipts there. */
  community: (options: PresetOptions = {}) => groupPreset('community', 'Open Source Fans', 'Community', 50, 0, options),
  /** All of the above in one backend, for the demo app: see `DemoPreset`. */
  demo: (options?: Parameters<typeof demoPreset>[0]): DemoPreset => demoPreset(options),
} as const;
