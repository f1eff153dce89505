import type { Message, MessageReceipt } from '../types';
import { compareMessages } from './message-order';

/** Whether anyone but the sender has read the message: the 1:1 peer, or one group member. */
export function readByOthers(receipt: MessageReceipt): boolean {
  return receipt.kind === 'c2c' ? receipt.peerRead : receipt.readCount > 0;
}

/**
 * Whether a read of `message` moves its conversation's read position past `current`: the
 * newest own message someone has read, where reader avatars sit. The store asks this only for
 * the receipts a batch sets (a 1:1 read mark sets exactly the messages it newly covers), never
 * in a walk over the conversation; receipts never go back, so neither does the position.
 */
export function movesReadPosition(current: Message, message: Message): boolean {
  return compareMessages(current, message) < 0;
}
