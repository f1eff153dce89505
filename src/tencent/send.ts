import type { SendMessageInput } from '../core/adapter';
import { ChatError, ErrorCode } from '../core/errors';
import { MAX_MESSAGE_TEXT_LENGTH } from '../core/limits';
import type { Message } from '../core/types';
import type { Caller } from './calls';
import type { EventBridge } from './events';
import type { GroupDirectory } from './groups';
import { requireConversation } from './mapping';
import type { MessageCache } from './message-cache';
import { sdkType, TYPES, type SdkMessage, type SdkResponse, type TencentChatLike } from './sdk';
import type { KnownUsers } from './users';

export interface SendContext {
  chat: Pick<TencentChatLike, 'createTextMessage' | 'sendMessage' | 'getMessageReadReceiptList'>;
  cache: MessageCache;
  groups: GroupDirectory;
  users: KnownUsers;
  events: EventBridge;
  call: Caller;
}

function checkInput(input: SendMessageInput): void {
  if (typeof input !== 'object' || input === null) {
    throw new ChatError(ErrorCode.INVALID_PARAMETER, 'sendMessage needs an input object.');
  }
  if (typeof input.text !== 'string') throw new ChatError(ErrorCode.INVALID_PARAMETER, 'Message text must be a string.');
  // The SDK's createTextMessage throws a bare Error (no code) for empty text.
  if (input.text === '') throw new ChatError(ErrorCode.INVALID_PARAMETER, 'Tencent Cloud Chat does not send empty text messages.');
  if (typeof input.needReadReceipt !== 'boolean') {
    throw new ChatError(ErrorCode.INVALID_PARAMETER, 'needReadReceipt must be a boolean.');
  }
  if (input.clientID !== undefined && typeof input.clientID !== 'string') {
    throw new ChatError(ErrorCode.INVALID_PARAMETER, 'clientID must be a string.');
  }
  if (input.text.length > MAX_MESSAGE_TEXT_LENGTH) {
    throw new ChatError(ErrorCode.INVALID_PARAMETER, `Message text is longer than ${MAX_MESSAGE_TEXT_LENGTH} characters.`);
  }
}

/**
 * Whether the service kept receipt info for a group message just sent. When the app's edition
 * or the console switch for the group's type rules receipts out, the server answers the send
 * with a non-zero readReceiptCode, which the SDK only logs; the message then has no counts to
 * pull. A failed pull proves nothing, so it counts as kept.
 */
async function receiptsKept(context: SendContext, message: SdkMessage): Promise<boolean> {
  try {
    const response: SdkResponse<{ messageList?: SdkMessage[] }> = await context.chat.getMessageReadReceiptList([message]);
    const pulled = response.data?.messageList?.find((m) => m.ID === message.ID) ?? message;
    return typeof (pulled.readReceiptInfo as { readCount?: unknown } | undefined)?.readCount === 'number';
  } catch {
    return true;
  }
}

export async function sendText(context: SendContext, input: SendMessageInput): Promise<Message> {
  checkInput(input);
  const { chat, cache, call } = context;
  const conversation = requireConversation(input.conversationID);
  if (conversation.type === 'group') {
    await context.groups.introduce(conversation.groupID);
    if (input.needReadReceipt) await context.groups.assertReceiptsEnabled(conversation.groupID);
  } else {
    await context.users.require(conversation.peerID);
  }
  // Before SDK_READY the SDK's API guard makes even createTextMessage return a rejected promise.
  const created: SdkMessage = await call.sdk('createTextMessage', () =>
    chat.createTextMessage({
      to: conversation.type === 'group' ? conversation.groupID : conversation.peerID,
      conversationType: sdkType(conversation.type === 'group' ? TYPES.CONV_GROUP : TYPES.CONV_C2C),
      payload: { text: input.text },
      needReadReceipt: input.needReadReceipt,
    }),
  );
  cache.remember(created, input.clientID);
  const response: SdkResponse<{ message?: SdkMessage }> = await call.sdk('sendMessage', () => chat.sendMessage(created));
  const sent = response.data?.message ?? created;
  cache.remember(sent, input.clientID);
  if (conversation.type === 'group' && sent.needReadReceipt === true && !(await receiptsKept(context, sent))) {
    cache.refuseReceipts(sent.ID);
    context.events.report(
      new ChatError(
        ErrorCode.RECEIPTS_NOT_ENABLED,
        `Message ${sent.ID} was sent, but Tencent Cloud Chat keeps no read receipts for it: the app's edition does not ` +
          'include read receipts, or the console switch for this group type is off (Feature Configuration > Login and ' +
          'Message > Group Message Read Receipts). The SDK only logs the server\'s readReceiptCode.',
      ),
    );
  }
  return cache.kit(sent);
}
