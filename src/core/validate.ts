import { parseConversationID } from './conversation-id';
import type { ChatError } from './errors';
import { isCount } from './receipt-bounds';
import type { C2CMessageReceipt, GroupMessageReceipt, Message, MessageReceipt, MessageStatus } from './types';
import {
  asRecord,
  describe,
  FieldError,
  optionalCount,
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

/** What `validateReceipt` returns: the clean receipt, or the error saying what is wrong. */
export type ReceiptValidation = { ok: true; receipt: MessageReceipt } | { ok: false; error: ChatError };
/** What `validateMessage` returns: the clean message, or the error saying what is wrong. */
export type MessageValidation = { ok: true; message: Message } | { ok: false; error: ChatError };

/**
 * Checks a receipt from an adapter before it reaches the store. Returns a fresh object with
 * only the known fields. Bounds against the group's size are the store's (`groupTotalError`).
 * IDs such as `__proto__` are ordinary strings here; fields are read as own properties.
 */
export function validateReceipt(input: unknown): ReceiptValidation {
  const fast = wellFormedGroupReceipt(input);
  return fast !== undefined ? { ok: true, receipt: fast } : validateReceiptFields(input);
}

/** `validateReceipt` field by field, saying what is wrong: for what `wellFormedGroupReceipt` turned down. */
export function validateReceiptFields(input: unknown): ReceiptValidation {
  const result = validateWith('receipt', () => {
    const record = asRecord(input, 'receipt');
    const kind = own(record, 'kind');
    if (kind === 'group') return groupReceipt(record);
    if (kind === 'c2c') return c2cReceipt(record);
    throw new FieldError(`kind must be "group" or "c2c", got ${describe(kind)}`);
  });
  return result.ok ? { ok: true, receipt: result.value } : result;
}

const hasOwn = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/**
 * The common case of a receipt storm, checked without the field readers' closures and
 * exceptions: a plain group receipt that is valid as it is. Anything else returns undefined
 * and goes through the full validation, which explains what is wrong. Accepts exactly what
 * `groupReceipt` accepts.
 */
export function wellFormedGroupReceipt(input: unknown): GroupMessageReceipt | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const record = input as Fields;
  if (!hasOwn(record, 'kind') || record.kind !== 'group') return undefined;
  if (!hasOwn(record, 'messageID') || !hasOwn(record, 'groupID')) return undefined;
  if (!hasOwn(record, 'readCount') || !hasOwn(record, 'unreadCount')) return undefined;
  const { messageID, groupID, readCount, unreadCount } = record;
  const version = hasOwn(record, 'version') ? record.version : undefined;
  if (typeof messageID !== 'string' || messageID === '' || typeof groupID !== 'string' || groupID === '') return undefined;
  if (!isCount(readCount) || !isCount(unreadCount) || (version !== undefined && !isCount(version))) return undefined;
  // One literal per shape: a version added afterwards lands outside the object (a second
  // allocation per receipt, and one more load each time it is compared).
  return version === undefined
    ? { kind: 'group', messageID, groupID, readCount, unreadCount }
    : { kind: 'group', messageID, groupID, readCount, unreadCount, version };
}

function groupReceipt(record: Fields): GroupMessageReceipt {
  const receipt: GroupMessageReceipt = {
    kind: 'group',
    messageID: requireID(record, 'messageID'),
    groupID: requireID(record, 'groupID'),
    readCount: requireCount(record, 'readCount'),
    unreadCount: requireCount(record, 'unreadCount'),
  };
  const version = optionalCount(record, 'version');
  if (version !== undefined) receipt.version = version;
  return receipt;
}

function c2cReceipt(record: Fields): C2CMessageReceipt {
  const messageID = requireID(record, 'messageID');
  const userID = requireID(record, 'userID');
  const peerRead = requireBoolean(record, 'peerRead');
  const timestamp = optionalTime(record, 'timestamp');
  // Whole literals, as in wellFormedGroupReceipt: the timestamp stays inside the object.
  return timestamp === undefined ? { kind: 'c2c', messageID, userID, peerRead } : { kind: 'c2c', messageID, userID, peerRead, timestamp };
}

const STATUSES: readonly MessageStatus[] = ['sending', 'sent', 'failed'];

/** Checks a message from an adapter event; returns a fresh object with only the known fields. */
export function validateMessage(input: unknown): MessageValidation {
  const result = validateWith('message', () => {
    const record = asRecord(input, 'message');
    const conversationID = requireID(record, 'conversationID');
    if (parseConversationID(conversationID) === undefined) {
      throw new FieldError(`conversationID must start with "C2C" or "GROUP", got ${describe(conversationID)}`);
    }
    const text = own(record, 'text');
    if (typeof text !== 'string') throw new FieldError(`text must be a string, got ${describe(text)}`);
    const message: Message = {
      messageID: requireID(record, 'messageID'),
      conversationID,
      senderID: requireID(record, 'senderID'),
      text,
      time: requireTime(record, 'time'),
      seq: requireCount(record, 'seq'),
      status: requireOneOf(record, 'status', STATUSES),
      needReadReceipt: requireBoolean(record, 'needReadReceipt'),
    };
    const clientID = own(record, 'clientID');
    if (clientID !== undefined) {
      if (typeof clientID !== 'string') throw new FieldError(`clientID must be a string, got ${describe(clientID)}`);
      message.clientID = clientID;
    }
    return message;
  });
  return result.ok ? { ok: true, message: result.value } : result;
}
