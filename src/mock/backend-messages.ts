import {
  ChatError,
  DEFAULT_HISTORY_PAGE_SIZE,
  ErrorCode,
  MAX_HISTORY_PAGE_SIZE,
  MAX_MESSAGE_TEXT_LENGTH,
} from '../core';
import type { HistoryPage, Message, UserID } from '../core';
import { c2cConversationID, groupConversationID } from '../core/conversation-id';
import type { BackendState } from './backend-state';
import { countsInTotal, notifyConversation } from './conversation-feed';
import type { Session } from './event-hub';
import { isMember, snapshotMembers } from './group-state';
import { createReceiptState, type MessageRecord } from './message-state';
import { field, invalid, pageCount, parseCursor, requireObject, toCursor } from './params';

/** The message as `viewer` sees it: a 1:1 conversation is named after the other side. */
export function toMessage(record: MessageRecord, viewer: UserID): Message {
  const { target } = record;
  const conversationID =
    target.kind === 'group'
      ? groupConversationID(target.groupID)
      : c2cConversationID(viewer === record.senderID ? target.receiverID : record.senderID);
  const message: Message = {
    messageID: record.messageID,
    conversationID,
    senderID: record.senderID,
    text: record.text,
    time: record.time,
    seq: record.seq,
    status: 'sent',
    needReadReceipt: record.needReadReceipt,
  };
  if (record.clientID !== undefined) message.clientID = record.clientID;
  return message;
}

/**
 * Stores a message and pushes it to every other session of the conversation's members.
 * In a group, the members at send time (minus the sender) are the ones eligible to read it.
 */
export function sendMessage(state: BackendState, senderID: UserID, input: unknown, origin?: Session): Message {
  const args = requireObject(input, 'sendMessage input');
  const text = field(args, 'text');
  const needReadReceipt = field(args, 'needReadReceipt');
  const clientID = field(args, 'clientID');
  if (typeof text !== 'string') throw invalid('text must be a string');
  if (text.length > MAX_MESSAGE_TEXT_LENGTH) throw invalid(`text is longer than ${MAX_MESSAGE_TEXT_LENGTH} characters`);
  if (typeof needReadReceipt !== 'boolean') throw invalid('needReadReceipt must be a boolean');
  if (clientID !== undefined && typeof clientID !== 'string') throw invalid('clientID must be a string');
  const conversation = state.resolveConversation(senderID, field(args, 'conversationID') as string);
  // The clientID is the sender's idempotency key: a retry after a lost reply is the same message.
  const key = clientID === undefined ? undefined : `${senderID}\n${clientID}`;
  const sent = key === undefined ? undefined : state.byClientID.get(key);
  if (sent !== undefined) {
    const same =
      conversation.kind === 'group'
        ? sent.target.kind === 'group' && sent.target.groupID === conversation.group.groupID
        : sent.target.kind === 'c2c' && sent.target.receiverID === conversation.peerID;
    if (!same) throw invalid('clientID was already used for a message in another conversation');
    return toMessage(sent, senderID);
  }

  const record: MessageRecord = {
    messageID: state.nextMessageID(),
    senderID,
    target:
      conversation.kind === 'group'
        ? { kind: 'group', groupID: conversation.group.groupID }
        : { kind: 'c2c', receiverID: conversation.peerID },
    text,
    time: state.clock(),
    seq: conversation.messages.length + 1,
    needReadReceipt,
  };
  if (clientID !== undefined) record.clientID = clientID;
  if (conversation.kind === 'group' && needReadReceipt) {
    const { group } = conversation;
    state.requireReceiptsEnabled(group);
    const senderSlot = group.slotOf.get(senderID) as number;
    record.receipt = createReceiptState(group.groupID, snapshotMembers(group), senderSlot, group.activeCount);
  }
  conversation.messages.push(record);
  (conversation.kind === 'group' ? conversation.group.reads : conversation.c2c.reads).sent(senderID, record.seq);
  state.messages.set(record.messageID, record);
  if (key !== undefined) state.byClientID.set(key, record);

  const recipients =
    conversation.kind === 'group'
      ? state.hub.onlineUsers().filter((userID) => isMember(conversation.group, userID))
      : [senderID, conversation.peerID];
  for (const userID of recipients) {
    state.hub.publish(userID, { type: 'messages', messages: [toMessage(record, userID)] }, origin);
  }
  // Every session's row changes, the sending one's too: its last message is this one.
  for (const userID of recipients) {
    const seenAs = toMessage(record, userID).conversationID;
    notifyConversation(state, userID, seenAs, userID !== senderID && countsInTotal(state, userID, seenAs));
  }
  return toMessage(record, senderID);
}

/** Newest page first; each page is oldest-first; the cursor is the position to stop before. */
export function getMessageHistory(state: BackendState, viewer: UserID, query: unknown): HistoryPage {
  const args = requireObject(query, 'history query');
  const conversation = state.resolveConversation(viewer, field(args, 'conversationID') as string);
  const count = pageCount(field(args, 'count'), DEFAULT_HISTORY_PAGE_SIZE, MAX_HISTORY_PAGE_SIZE);
  const { messages } = conversation;
  const end = parseCursor(field(args, 'cursor'), messages.length, 'cursor') ?? messages.length;
  const start = Math.max(0, end - count);
  return {
    messages: messages.slice(start, end).map((record) => toMessage(record, viewer)),
    nextCursor: start > 0 ? toCursor(start) : '',
    isFinished: start === 0,
  };
}

export function requireSender(record: MessageRecord, viewer: UserID, what: string): void {
  if (record.senderID !== viewer) {
    throw new ChatError(ErrorCode.NO_PERMISSION, `Only the sender of ${JSON.stringify(record.messageID)} may pull its ${what}`);
  }
}
