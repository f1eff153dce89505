import type { Message, MessageID, UserID } from './types';

/** Where the first unread message of a conversation is, as far as the loaded history tells. */
export interface FirstUnread {
  /** The first unread message, or the oldest loaded one from others while it is not loaded. */
  messageID: MessageID | null;
  /** False while fewer unread messages are loaded than the backend counted. */
  found: boolean;
}

/**
 * The rule: a conversation opened with `count` unread has as its first unread message the
 * `count`-th newest message from others, counted back from the newest message at opening
 * (`anchorID`), so messages that arrive later never move it. The user's own messages are never
 * unread. `messages` run oldest first; the walk starts at the end, where unread messages are.
 */
export function locateFirstUnread(messages: readonly Message[], me: UserID | null, count: number, anchorID: MessageID | null): FirstUnread {
  if (count <= 0) return { messageID: null, found: true };
  let start = messages.length - 1;
  if (anchorID !== null) {
    while (start >= 0 && (messages[start] as Message).messageID !== anchorID) start -= 1;
    if (start < 0) start = messages.length - 1;
  }
  let seen = 0;
  let oldest: MessageID | null = null;
  for (let i = start; i >= 0; i -= 1) {
    const message = messages[i] as Message;
    if (message.senderID === me) continue;
    seen += 1;
    oldest = message.messageID;
    if (seen === count) return { messageID: oldest, found: true };
  }
  return { messageID: oldest, found: false };
}
