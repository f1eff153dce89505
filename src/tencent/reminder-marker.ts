import type { Reminder } from '../core/types';
import { requireConversation, toMillis } from './mapping';
import type { SdkMessage } from './sdk';

/**
 * How a reminder travels on Tencent: a group text message whose `cloudCustomData` carries this
 * marker with the original message's ID, targeted (`receiverList`) at the members who have not
 * read, or, where the edition has no targeted messages, an @ message naming them. The adapter
 * recognises the marker on receipt: such a message is never shown as a message, and becomes a
 * `reminder` event for the members it names.
 */
const KEY = 'rrrReminder';
const MAX_ID_LENGTH = 200;

export function reminderMarker(messageID: string): string {
  return JSON.stringify({ [KEY]: { v: 1, messageID } });
}

/** The original message's ID of a reminder message; undefined for any other message, other apps' cloudCustomData included. */
export function markedMessageID(message: Pick<SdkMessage, 'cloudCustomData'>): string | undefined {
  const data = (message as { cloudCustomData?: unknown }).cloudCustomData;
  if (typeof data !== 'string' || !data.includes(KEY)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || !Object.prototype.hasOwnProperty.call(parsed, KEY)) return undefined;
  const marker = (parsed as Record<string, unknown>)[KEY] as { v?: unknown; messageID?: unknown } | null;
  const id = marker?.messageID;
  return marker?.v === 1 && typeof id === 'string' && id !== '' && id.length <= MAX_ID_LENGTH ? id : undefined;
}

export function isReminderMessage(message: Pick<SdkMessage, 'cloudCustomData'>): boolean {
  return markedMessageID(message) !== undefined;
}

/**
 * The reminder a received reminder message means for user `me`, or undefined when it is not one
 * for them: their own (from another device), an @ reminder naming others, one outside a group,
 * or one whose original message the adapter holds and which someone else sent (only the
 * sender may remind; an original the adapter does not hold cannot be checked).
 */
export function reminderFor(message: SdkMessage, me: string, original: (messageID: string) => SdkMessage | undefined): Reminder | undefined {
  const messageID = markedMessageID(message);
  if (messageID === undefined || message.from === me || message.flow === 'out') return undefined;
  const conversation = requireConversation(message.conversationID);
  if (conversation.type !== 'group') return undefined;
  const named = Array.isArray(message.atUserList) ? message.atUserList : [];
  if (named.length > 0 && !named.includes(me)) return undefined;
  const known = original(messageID);
  if (known !== undefined && (known.from !== message.from || known.conversationID !== message.conversationID)) return undefined;
  return { messageID, conversationID: message.conversationID, senderID: message.from, time: toMillis(Number(message.time)) };
}
