import { ChatError, ErrorCode } from '../core/errors';
import { MAX_RECEIPT_BATCH } from '../core/limits';
import type { MessageReceipt } from '../core/types';
import { callSdk } from './errors';
import { toMillis } from './events';
import type { GroupDirectory } from './groups';
import { parseConversationID } from './mapping';
import type { MessageCache } from './message-cache';
import type { SdkMessage, SdkResponse, TencentChatLike } from './sdk';

/** The SDK takes at most 30 messages of one conversation per receipt call. */
export const SDK_RECEIPT_BATCH = 30;

export interface ReceiptContext {
  chat: Pick<TencentChatLike, 'sendMessageReadReceipt' | 'getMessageReadReceiptList'>;
  cache: MessageCache;
  groups: GroupDirectory;
}

function checkIDs(messageIDs: unknown): string[] {
  if (!Array.isArray(messageIDs) || messageIDs.some((id) => typeof id !== 'string' || id === '')) {
    throw new ChatError(ErrorCode.INVALID_PARAMETER, 'messageIDs must be an array of non-empty message ID strings.');
  }
  const unique = [...new Set(messageIDs as string[])];
  if (unique.length > MAX_RECEIPT_BATCH) {
    throw new ChatError(
      ErrorCode.INVALID_PARAMETER,
      `At most ${MAX_RECEIPT_BATCH} message IDs per call (got ${unique.length}); split the batch.`,
    );
  }
  return unique;
}

/** One conversation per call and at most 30 messages, in first-seen order. */
export function toSdkBatches(messages: readonly SdkMessage[]): SdkMessage[][] {
  const byConversation = new Map<string, SdkMessage[]>();
  for (const message of messages) {
    const list = byConversation.get(message.conversationID);
    if (list) list.push(message);
    else byConversation.set(message.conversationID, [message]);
  }
  const batches: SdkMessage[][] = [];
  for (const list of byConversation.values()) {
    for (let start = 0; start < list.length; start += SDK_RECEIPT_BATCH) {
      batches.push(list.slice(start, start + SDK_RECEIPT_BATCH));
    }
  }
  return batches;
}

async function assertReceiptGroups(groups: GroupDirectory, messages: readonly SdkMessage[]): Promise<void> {
  const groupIDs = new Set<string>();
  for (const message of messages) {
    const conversation = parseConversationID(message.conversationID);
    if (conversation.type === 'group') groupIDs.add(conversation.groupID);
  }
  for (const groupID of groupIDs) await groups.assertReceiptsEnabled(groupID);
}

/** The receiver reports messages it saw; only incoming ones that asked for a receipt go out. */
export async function sendReadReceipts(context: ReceiptContext, messageIDs: string[]): Promise<void> {
  const ids = checkIDs(messageIDs);
  if (ids.length === 0) return;
  const messages = context.cache.resolveAll(ids);
  await assertReceiptGroups(context.groups, messages);
  const eligible = messages.filter((m) => m.flow === 'in' && m.needReadReceipt === true);
  if (eligible.length === 0) {
    // The SDK would reject 2114 too; failing here keeps one error for the whole batch.
    throw new ChatError(
      ErrorCode.RECEIPT_LIST_EMPTY,
      'None of these messages needs a receipt: only incoming messages sent with needReadReceipt can be reported.',
    );
  }
  // Sequential on purpose: parallel bursts hit the SDK's frequency limit (2996).
  for (const batch of toSdkBatches(eligible)) {
    await callSdk('sendMessageReadReceipt', () => context.chat.sendMessageReadReceipt(batch));
  }
}

function toPulledReceipt(message: SdkMessage): MessageReceipt | undefined {
  const info = (message.readReceiptInfo ?? {}) as {
    readCount?: unknown;
    unreadCount?: unknown;
    isPeerRead?: unknown;
    timestamp?: unknown;
  };
  const conversation = parseConversationID(message.conversationID);
  if (conversation.type === 'group') {
    // Counts stay unset when the server answered this message with an error: report nothing
    // rather than zeros.
    if (typeof info.readCount !== 'number' || typeof info.unreadCount !== 'number') return undefined;
    return {
      kind: 'group',
      messageID: message.ID,
      groupID: conversation.groupID,
      readCount: info.readCount,
      unreadCount: info.unreadCount,
    };
  }
  const receipt: MessageReceipt = {
    kind: 'c2c',
    messageID: message.ID,
    userID: conversation.peerID,
    peerRead: info.isPeerRead === true || message.isPeerRead === true,
  };
  if (typeof info.timestamp === 'number' && info.timestamp > 0) receipt.timestamp = toMillis(info.timestamp);
  return receipt;
}

/** The sender pulls counts of its own messages that asked for receipts; others yield nothing. */
export async function getReadReceipts(context: ReceiptContext, messageIDs: string[]): Promise<MessageReceipt[]> {
  const ids = checkIDs(messageIDs);
  if (ids.length === 0) return [];
  const messages = context.cache.resolveAll(ids);
  await assertReceiptGroups(context.groups, messages);
  const own = messages.filter((m) => m.flow === 'out' && m.needReadReceipt === true);
  const receipts: MessageReceipt[] = [];
  for (const batch of toSdkBatches(own)) {
    const response: SdkResponse<{ messageList?: SdkMessage[] }> = await callSdk('getMessageReadReceiptList', () =>
      context.chat.getMessageReadReceiptList(batch),
    );
    for (const message of response.data?.messageList ?? batch) {
      const receipt = toPulledReceipt(message);
      if (receipt) receipts.push(receipt);
    }
  }
  return receipts;
}
