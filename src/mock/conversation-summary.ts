import type { ConversationID, ConversationSummary, LastMessage, UserID } from '../core';
import { c2cConversationID, groupConversationID } from '../core/conversation-id';
import type { BackendState, ResolvedConversation } from './backend-state';
import { isMember } from './group-state';
import type { MessageRecord } from './message-state';
import type { ReadPositions } from './read-positions';

/** A conversation as one user sees it, with the ID they know it by. */
export interface ViewedConversation {
  conversationID: ConversationID;
  resolved: ResolvedConversation;
}

function readsOf(resolved: ResolvedConversation): ReadPositions {
  return resolved.kind === 'group' ? resolved.group.reads : resolved.c2c.reads;
}

export function unreadOf(viewer: UserID, resolved: ResolvedConversation): number {
  return readsOf(resolved).unread(viewer, resolved.messages.length);
}

/** Time of the newest message, 0 for none: the list's order. */
export function lastTimeOf(resolved: ResolvedConversation): number {
  return resolved.messages.at(-1)?.time ?? 0;
}

function lastMessage(record: MessageRecord): LastMessage {
  return {
    messageID: record.messageID,
    senderID: record.senderID,
    text: record.text,
    time: record.time,
    seq: record.seq,
    needReadReceipt: record.needReadReceipt,
  };
}

export function summarize(state: BackendState, viewer: UserID, { conversationID, resolved }: ViewedConversation): ConversationSummary {
  const newest = resolved.messages.at(-1);
  const base = { conversationID, unreadCount: unreadOf(viewer, resolved), muted: state.isMuted(viewer, conversationID) };
  let summary: ConversationSummary;
  if (resolved.kind === 'group') {
    const { group } = resolved;
    summary = { ...base, type: 'group', name: group.name };
    if (group.avatarURL !== undefined) summary.avatarURL = group.avatarURL;
  } else {
    const peer = state.users.get(resolved.peerID);
    summary = { ...base, type: 'c2c', name: peer?.nickname ?? resolved.peerID };
    if (peer?.avatarURL !== undefined) summary.avatarURL = peer.avatarURL;
    const peerMark = resolved.c2c.reads.markOf(resolved.peerID);
    if (peerMark !== undefined && peerMark.time > 0) summary.peerReadTime = peerMark.time;
  }
  if (newest !== undefined) summary.lastMessage = lastMessage(newest);
  return summary;
}

/** Every conversation of `viewer`: the groups they are in, and the 1:1 chats that have a message. */
export function conversationsOf(state: BackendState, viewer: UserID): ViewedConversation[] {
  const result: ViewedConversation[] = [];
  for (const group of state.groups.values()) {
    if (isMember(group, viewer)) result.push({ conversationID: groupConversationID(group.groupID), resolved: { kind: 'group', group, messages: group.messages } });
  }
  for (const peerID of state.c2cPeers.get(viewer) ?? []) {
    const c2c = state.c2cRecord(viewer, peerID);
    if (c2c.messages.length > 0) result.push({ conversationID: c2cConversationID(peerID), resolved: { kind: 'c2c', peerID, c2c, messages: c2c.messages } });
  }
  return result;
}

/** Unread messages over all of `viewer`'s conversations, muted ones left out (as Tencent counts). */
export function totalUnread(state: BackendState, viewer: UserID): number {
  let total = 0;
  for (const conversation of conversationsOf(state, viewer)) {
    if (!state.isMuted(viewer, conversation.conversationID)) total += unreadOf(viewer, conversation.resolved);
  }
  return total;
}
