import { c2cConversationID } from '../core/conversation-id';
import { ChatError, ErrorCode } from '../core/errors';
import type { Caller } from './calls';
import type { MessageCache } from './message-cache';
import type { SdkMessage, TencentChatLike } from './sdk';

export interface ReadMarkContext {
  chat: Pick<TencentChatLike, 'setMessageRead'>;
  cache: MessageCache;
  call: Caller;
}

/** `Message.isRead` is set by the SDK for incoming messages it reported read; it is not in index.d.ts. */
function isRead(message: SdkMessage): boolean {
  return (message as SdkMessage & { isRead?: unknown }).isRead === true;
}

/**
 * `setMessageRead` resolves without sending anything when the SDK has no local conversation
 * for the chat, or counts none of it unread: the peer is then never told. The SDK marks the
 * incoming messages it reported as read (`isRead`), so a held incoming message that is still
 * unread afterwards proves nothing was sent, and the call says why instead of succeeding.
 */
export async function markC2CRead(context: ReadMarkContext, peerID: string, me: string): Promise<void> {
  const conversationID = c2cConversationID(peerID);
  const unread = context.cache.incoming(conversationID).filter((m) => !isRead(context.cache.fresh(m)));
  await context.call.sdk('setMessageRead', () => context.chat.setMessageRead({ conversationID }));
  const stillUnread = unread.filter((m) => !isRead(context.cache.fresh(m)));
  if (stillUnread.length === 0) return;
  throw new ChatError(
    ErrorCode.CONVERSATION_NOT_FOUND,
    `Tencent Cloud Chat sent no read report for ${conversationID}: its local conversation is missing or counts ` +
      `nothing unread (the conversation list or the unread sync has not reached it yet), so "${peerID}" is not told ` +
      `that "${me}" read ${stillUnread.length} message(s). The next message in this chat makes it countable again.`,
  );
}
