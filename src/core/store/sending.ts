import { ChatError, ErrorCode, toChatError } from '../errors';
import { MAX_MESSAGE_TEXT_LENGTH } from '../limits';
import type { ConversationID, Message, MessageID } from '../types';
import { applyMessages } from './apply-messages';
import type { StoreContext } from './context';
import type { Draft } from './draft';
import { insertMessages, replaceMessage } from './message-order';
import type { SendOptions } from './types';

/**
 * Sends a message optimistically: it shows at once as `sending` under its clientID, then is
 * replaced in place by the server's copy (`sent`) or turns `failed`. Never rejects.
 */
export function sendMessage(
  ctx: StoreContext,
  conversationID: ConversationID,
  text: string,
  options: SendOptions = {},
): Promise<Message | undefined> {
  const userID = ctx.live.getState().userID;
  if (userID === null) return refuse(ctx, new ChatError(ErrorCode.NOT_LOGGED_IN, 'Cannot send before login'));
  if (text.trim().length === 0 || text.length > MAX_MESSAGE_TEXT_LENGTH) {
    return refuse(ctx, new ChatError(ErrorCode.INVALID_PARAMETER, `Message text must be 1 to ${MAX_MESSAGE_TEXT_LENGTH} characters`));
  }
  const clientID = ctx.newClientID();
  const local: Message = {
    messageID: clientID,
    clientID,
    conversationID,
    senderID: userID,
    text,
    time: ctx.options.now(),
    seq: 0,
    status: 'sending',
    needReadReceipt: options.needReadReceipt ?? true,
  };
  ctx.commit((draft) => putLocal(draft, local));
  return deliver(ctx, local);
}

/** Re-sends a failed local message; it keeps its place in the list. */
export function retryMessage(ctx: StoreContext, messageID: MessageID): Promise<Message | undefined> {
  const message = ctx.live.getState().messages.get(messageID);
  if (!message || message.status !== 'failed') return Promise.resolve(message);
  const sending: Message = { ...message, status: 'sending' };
  ctx.commit((draft) => putLocal(draft, sending));
  return deliver(ctx, sending);
}

async function deliver(ctx: StoreContext, local: Message): Promise<Message | undefined> {
  let sent: Message;
  try {
    sent = await ctx.adapter.sendMessage({
      conversationID: local.conversationID,
      text: local.text,
      needReadReceipt: local.needReadReceipt,
      clientID: local.messageID,
    });
  } catch (thrown) {
    const error = toChatError(thrown);
    const failed: Message = { ...local, status: 'failed' };
    ctx.commit((draft) => {
      if (draft.messages.get(local.messageID)?.status === 'sending') putLocal(draft, failed);
      draft.errors.push(error);
    });
    if (error.endsSession) ctx.sessionEnded(error);
    return failed;
  }
  // The server copy may lack the clientID; the echo of it is what replaces the local one.
  const echoed: Message = { ...sent, clientID: local.messageID };
  ctx.commit((draft) => applyMessages(draft, [echoed], ctx.messageContext()));
  return ctx.live.getState().messages.get(echoed.messageID);
}

/** A local message in the map and in its conversation, where an earlier copy was if any. */
function putLocal(draft: Draft, message: Message): void {
  const known = draft.messages.get(message.messageID);
  draft.writeMessages().set(message.messageID, message);
  draft.updateOrder(message.conversationID, (order) => (known ? replaceMessage(order, known, message) : insertMessages(order, [message])));
}

function refuse(ctx: StoreContext, error: ChatError): Promise<undefined> {
  ctx.reportError(error);
  return Promise.resolve(undefined);
}
