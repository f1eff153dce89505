import {
  ChatError,
  ErrorCode,
  validateConversationPage,
  validateConversationSummary,
  validateReminder,
  validateRemindUnreadResult,
  validateUnreadTotal,
} from '../core';
import type { ChatAdapterFeatures, ChatEvent } from '../core';
import type { WsOp } from './ws-protocol';

type Call = (op: WsOp, params: Record<string, unknown>) => Promise<unknown>;

/**
 * The conversation list and reminders over the WebSocket protocol. What the server answers is
 * checked before the app sees it: a malformed answer rejects with MALFORMED_PAYLOAD naming the
 * field. `onListing` is told when the client asks for the list or the total, so the adapter
 * keeps the server's conversation feed on across reconnects.
 */
export function webSocketFeatures(call: Call, onListing: () => void): ChatAdapterFeatures {
  const checked = <T>(promise: Promise<unknown>, validate: (value: unknown) => T) => promise.then(validate);
  return {
    remindUnread: (input) => checked(call('remindUnread', { ...input }), validateRemindUnreadResult),
    getConversationList(query = {}) {
      onListing();
      return checked(call('getConversationList', { ...query }), validateConversationPage);
    },
    getConversation: (conversationID) => checked(call('getConversation', { conversationID }), validateConversationSummary),
    markConversationRead: (conversationID) => call('markConversationRead', { conversationID }).then(() => undefined),
    getTotalUnreadMessageCount() {
      onListing();
      return checked(call('getTotalUnreadMessageCount', {}), validateUnreadTotal);
    },
  };
}

/**
 * An event of the conversation list or reminders as the server pushed it, checked: the clean
 * event, or an `error` event saying what was wrong (the listener never sees the bad payload).
 * Rows of a `conversations` event are checked one by one; the good ones still arrive.
 * Other events pass unchanged: the store checks those itself.
 */
export function screenEvent(event: ChatEvent): ChatEvent[] {
  try {
    switch (event.type) {
      case 'reminder':
        return [{ type: 'reminder', reminder: validateReminder(event.reminder) }];
      case 'unreadTotal':
        return [{ type: 'unreadTotal', totalUnreadCount: validateUnreadTotal(event.totalUnreadCount) }];
      case 'conversations':
        return screenRows(event.conversations);
      default:
        return [event];
    }
  } catch (error) {
    return [{ type: 'error', error: error instanceof ChatError ? error : new ChatError(ErrorCode.MALFORMED_PAYLOAD, String(error)) }];
  }
}

function screenRows(rows: unknown): ChatEvent[] {
  if (!Array.isArray(rows)) throw new ChatError(ErrorCode.MALFORMED_PAYLOAD, 'Malformed conversations event: conversations must be an array');
  const good: ChatEvent[] = [];
  const bad: ChatEvent[] = [];
  const clean = rows.flatMap((row: unknown) => {
    try {
      return [validateConversationSummary(row)];
    } catch (error) {
      if (bad.length === 0) bad.push({ type: 'error', error: error as ChatError });
      return [];
    }
  });
  if (clean.length > 0) good.push({ type: 'conversations', conversations: clean });
  return [...good, ...bad];
}
