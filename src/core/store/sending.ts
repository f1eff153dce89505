import { groupIDOf } from '../conversation-id';
import { ChatError, ErrorCode, toChatError } from '../errors';
import { MAX_MESSAGE_TEXT_LENGTH } from '../limits';
import { utf8Bytes } from '../text-limit';
import type { ConversationID, Message, MessageID } from '../types';
import { applyMessages } from './apply-messages';
import type { StoreContext } from './context';
import type { Draft } from './draft';
import { insertMessages, replaceMessage } from './message-order';
import { cachedGroupInfo } from './queries';
import type { UnsentMessage } from './persistence';
import type { SendOptions } from './types';
import { pullSentReceipt } from './resync';

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
  if (text.trim().length === 0 || text.length > MAX_MESSAGE_TEXT_LENGTH || utf8Bytes(text) > ctx.options.maxTextBytes) {
    return refuse(
      ctx,
      new ChatError(
        ErrorCode.INVALID_PARAMETER,
        `Message text must be 1 to ${MAX_MESSAGE_TEXT_LENGTH} characters and at most ${ctx.options.maxTextBytes} bytes of UTF-8`,
      ),
    );
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
  track(ctx, local);
  return deliver(ctx, local);
}

/** Messages the backend has not confirmed are kept in storage until it does. */
function track(ctx: StoreContext, local: Message): void {
  ctx.unsent.set(local.messageID, local);
  ctx.persist();
}

/** After a reload: what the user wrote and the backend never confirmed, back as failed bubbles with Retry. */
export function restoreUnsent(ctx: StoreContext, unsent: readonly UnsentMessage[], senderID: string): void {
  const fresh = unsent.filter((m) => !ctx.live.getState().messages.has(m.messageID));
  if (fresh.length === 0) return;
  ctx.commit((draft) => {
    for (const m of fresh) {
      const local: Message = { ...m, clientID: m.messageID, senderID, seq: 0, status: 'failed' };
      putLocal(draft, local);
      ctx.unsent.set(local.messageID, local);
    }
  });
}

/** Re-sends a failed local message; it keeps its place in the list. */
export function retryMessage(ctx: StoreContext, messageID: MessageID): Promise<Message | undefined> {
  const message = ctx.live.getState().messages.get(messageID);
  if (!message || message.status !== 'failed') return Promise.resolve(message);
  const sending: Message = { ...message, status: 'sending' };
  ctx.commit((draft) => putLocal(draft, sending));
  track(ctx, sending);
  return deliver(ctx, sending);
}

/**
 * Whether a message may ask for receipts: not in a group whose type has none (Community,
 * AVChatRoom, or off in the console), where the backend would refuse the whole message.
 * A group whose info cannot be loaded is asked as the user chose.
 */
function receiptsPossible(ctx: StoreContext, conversationID: ConversationID): boolean | Promise<boolean> {
  const groupID = groupIDOf(conversationID);
  if (groupID === undefined) return true;
  // Known already (the usual case: the conversation is open): decide now, send in this tick.
  const known = cachedGroupInfo(ctx.queryClient, ctx.queries, groupID);
  if (known) return known.receiptsEnabled;
  return ctx.queryClient.fetchQuery(ctx.queries.groupInfo(groupID)).then(
    (info) => info.receiptsEnabled,
    () => true,
  );
}

async function deliver(ctx: StoreContext, queued: Message): Promise<Message | undefined> {
  let local = queued;
  let possible = local.needReadReceipt ? receiptsPossible(ctx, local.conversationID) : true;
  if (typeof possible !== 'boolean') possible = await possible;
  if (!possible) {
    local = { ...local, needReadReceipt: false };
    const plain = local;
    ctx.commit((draft) => {
      if (draft.messages.get(plain.messageID)?.status === 'sending') putLocal(draft, plain);
    });
  }
  // Offline, the message waits as a pending ("sending") bubble, kept in the durable outbox
  // (`track`), and goes out once the connection is back instead of failing at once.
  // Only awaited when there is something to wait for: online, the send starts in this tick.
  const offline = whenOnline(ctx);
  if (offline) await offline;
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
    track(ctx, failed);
    if (error.endsSession) ctx.sessionEnded(error);
    return failed;
  }
  // The server copy may lack the clientID; the echo of it is what replaces the local one.
  const echoed: Message = { ...sent, clientID: local.messageID };
  ctx.commit((draft) => applyMessages(draft, [echoed], ctx.messageContext()));
  ctx.unsent.delete(local.messageID);
  ctx.persist();
  if (echoed.needReadReceipt && groupIDOf(echoed.conversationID) !== undefined) pullSentReceipt(ctx, echoed.messageID);
  return ctx.live.getState().messages.get(echoed.messageID);
}

/** Shows a local message (sending or failed): a new one at the end, a changed one in its place. */
function putLocal(draft: Draft, message: Message): void {
  const known = draft.messages.get(message.messageID);
  draft.writeMessages().set(message.messageID, message);
  draft.updateOrder(message.conversationID, (order) => (known ? replaceMessage(order, known, message) : insertMessages(order, [message])));
}

function refuse(ctx: StoreContext, error: ChatError): Promise<undefined> {
  ctx.reportError(error);
  return Promise.resolve(undefined);
}

/** Resolves at once while connected, else when the connection next comes back. */
function whenOnline(ctx: StoreContext): Promise<void> | undefined {
  if (ctx.live.getState().connection === 'connected') return undefined;
  return new Promise((resolve) => {
    const unsubscribe = ctx.live.subscribe((state) => {
      if (state.connection !== 'connected') return;
      unsubscribe();
      resolve();
    });
  });
}
