import type { ConversationID, GroupID, UserID } from '../types';

/** The peer of a 1:1 conversation ID (`'C2C' + userID`), or undefined for any other. */
export function c2cPeer(conversationID: ConversationID): UserID | undefined {
  return conversationID.startsWith('C2C') && conversationID.length > 3 ? conversationID.slice(3) : undefined;
}

export function groupOf(conversationID: ConversationID): GroupID | undefined {
  return conversationID.startsWith('GROUP') && conversationID.length > 5 ? conversationID.slice(5) : undefined;
}

export function c2cConversationID(userID: UserID): ConversationID {
  return `C2C${userID}`;
}
