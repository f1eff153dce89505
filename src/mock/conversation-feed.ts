import type { ConversationID, UserID } from '../core';
import type { BackendState } from './backend-state';
import { summarize, totalUnread } from './conversation-summary';

/**
 * Tells `userID`'s sessions that their view of one conversation changed: its new summary, and
 * the new total when `totalMoved` (their unread count moved in a conversation that is not
 * muted, or its mute flag flipped with something unread). Only sessions that asked for the
 * list or the total get it; offline users list their conversations when they come back.
 */
export function notifyConversation(state: BackendState, userID: UserID, conversationID: ConversationID, totalMoved: boolean): void {
  if (!state.hub.isListing(userID)) return;
  const resolved = state.resolveConversation(userID, conversationID);
  state.hub.publish(userID, { type: 'conversations', conversations: [summarize(state, userID, { conversationID, resolved })] });
  if (totalMoved) state.hub.publish(userID, { type: 'unreadTotal', totalUnreadCount: totalUnread(state, userID) });
}

/** Whether a change of `userID`'s unread count in a conversation moves their total: not in a muted one. */
export function countsInTotal(state: BackendState, userID: UserID, conversationID: ConversationID): boolean {
  return !state.isMuted(userID, conversationID);
}
