import type { ChatEvent } from '../adapter';
import { ChatError, ErrorCode, isChatError } from '../errors';
import type { ConnectionState } from '../types';
import { applyMessages } from './apply-messages';
import { applyPeerRead, applyReceipts } from './apply-receipts';
import { c2cConversationID } from '../conversation-id';
import type { StoreContext } from './context';
import { applyConversationEvent, applyUnreadTotal } from './conversation-list';
import { applyReminder } from './reminders';

const CONNECTION_STATES: ReadonlySet<unknown> = new Set<ConnectionState>(['connected', 'connecting', 'disconnected', 'signedOut']);

/** A connection event as the session needs it: the new state and, for a session that ended, why. */
export interface ConnectionChange {
  state: ConnectionState;
  reason: ChatError | undefined;
}

/**
 * Applies one adapter event in one store update (none when nothing changes). Returns the
 * connection state the event moved to, so the caller can react to a reconnect.
 */
export function handleEvent(ctx: StoreContext, event: ChatEvent): ConnectionChange | undefined {
  let connection: ConnectionChange | undefined;
  ctx.commit((draft) => {
    switch (event?.type) {
      case 'messages':
        applyMessages(draft, listOf(event.messages), ctx.messageContext());
        return;
      case 'receipts':
        applyReceipts(draft, listOf(event.receipts), ctx.messageContext());
        return;
      case 'c2cRead': {
        const { userID, timestamp } = event;
        const me = draft.base.userID;
        if (typeof userID !== 'string' || userID === '' || !isTime(timestamp)) {
          draft.errors.push(malformed(`c2cRead needs a userID and a timestamp, got ${JSON.stringify(event)}`));
          return;
        }
        applyPeerRead(draft, c2cConversationID(userID), timestamp, ctx.peerReads, me);
        return;
      }
      case 'conversations':
        applyConversationEvent(draft, event.conversations);
        return;
      case 'reminder':
        applyReminder(draft, event.reminder);
        return;
      case 'unreadTotal':
        applyUnreadTotal(draft, event.totalUnreadCount);
        return;
      case 'error':
        // A problem the adapter found in a call that succeeded: reported once, like any other.
        draft.errors.push(isChatError(event.error) ? event.error : malformed(`An error event needs a ChatError, got ${JSON.stringify(event.error)}`));
        return;
      case 'connection':
        if (!CONNECTION_STATES.has(event.state)) {
          draft.errors.push(malformed(`Unknown connection state ${JSON.stringify(event.state)}`));
          return;
        }
        connection = { state: event.state, reason: isChatError(event.reason) ? event.reason : undefined };
        return;
      default:
        draft.errors.push(malformed(`Unknown event ${JSON.stringify((event as { type?: unknown } | null)?.type)}`));
    }
  });
  return connection;
}

function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [value];
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function malformed(message: string): ChatError {
  return new ChatError(ErrorCode.MALFORMED_PAYLOAD, message);
}
