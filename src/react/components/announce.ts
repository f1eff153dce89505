import type { MessageID, MessageReceipt } from '../../core/types';
import { en } from '../i18n/en';
import { getFormat } from '../i18n/format';
import type { I18n } from '../i18n/context';
import { shownReceipt } from '../../core/receipt-status';

/** Options of `announceReceipts`. */
export interface AnnounceOptions {
  /** The sender's latest message: its news is spelled out, others are summed up. */
  lastMessageID?: MessageID;
}

/**
 * One sentence for a batch of receipt changes, for `ReceiptAnnouncer`:
 * "Your last message was read by 4 of 12. Read receipts updated on 2 messages".
 * Changes without news (nobody read yet, invalid counts) are skipped; '' when nothing is left.
 */
export function announceReceipts(
  changes: readonly MessageReceipt[],
  options: AnnounceOptions = {},
  i18n: Pick<I18n, 'strings' | 'format'> = { strings: en, format: getFormat('en') },
): string {
  const latest = new Map<MessageID, MessageReceipt>();
  for (const change of changes) {
    const receipt = shownReceipt(change);
    if (receipt && hasNews(receipt)) latest.set(receipt.messageID, receipt);
  }
  const { strings, format } = i18n;
  const parts: string[] = [];
  const last = options.lastMessageID === undefined ? undefined : latest.get(options.lastMessageID);
  if (last) {
    latest.delete(last.messageID);
    if (last.kind === 'c2c') parts.push(strings.announceLastPeerRead);
    else if (last.unreadCount === 0) parts.push(strings.announceLastReadByAll);
    else parts.push(strings.announceLastRead(last.readCount, last.readCount + last.unreadCount, format));
  }
  if (latest.size > 0) parts.push(strings.announceOthers(latest.size, format));
  return parts.join('. ');
}

function hasNews(receipt: MessageReceipt): boolean {
  return receipt.kind === 'c2c' ? receipt.peerRead : receipt.readCount > 0;
}
