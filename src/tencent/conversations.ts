import type { ConversationListQuery } from '../core/adapter';
import { ChatError, ErrorCode } from '../core/errors';
import { DEFAULT_CONVERSATION_PAGE_SIZE, MAX_CONVERSATION_PAGE_SIZE } from '../core/limits';
import type { ConversationPage, ConversationSummary, LastMessage } from '../core/types';
import { validateConversationSummary } from '../core/validate-conversations';
import { pageConversations } from './conversation-pages';
import { requireConversation, toMillis } from './mapping';
import type { MessageCache } from './message-cache';
import { isReminderMessage } from './reminder-marker';
import { TYPES, type SdkConversation } from './sdk';

const nonEmpty = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * The last message of a conversation list row. The SDK's row names it by sequence and time
 * only, so its ID and whether it asked for receipts are known only for a message the adapter
 * holds (sent, received or loaded here); otherwise they are left out, as the contract allows.
 */
function lastMessageOf(conversation: SdkConversation, cache: MessageCache): LastMessage | undefined {
  const last = conversation.lastMessage;
  const time = Number(last?.lastTime);
  const senderID = nonEmpty(last?.fromAccount);
  if (last === undefined || !(time > 0) || senderID === undefined) return undefined;
  const sequence = Number.isSafeInteger(last.lastSequence) && (last.lastSequence as number) >= 0 ? (last.lastSequence as number) : 0;
  const text = last.type === TYPES.MSG_TEXT && typeof last.payload?.text === 'string' ? last.payload.text : (last.messageForShow ?? '');
  const result: LastMessage = { senderID, text, time: toMillis(time), seq: sequence };
  const held = cache.findBySequence(conversation.conversationID, sequence, conversation.type === TYPES.CONV_C2C ? time : undefined);
  if (held !== undefined && !isReminderMessage(held)) {
    const kit = cache.kit(held);
    result.messageID = kit.messageID;
    result.needReadReceipt = kit.needReadReceipt;
  }
  return result;
}

/**
 * A row of the kit's conversation list from an SDK Conversation, checked like any backend's;
 * undefined for what the list does not show: system and topic conversations, and (unless
 * `withoutMessages`) 1:1 chats without a message, which `getConversationProfile` makes for
 * any peer it is asked about.
 */
export function toSummary(conversation: SdkConversation, cache: MessageCache, withoutMessages = false): ConversationSummary | undefined {
  if (conversation.type !== TYPES.CONV_C2C && conversation.type !== TYPES.CONV_GROUP) return undefined;
  const parsed = requireConversation(conversation.conversationID);
  const lastMessage = lastMessageOf(conversation, cache);
  if (parsed.type === 'c2c' && lastMessage === undefined && !withoutMessages) return undefined;
  const remind = conversation.messageRemindType;
  const summary: Record<string, unknown> = {
    conversationID: conversation.conversationID,
    type: parsed.type,
    name:
      parsed.type === 'group'
        ? (nonEmpty(conversation.groupProfile?.name) ?? parsed.groupID)
        : (nonEmpty(conversation.remark) ?? nonEmpty(conversation.userProfile?.nick) ?? parsed.peerID),
    unreadCount: conversation.unreadCount ?? 0,
    // Whatever the SDK leaves out of its total is muted here too: the two always agree.
    muted: nonEmpty(remind) !== undefined && remind !== TYPES.MSG_REMIND_ACPT_AND_NOTE,
  };
  const avatarURL = nonEmpty(parsed.type === 'group' ? conversation.groupProfile?.avatar : conversation.userProfile?.avatar);
  if (avatarURL !== undefined) summary.avatarURL = avatarURL;
  if (lastMessage !== undefined) summary.lastMessage = lastMessage;
  if (parsed.type === 'c2c') {
    const listed = Number(conversation.peerReadTime) > 0 ? toMillis(Number(conversation.peerReadTime)) : 0;
    // An own last message the peer read was read by then at least.
    const lastRead = lastMessage !== undefined && conversation.lastMessage?.isPeerRead === true && lastMessage.senderID !== parsed.peerID ? lastMessage.time : 0;
    const peerReadTime = Math.max(listed, cache.peerReadOf(conversation.conversationID), lastRead);
    if (peerReadTime > 0) summary.peerReadTime = peerReadTime;
  }
  return validateConversationSummary(summary);
}

/** Every row of the SDK's list the kit shows, newest last message first; a malformed row is left out and reported. */
export function toSummaries(list: readonly SdkConversation[], cache: MessageCache, report: (error: ChatError) => void): ConversationSummary[] {
  const rows: ConversationSummary[] = [];
  for (const conversation of list) {
    try {
      const row = toSummary(conversation, cache);
      if (row !== undefined) rows.push(row);
    } catch (error) {
      report(error instanceof ChatError ? error : new ChatError(ErrorCode.MALFORMED_PAYLOAD, String(error)));
    }
  }
  return rows;
}

function pageSize(count: unknown): number {
  if (count === undefined) return DEFAULT_CONVERSATION_PAGE_SIZE;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
    throw new ChatError(ErrorCode.INVALID_PARAMETER, `count must be a positive integer (got ${String(count)}).`);
  }
  return Math.min(count, MAX_CONVERSATION_PAGE_SIZE);
}

/** One page of the rows, in the order and with the cursors every adapter uses (see conversation-pages.ts). */
export function pageOf(rows: ConversationSummary[], query: ConversationListQuery | undefined): ConversationPage {
  if (query !== undefined && (typeof query !== 'object' || query === null)) {
    throw new ChatError(ErrorCode.INVALID_PARAMETER, 'getConversationList takes a query object (or none).');
  }
  return pageConversations(rows, query?.nextSeq, pageSize(query?.count));
}
