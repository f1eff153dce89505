import { isCount } from './receipt-bounds';
import type { Message, MessageReceipt } from './types';

/**
 * The one display status of a message for its sender, like TanStack's `QueryStatus`:
 * components carry it as `data-status` and CSS styles it.
 *
 * - `sending` / `failed`: delivery state; no receipt is ever shown before the message was sent.
 * - `sent`: delivered, nobody read it yet ("Unread").
 * - `partial`: a group message read by some but not all eligible members.
 * - `read`: every eligible member read it (group), or the peer read it (1:1).
 */
export type ReceiptStatus = 'sending' | 'failed' | 'sent' | 'partial' | 'read';

/** The one display status of a message for its sender (see `ReceiptStatus`). */
export function receiptStatus(
  message: Pick<Message, 'status'>,
  receipt: MessageReceipt | undefined,
): ReceiptStatus {
  if (message.status === 'sending') return 'sending';
  if (message.status === 'failed') return 'failed';
  if (receipt === undefined) return 'sent';
  switch (receipt.kind) {
    case 'c2c':
      return receipt.peerRead ? 'read' : 'sent';
    case 'group':
      // unreadCount 0 with readCount 0 means nobody else was in the group: nothing left to read.
      if (receipt.unreadCount === 0) return 'read';
      return receipt.readCount > 0 ? 'partial' : 'sent';
    default:
      // Typed receipts never get here. An untyped caller's unknown kind shows as delivered, not
      // read: a render that threw would take the tree down over one bad receipt.
      receipt satisfies never;
      return 'sent';
  }
}

/**
 * The receipt as far as it can be shown, or undefined when what would be shown breaks the
 * contract (a count that is NaN or -1, a read time before 1970): the rule of every badge and
 * count. Only the shown fields are checked, so presentational components need not carry the
 * adapter validator: payloads are validated where they enter, in the store (`validateReceipt`).
 */
export function shownReceipt(receipt: MessageReceipt | null | undefined): MessageReceipt | undefined {
  if (!receipt) return undefined;
  if (receipt.kind === 'group') return isCount(receipt.readCount) && isCount(receipt.unreadCount) ? receipt : undefined;
  if (receipt.kind !== 'c2c' || typeof receipt.peerRead !== 'boolean') return undefined;
  const time = receipt.timestamp;
  return time === undefined || (Number.isFinite(time) && time >= 0) ? receipt : undefined;
}
