import { c2cPeerOf } from './conversation-id';
import type { Message, MessageReceipt, UserID } from './types';
import { shownReceipt } from './receipt-status';

/** What a reader owes once a message was really seen. */
export interface ReadDue {
  /** A read receipt (`sendMessageReadReceipts`): the sender asked for one. */
  receipt: boolean;
  /** A 1:1 read mark (`markC2CMessageAsRead`): every incoming 1:1 message moves it. */
  readMark: boolean;
}

const NOTHING: ReadDue = /* @__PURE__ */ Object.freeze({ receipt: false, readMark: false });
const RECEIPT: ReadDue = /* @__PURE__ */ Object.freeze({ receipt: true, readMark: false });
const MARK: ReadDue = /* @__PURE__ */ Object.freeze({ receipt: false, readMark: true });
const BOTH: ReadDue = /* @__PURE__ */ Object.freeze({ receipt: true, readMark: true });

/**
 * The rule of who reports what (the seed's): only incoming, sent messages are reported; a
 * receipt only where the sender asked for one; a 1:1 chat is marked read by any of them.
 * Nobody reports their own messages. `me` null (not logged in) reports nothing.
 */
export function readDue(message: Pick<Message, 'senderID' | 'status' | 'needReadReceipt' | 'conversationID'>, me: UserID | null): ReadDue {
  if (me === null || message.senderID === me || message.status !== 'sent') return NOTHING;
  const c2c = c2cPeerOf(message.conversationID) !== undefined;
  if (message.needReadReceipt) return c2c ? BOTH : RECEIPT;
  return c2c ? MARK : NOTHING;
}

/** Whether seeing the message owes anything: what a visibility observer watches for. */
export function reportsRead(message: Parameters<typeof readDue>[0], me: UserID | null): boolean {
  const due = readDue(message, me);
  return due.receipt || due.readMark;
}

/**
 * Whether a sender is shown a message's receipt state (badge, counts, reader list): the message
 * asked for receipts, and receipts are on in its conversation (privacy setting and group type).
 */
export function showsReceipt(needReadReceipt: boolean, receiptsEnabled: boolean): boolean {
  return needReadReceipt && receiptsEnabled;
}

/**
 * Whether a reader who did not send a group message is shown its unread count (the count-down
 * style, which shows it on every message). Only the backend can say, by giving this reader the
 * message's counts: a valid group receipt of a sent message that asked for receipts. Tencent
 * gives none (`getMessageReadReceiptList` fills counts of the caller's own messages only, and
 * receipt pushes go to the sender), nor does the mock backend (a non-sender's pull is refused
 * with NO_PERMISSION): there, others' messages show nothing, never a zero or a guess.
 */
export function showsCountToReader(
  message: Pick<Message, 'status' | 'needReadReceipt'>,
  receipt: MessageReceipt | null | undefined,
  receiptsEnabled: boolean,
): boolean {
  if (message.status !== 'sent' || !showsReceipt(message.needReadReceipt, receiptsEnabled)) return false;
  // The shown counts only: the store validated the payload where it entered.
  return receipt?.kind === 'group' && shownReceipt(receipt) !== undefined;
}
