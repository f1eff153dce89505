import { toChatError } from '../errors';
import type { ConversationID, MessageID } from '../types';
import { applyReceipts } from './apply-receipts';
import type { StoreContext } from './context';

/** Own sent messages among `messageIDs` that asked for receipts: the ones worth pulling. */
export function ownReceiptMessages(ctx: StoreContext, messageIDs: readonly MessageID[]): MessageID[] {
  const { messages, userID } = ctx.live.getState();
  return messageIDs.filter((id) => {
    const message = messages.get(id);
    return message !== undefined && message.senderID === userID && message.status === 'sent' && message.needReadReceipt;
  });
}

export function conversationReceiptMessages(ctx: StoreContext, conversationID: ConversationID): MessageID[] {
  return ownReceiptMessages(ctx, ctx.live.getState().conversations.get(conversationID)?.messageIDs ?? []);
}

/**
 * Pulls authoritative counts (`getMessageReadReceipts`) in batches of `resyncBatchSize`,
 * one after another so a long history does not burst the backend, and merges each reply in
 * one update. Merge rules make a stale reply harmless. Transient failures stay quiet: the
 * next reconnect or page pulls again.
 */
export async function resyncReceipts(ctx: StoreContext, messageIDs: readonly MessageID[]): Promise<void> {
  const size = ctx.options.resyncBatchSize;
  for (let start = 0; start < messageIDs.length; start += size) {
    const batch = messageIDs.slice(start, start + size);
    try {
      const receipts = await ctx.adapter.getMessageReadReceipts(batch);
      ctx.commit((draft) => applyReceipts(draft, Array.isArray(receipts) ? receipts : [], ctx.messageContext()));
    } catch (thrown) {
      const error = toChatError(thrown);
      if (error.transient) return;
      if (error.endsSession) {
        ctx.sessionEnded(error);
        return;
      }
      ctx.reportError(error);
    }
  }
}

const SENT_PULL_WINDOW_MS = 100;
const sentPulls = new WeakMap<StoreContext, Set<MessageID>>();

/**
 * A group message just sent that asked for receipts: its counts ("0 of 19") are pulled once,
 * since no push comes until someone reads it and the Unread tab and "Remind N" need them.
 * Sends landing within a short window share one request.
 */
export function pullSentReceipt(ctx: StoreContext, messageID: MessageID): void {
  let pending = sentPulls.get(ctx);
  if (!pending) {
    const batch = new Set<MessageID>();
    pending = batch;
    sentPulls.set(ctx, batch);
    ctx.options.timers.setTimeout(() => {
      sentPulls.delete(ctx);
      void resyncReceipts(ctx, ownReceiptMessages(ctx, [...batch]));
    }, SENT_PULL_WINDOW_MS);
  }
  pending.add(messageID);
}
