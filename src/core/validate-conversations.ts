import { parseConversationID } from './conversation-id';
import type { ConversationPage, ConversationSummary, LastMessage, Reminder, RemindUnreadResult } from './types';
import {
  asRecord,
  describe,
  FieldError,
  optionalTime,
  own,
  requireBoolean,
  requireCount,
  requireID,
  requireOneOf,
  requireTime,
  validateWith,
  type Fields,
} from './validate-fields';

/**
 * Checks of the conversation list and reminder payloads an adapter hands out. Each throws a
 * MALFORMED_PAYLOAD ChatError naming the first bad field, and returns fresh objects with only
 * the known fields, so a hostile backend can neither crash the list nor smuggle keys into it.
 */

/** One page of `getConversationList`. Refuses a repeated ID, and an unfinished page without a cursor (it would be asked for forever). */
export function validateConversationPage(input: unknown): ConversationPage {
  return run('conversation page', () => {
    const record = asRecord(input, 'page');
    const list = own(record, 'conversations');
    if (!Array.isArray(list)) throw new FieldError(`conversations must be an array, got ${describe(list)}`);
    const nextSeq = own(record, 'nextSeq');
    if (typeof nextSeq !== 'string') throw new FieldError(`nextSeq must be a string, got ${describe(nextSeq)}`);
    const isFinished = requireBoolean(record, 'isFinished');
    if (isFinished !== (nextSeq === '')) throw new FieldError(`nextSeq must be '' exactly when isFinished, got ${describe(nextSeq)}`);
    const conversations = list.map((item, i) => summary(item, `conversations[${i}]`));
    const seen = new Set<string>();
    for (const [i, { conversationID }] of conversations.entries()) {
      if (seen.has(conversationID)) throw new FieldError(`conversations[${i}].conversationID ${describe(conversationID)} repeats`);
      seen.add(conversationID);
    }
    return { conversations, nextSeq, isFinished };
  });
}

/** One conversation, as `getConversation` answers and a `conversations` event carries it. */
export function validateConversationSummary(input: unknown): ConversationSummary {
  return run('conversation', () => summary(input, 'conversation'));
}

/** The payload of a `reminder` event. Reminders exist for group messages only. */
export function validateReminder(input: unknown): Reminder {
  return run('reminder', () => {
    const record = asRecord(input, 'reminder');
    const conversationID = requireID(record, 'conversationID');
    if (parseConversationID(conversationID)?.type !== 'group') {
      throw new FieldError(`conversationID must name a group conversation ("GROUP" + groupID), got ${describe(conversationID)}`);
    }
    return {
      messageID: requireID(record, 'messageID'),
      conversationID,
      senderID: requireID(record, 'senderID'),
      time: requireTime(record, 'time'),
    };
  });
}

/** What `remindUnread` resolves with. */
export function validateRemindUnreadResult(input: unknown): RemindUnreadResult {
  return run('remindUnread result', () => {
    const record = asRecord(input, 'result');
    return { reminded: requireCount(record, 'reminded'), nextAllowedAt: requireTime(record, 'nextAllowedAt') };
  });
}

/** What `getTotalUnreadMessageCount` resolves with and an `unreadTotal` event carries. */
export function validateUnreadTotal(input: unknown): number {
  return run('total unread count', () => requireCount({ totalUnreadCount: input }, 'totalUnreadCount'));
}

function run<T>(what: string, body: () => T): T {
  const result = validateWith(what, body);
  if (!result.ok) throw result.error;
  return result.value;
}

/** Runs `body` with every field it names prefixed by `path` (`conversations[3].unreadCount ...`). */
function within<T>(path: string, body: () => T): T {
  try {
    return body();
  } catch (cause) {
    if (cause instanceof FieldError && !cause.message.startsWith(`${path} `)) throw new FieldError(`${path}.${cause.message}`);
    throw cause;
  }
}

function summary(input: unknown, path: string): ConversationSummary {
  const record = asRecord(input, path);
  return within(path, () => {
    const conversationID = requireID(record, 'conversationID');
    const parsed = parseConversationID(conversationID);
    if (parsed === undefined) throw new FieldError(`conversationID must start with "C2C" or "GROUP", got ${describe(conversationID)}`);
    const type = requireOneOf(record, 'type', ['c2c', 'group'] as const);
    if (type !== parsed.type) throw new FieldError(`type ${describe(type)} does not match conversationID ${describe(conversationID)}`);
    const name = own(record, 'name');
    if (typeof name !== 'string') throw new FieldError(`name must be a string, got ${describe(name)}`);
    const result: ConversationSummary = {
      conversationID,
      type,
      name,
      unreadCount: requireCount(record, 'unreadCount'),
      muted: requireBoolean(record, 'muted'),
    };
    // A display field of the wrong type is dropped, not fatal: the row falls back to initials.
    const avatarURL = own(record, 'avatarURL');
    if (typeof avatarURL === 'string' && avatarURL !== '') result.avatarURL = avatarURL;
    const last = own(record, 'lastMessage');
    if (last !== undefined) result.lastMessage = within('lastMessage', () => lastMessage(asRecord(last, 'lastMessage')));
    const peerReadTime = optionalTime(record, 'peerReadTime');
    if (peerReadTime !== undefined) {
      if (type !== 'c2c') throw new FieldError('peerReadTime is for 1:1 conversations only');
      result.peerReadTime = peerReadTime;
    }
    return result;
  });
}

function lastMessage(record: Fields): LastMessage {
  const text = own(record, 'text');
  if (typeof text !== 'string') throw new FieldError(`text must be a string, got ${describe(text)}`);
  const result: LastMessage = {
    senderID: requireID(record, 'senderID'),
    text,
    time: requireTime(record, 'time'),
    seq: requireCount(record, 'seq'),
  };
  if (own(record, 'messageID') !== undefined) result.messageID = requireID(record, 'messageID');
  if (own(record, 'needReadReceipt') !== undefined) result.needReadReceipt = requireBoolean(record, 'needReadReceipt');
  return result;
}
