import type { ConversationID, MessageID } from '../types';
import { c2cPeerOf } from '../conversation-id';
import type { StoreContext } from './context';

/**
 * The user saw these messages. Receipts go out only for incoming, sent messages that asked
 * for one, each at most once per store (remounts and conversation switches included).
 * A 1:1 chat with a newly seen incoming message is also marked read (throttled).
 */
export function reportRead(ctx: StoreContext, messageIDs: readonly MessageID[]): void {
  const { messages, userID, sendReceipts } = ctx.store.getState();
  if (!sendReceipts || userID === null) return;
  const due = new Map<ConversationID, MessageID[]>();
  for (const id of messageIDs) {
    const message = messages.get(id);
    if (!message || message.senderID === userID || message.status !== 'sent') continue;
    noteC2CSeen(ctx, message.conversationID, message.time);
    if (!message.needReadReceipt || ctx.reported.has(id)) continue;
    ctx.reported.add(id);
    const list = due.get(message.conversationID);
    if (list) list.push(id);
    else due.set(message.conversationID, [id]);
  }
  for (const [conversationID, ids] of due) ctx.outbox.enqueue(conversationID, ids);
}

function noteC2CSeen(ctx: StoreContext, conversationID: ConversationID, time: number): void {
  const peerID = c2cPeerOf(conversationID);
  if (peerID === undefined) return;
  const seen = ctx.c2cSeen.get(conversationID);
  if (seen !== undefined && seen >= time) return;
  ctx.c2cSeen.set(conversationID, time);
  ctx.c2cMarker.request(peerID);
}

/** Reports every loaded incoming message of the conversation, and marks a 1:1 chat read. */
export function markConversationRead(ctx: StoreContext, conversationID: ConversationID): void {
  const { conversations, sendReceipts } = ctx.store.getState();
  if (!sendReceipts) return;
  reportRead(ctx, conversations.get(conversationID)?.messageIDs ?? []);
  const peerID = c2cPeerOf(conversationID);
  if (peerID !== undefined) ctx.c2cMarker.request(peerID);
}
