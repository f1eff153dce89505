import { ChatError, ErrorCode } from '../../core';
import type { UserID } from '../../core';
import type { MockBackend, MockConnection } from '../backend';
import { field } from '../params';
import type { WsOp } from '../ws-protocol';
import type { ServerLimits } from './limits';

type Params = Readonly<Record<string, unknown>>;

interface OpContext {
  backend: MockBackend;
  /** Always the session's user: an ID inside params never chooses who acts. */
  userID: UserID;
  connection: MockConnection;
  limits: ServerLimits;
}

export interface OpSpec {
  /** The per-user budget the call also spends, besides the socket's call budget. */
  budget?: 'receipts' | 'sends';
  run(context: OpContext, params: Params): unknown;
}

function invalid(message: string): ChatError {
  return new ChatError(ErrorCode.INVALID_PARAMETER, message);
}

/** Bounds an ID list before the backend walks it; its type is the backend's to check. */
function list(params: Params, key: string, max: number): unknown {
  const value = field(params, key);
  if (Array.isArray(value) && value.length > max) throw invalid(`${key} has ${value.length} IDs; at most ${max} per call`);
  return value;
}

/** The argument objects the backend takes, rebuilt from known keys only. */
function pick(params: Params, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = field(params, key);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

const op = (run: OpSpec['run'], budget?: OpSpec['budget']): OpSpec => (budget === undefined ? { run } : { run, budget });

/** Every operation a logged-in session may call (login and logout are the session's own). */
export const OPS: ReadonlyMap<string, OpSpec> = new Map<Exclude<WsOp, 'login' | 'logout'>, OpSpec>([
  ['getUserProfiles', op(({ backend, userID, limits }, p) => backend.getUserProfiles(userID, list(p, 'userIDs', limits.maxProfileBatch)))],
  ['getGroupInfo', op(({ backend, userID }, p) => backend.getGroupInfo(userID, field(p, 'groupID')))],
  [
    'getMessageHistory',
    op(({ backend, userID }, p) => backend.getMessageHistory(userID, pick(p, ['conversationID', 'cursor', 'count']))),
  ],
  [
    'sendMessage',
    op(({ backend, userID, connection, limits }, p) => {
      const text = field(p, 'text');
      if (typeof text === 'string' && text.length > limits.maxTextLength) {
        throw invalid(`text is longer than ${limits.maxTextLength} characters`);
      }
      return backend.sendMessage(userID, pick(p, ['conversationID', 'text', 'needReadReceipt', 'clientID']), connection);
    }, 'sends'),
  ],
  [
    'sendMessageReadReceipts',
    op(({ backend, userID, limits }, p) => {
      backend.sendMessageReadReceipts(userID, list(p, 'messageIDs', limits.maxReceiptBatch));
      return null;
    }, 'receipts'),
  ],
  [
    'getMessageReadReceipts',
    op(({ backend, userID, limits }, p) => backend.getMessageReadReceipts(userID, list(p, 'messageIDs', limits.maxReceiptPullBatch))),
  ],
  [
    'getGroupMessageReadMemberList',
    op(({ backend, userID }, p) =>
      backend.getGroupMessageReadMemberList(userID, pick(p, ['messageID', 'filter', 'nextSeq', 'count'])),
    ),
  ],
  [
    'markC2CMessageAsRead',
    op(({ backend, userID }, p) => {
      backend.markC2CMessageAsRead(userID, field(p, 'peerID'));
      return null;
    }, 'receipts'),
  ],
  // A reminder reaches many people at once: it spends the sending budget, on top of its own interval.
  ['remindUnread', op(({ backend, userID }, p) => backend.remindUnread(userID, pick(p, ['messageID'])), 'sends')],
  [
    'getConversationList',
    op(({ backend, userID, connection }, p) => backend.getConversationList(userID, pick(p, ['nextSeq', 'count']), connection)),
  ],
  ['getConversation', op(({ backend, userID }, p) => backend.getConversation(userID, field(p, 'conversationID')))],
  [
    'markConversationRead',
    op(({ backend, userID }, p) => {
      backend.markConversationRead(userID, field(p, 'conversationID'));
      return null;
    }, 'receipts'),
  ],
  ['getTotalUnreadMessageCount', op(({ backend, userID, connection }) => backend.getTotalUnreadMessageCount(userID, connection))],
]);
