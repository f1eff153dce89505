import type { ConversationID, GroupID, UserID } from './types';

/**
 * Conversation IDs as Tencent's SDK writes them: `'C2C' + userID` for a 1:1 chat and
 * `'GROUP' + groupID` for a group. The one place that knows the format: core, adapters and
 * components all parse and build IDs through these functions.
 */
export type ParsedConversationID =
  | { type: 'c2c'; conversationID: ConversationID; peerID: UserID }
  | { type: 'group'; conversationID: ConversationID; groupID: GroupID };

const C2C = 'C2C';
const GROUP = 'GROUP';

/** The conversation an ID names, or undefined for anything that is not a conversation ID. */
export function parseConversationID(conversationID: unknown): ParsedConversationID | undefined {
  if (typeof conversationID !== 'string') return undefined;
  if (conversationID.startsWith(GROUP) && conversationID.length > GROUP.length) {
    return { type: 'group', conversationID, groupID: conversationID.slice(GROUP.length) };
  }
  if (conversationID.startsWith(C2C) && conversationID.length > C2C.length) {
    return { type: 'c2c', conversationID, peerID: conversationID.slice(C2C.length) };
  }
  return undefined;
}

/** The peer of a 1:1 conversation, or undefined for a group (or a malformed ID). */
export function c2cPeerOf(conversationID: ConversationID): UserID | undefined {
  const parsed = parseConversationID(conversationID);
  return parsed?.type === 'c2c' ? parsed.peerID : undefined;
}

/** The group of a group conversation, or undefined for a 1:1 chat (or a malformed ID). */
export function groupIDOf(conversationID: ConversationID): GroupID | undefined {
  const parsed = parseConversationID(conversationID);
  return parsed?.type === 'group' ? parsed.groupID : undefined;
}

/** The conversation ID of the 1:1 chat with `userID`. */
export function c2cConversationID(userID: UserID): ConversationID {
  return `${C2C}${userID}`;
}

/** The conversation ID of group `groupID`. */
export function groupConversationID(groupID: GroupID): ConversationID {
  return `${GROUP}${groupID}`;
}
