import type { RemindUnreadInput } from '../core/adapter';
import { ChatError, ErrorCode } from '../core/errors';
import type { RemindUnreadResult } from '../core/types';
import type { Caller } from './calls';
import { TencentCode } from './errors';
import type { EventBridge } from './events';
import type { GroupDirectory } from './groups';
import { requireConversation } from './mapping';
import { chunk } from './members';
import type { MessageCache } from './message-cache';
import { requireReceiptAccess } from './receipts';
import { reminderMarker } from './reminder-marker';
import { sdkType, TYPES, type SdkMemberListData, type SdkMessage, type SdkResponse, type TencentChatLike } from './sdk';

/** `createTextMessage({ receiverList })` keeps the first 50 receivers only (the SDK warns "ReceiverListLimit"). */
export const SDK_RECEIVER_LIST_LIMIT = 50;
/** Groups with read receipts have at most 200 members: 2 pages of 100; the bound stops a list that never ends. */
const MAX_UNREAD_PAGES = 20;
/** `callExperimentalAPI('isCommercialAbilityEnabled', 16)`: bit 4 of the edition, MSG_TO_SPECIFIED_GRP_MBR. */
const TARGETED_MESSAGES_BIT = 16;
/**
 * The SDK learns the edition's features on its 1 s timer after login and refuses targeted
 * messages (3122) until then; this long is waited for them before falling back to @ messages.
 */
export const EDITION_WAIT_MS = 3000;

export interface ReminderContext {
  chat: Pick<TencentChatLike, 'getGroupMessageReadMemberList' | 'createTextMessage' | 'createTextAtMessage' | 'sendMessage' | 'callExperimentalAPI'>;
  cache: MessageCache;
  groups: GroupDirectory;
  events: EventBridge;
  call: Caller;
  /** When each message was last reminded about, by this adapter (Tencent keeps no such record). */
  reminded: Map<string, number>;
  intervalMs: number;
  text: string;
  /** How reminders go out: found on the first one (see `modeFor`), then kept for the adapter's life. */
  mode: 'unknown' | 'targeted' | 'at';
}

/** Reminders are text messages the kit never shows, and that neither count as unread nor become a conversation's last message. */
const CONTROL = { messageControlInfo: { excludedFromUnreadCount: true, excludedFromLastMessage: true } };

/** Everyone the service lists as not having read `message`, paged as the reader list is. */
async function unreadMembers(context: ReminderContext, message: SdkMessage): Promise<string[]> {
  const members: string[] = [];
  let cursor = '';
  for (let page = 0; page < MAX_UNREAD_PAGES; page += 1) {
    const response: SdkResponse<SdkMemberListData> = await context.call.sdk('getGroupMessageReadMemberList', () =>
      context.chat.getGroupMessageReadMemberList({ message, filter: 1, cursor, count: 100 }),
    );
    members.push(...(response.data?.unreadUserIDList ?? []));
    cursor = typeof response.data?.cursor === 'string' ? response.data.cursor : '';
    if (response.data?.isCompleted === true || cursor === '') break;
  }
  return [...new Set(members)].filter((id) => id !== message.from);
}

/**
 * One batch of receivers: a targeted group message (`receiverList`), or, once the SDK refused
 * that because the edition lacks targeted messages (3122, NO_USE), an @ message naming them,
 * which every member receives and only the named ones take as a reminder.
 */
async function sendBatch(context: ReminderContext, groupID: string, original: SdkMessage, receivers: string[], mode: 'targeted' | 'at'): Promise<void> {
  const base = { to: groupID, conversationType: sdkType(TYPES.CONV_GROUP), cloudCustomData: reminderMarker(original.ID) };
  const created: SdkMessage = await context.call.sdk('createTextMessage', () =>
    mode === 'targeted'
      ? context.chat.createTextMessage({ ...base, payload: { text: context.text }, receiverList: receivers })
      : context.chat.createTextAtMessage({ ...base, payload: { text: `${receivers.map((id) => `@${id}`).join(' ')} ${context.text}`, atUserList: receivers } }),
  );
  await context.call.sdk('sendMessage', () => context.chat.sendMessage(created, CONTROL));
}

/** Whether the edition has targeted messages, once the SDK knows its edition (false if it still says no after EDITION_WAIT_MS). */
async function targetedAvailable(context: ReminderContext): Promise<boolean> {
  const deadline = Date.now() + EDITION_WAIT_MS;
  for (;;) {
    const answer = (await Promise.resolve(context.chat.callExperimentalAPI('isCommercialAbilityEnabled', TARGETED_MESSAGES_BIT)).catch(() => undefined)) as
      | { data?: { enabled?: unknown } }
      | undefined;
    if (answer?.data?.enabled === true) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** One batch, targeted where the edition allows it, else as an @ message; the first refusal (3122) decides for good. */
async function sendInMode(context: ReminderContext, groupID: string, original: SdkMessage, receivers: string[]): Promise<void> {
  if (context.mode === 'at') return sendBatch(context, groupID, original, receivers, 'at');
  try {
    await sendBatch(context, groupID, original, receivers, 'targeted');
    context.mode = 'targeted';
  } catch (error) {
    if (context.mode !== 'unknown' || (error as ChatError).backendCode !== TencentCode.NO_USE) throw error;
    context.mode = (await targetedAvailable(context)) ? 'targeted' : 'at';
    await sendBatch(context, groupID, original, receivers, context.mode);
  }
}

/** The rate limit Tencent does not keep: per message, per adapter (one tab); another device of the sender starts its own. */
function checkInterval(context: ReminderContext, messageID: string, now: number): void {
  const last = context.reminded.get(messageID);
  if (last === undefined || now >= last + context.intervalMs) return;
  const retryAt = last + context.intervalMs;
  throw new ChatError(ErrorCode.RATE_LIMITED, `Message ${messageID} was reminded about less than ${context.intervalMs} ms ago; the next reminder is allowed at ${new Date(retryAt).toISOString()}.`, { retryAt });
}

export async function remindUnread(context: ReminderContext, input: RemindUnreadInput): Promise<RemindUnreadResult> {
  const messageID = (input as { messageID?: unknown } | null)?.messageID;
  if (typeof messageID !== 'string' || messageID === '') throw new ChatError(ErrorCode.INVALID_PARAMETER, 'remindUnread needs a non-empty messageID.');
  const message = context.cache.resolveAll([messageID])[0] as SdkMessage;
  const conversation = requireConversation(message.conversationID);
  if (conversation.type !== 'group') throw new ChatError(ErrorCode.INVALID_PARAMETER, 'Reminders exist for group messages only; a 1:1 chat has its read mark.');
  await requireReceiptAccess(context, message);
  const now = Date.now();
  checkInterval(context, messageID, now);
  const receivers = await unreadMembers(context, message);
  if (receivers.length === 0) return { reminded: 0, nextAllowedAt: now };
  let reminded = 0;
  for (const batch of chunk(receivers, SDK_RECEIVER_LIST_LIMIT)) {
    try {
      await sendInMode(context, conversation.groupID, message, batch);
      reminded += batch.length;
      context.reminded.set(messageID, now);
    } catch (error) {
      // Nothing sent yet: the call fails and may be retried. Some sent: they count, and the rest is reported.
      if (reminded === 0) throw error;
      context.events.report(new ChatError(ErrorCode.NETWORK, `Reminded ${reminded} of ${receivers.length} members of ${messageID}; the rest failed: ${(error as Error).message}`, { cause: error }));
      break;
    }
  }
  return { reminded, nextAllowedAt: now + context.intervalMs };
}
