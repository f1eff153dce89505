import { ChatError, ErrorCode } from '../core/errors';
import { MAX_RECEIPT_BATCH } from '../core/limits';
import type { MessageReceipt } from '../core/types';
import type { Caller } from './calls';
import type { GroupDirectory } from './groups';
import { requireConversation, toMillis } from './mapping';
import type { MessageCache } from './message-cache';
import type { SdkMessage, SdkResponse, TencentChatLike } from './sdk';

/** The SDK takes at most 30 messages of one conversation per receipt call. */
export const SDK_RECEIPT_BATCH = 30;

export interface ReceiptContext {
  chat: Pick<TencentChatLike, 'sendMessageReadReceipt' | 'getMessageReadReceiptList'>;
  cache: MessageCache;
  groups: GroupDirectory;
  call: Caller;
}

/** 1..MAX_RECEIPT_BATCH non-empty string IDs, as every adapter accepts them. */
function checkIDs(messageIDs: unknown): string[] {
  if (!Array.isArray(messageIDs) || messageIDs.length === 0) {
    throw new ChatError(ErrorCode.INVALID_PARAMETER, 'messageIDs must be a non-empty array of message IDs.');
  }
  if (messageIDs.length > MAX_RECEIPT_BATCH) {
    throw new ChatError(
      ErrorCode.INVALID_PARAMETER,
      `At most ${MAX_RECEIPT_BATCH} message IDs per call (got ${messageIDs.length}); split the batch.`,
    );
  }
  if (messageIDs.some((id) => typeof id !== 'string' || id === '')) {
    throw new ChatError(ErrorCode.INVALID_PARAMETER, 'Every message ID must be a non-empty string.');
  }
  return [...new Set(messageIDs as string[])];
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

function groupIDOf(message: SdkMessage): string | undefined {
  const conversation = requireConversation(message.conversationID);
  return conversation.type === 'group' ? conversation.groupID : undefined;
}

/**
 * The receiver reports messages it saw. Like every adapter, the call succeeds when anything in
 * the list could take a receipt (unknown IDs, own messages and disabled groups are skipped),
 * so a client may retry a batch; otherwise one error says why nothing could.
 */
export async function sendReadReceipts(context: ReceiptContext, messageIDs: string[]): Promise<void> {
  const ids = checkIDs(messageIDs);
  const eligible: SdkMessage[] = [];
  let known = false;
  let disabledGroupID: string | undefined;
  for (const id of ids) {
    const message = context.cache.find(id);
    if (!message) continue;
    known = true;
    const groupID = groupIDOf(message);
    if (groupID !== undefined && !(await context.groups.get(groupID)).receiptsEnabled) {
      disabledGroupID ??= groupID;
    } else if (message.flow === 'in' && message.needReadReceipt === true) {
      eligible.push(message);
    }
  }
  if (eligible.length === 0) {
    if (!known) context.cache.resolveAll(ids);
    if (disabledGroupID !== undefined) await context.groups.assertReceiptsEnabled(disabledGroupID);
    // The SDK would reject 2114 too; failing here keeps one error for the whole batch.
    throw new ChatError(
      ErrorCode.RECEIPT_LIST_EMPTY,
      'None of these messages needs a receipt: only incoming messages sent with needReadReceipt can be reported.',
    );
  }
  // Sequential on purpose: parallel bursts hit the SDK's frequency limit (2996). A refused
  // batch does not stop the others; the call then fails with the worst error, so the store
  // retries (transient) or narrows the refusal down (permanent). Receipts are idempotent.
  let failure: ChatError | undefined;
  for (const batch of toSdkBatches(eligible)) {
    try {
      await context.call.sdk('sendMessageReadReceipt', () => context.chat.sendMessageReadReceipt(batch));
    } catch (error) {
      const chatError = error as ChatError;
      if (chatError.endsSession) throw chatError;
      if (failure === undefined || (chatError.transient && !failure.transient)) failure = chatError;
    }
  }
  if (failure) throw failure;
}

function toPulledReceipt(message: SdkMessage): MessageReceipt | undefined {
  const info = (message.readReceiptInfo ?? {}) as {
    readCount?: unknown;
    unreadCount?: unknown;
    isPeerRead?: unknown;
    timestamp?: unknown;
  };
  const conversation = requireConversation(message.conversationID);
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

/** Checks the store relies on: the group allows receipts, the viewer sent it, it asked for them. */
export async function requireReceiptAccess(context: Pick<ReceiptContext, 'groups' | 'cache'>, message: SdkMessage): Promise<void> {
  const groupID = groupIDOf(message);
  if (groupID !== undefined) await context.groups.assertReceiptsEnabled(groupID);
  if (message.flow !== 'out') {
    throw new ChatError(ErrorCode.NO_PERMISSION, `Only the sender of ${message.ID} can see its read receipts.`);
  }
  if (message.needReadReceipt !== true) {
    throw new ChatError(ErrorCode.RECEIPT_NOT_FOUND, `Message ${message.ID} was sent without needReadReceipt.`);
  }
  if (context.cache.receiptsRefused(message.ID)) {
    throw new ChatError(ErrorCode.RECEIPT_NOT_FOUND, `The service keeps no read receipts for ${message.ID} (reported when it was sent).`);
  }
}

/** The sender pulls counts of its own messages; any unknown or foreign ID fails the call. */
export async function getReadReceipts(context: ReceiptContext, messageIDs: string[]): Promise<MessageReceipt[]> {
  const ids = checkIDs(messageIDs);
  const messages = context.cache.resolveAll(ids);
  for (const message of messages) await requireReceiptAccess(context, message);
  const byID = new Map<string, MessageReceipt>();
  for (const batch of toSdkBatches(messages)) {
    const response: SdkResponse<{ messageList?: SdkMessage[] }> = await context.call.sdk('getMessageReadReceiptList', () =>
      context.chat.getMessageReadReceiptList(batch),
    );
    for (const message of response.data?.messageList ?? batch) {
      const receipt = toPulledReceipt(message);
      if (receipt) byID.set(receipt.messageID, receipt);
    }
  }
  return ids.flatMap((id) => byID.get(id) ?? []);
}
