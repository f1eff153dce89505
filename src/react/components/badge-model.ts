import { receiptStatus, type ReceiptStatus } from '../../core/receipt-status';
import { validateReceipt } from '../../core/validate';
import type { MessageReceipt, MessageStatus } from '../../core/types';
import type { Format, Strings } from '../i18n/types';

export interface BadgeModel {
  status: ReceiptStatus;
  /** What the badge shows. */
  text: string;
  /** Spoken after `text`: counts and, for a button, what it does. Empty when nothing to add. */
  description: string;
  /** Read share 0..1 for the progress ring; undefined when counts are unknown. */
  progress: number | undefined;
  /** 1:1 read time, shown on hover and focus. */
  readAt: string | undefined;
}

/** A receipt whose values break the contract shows as unknown, never as NaN or -1 (the core's rule). */
export function validReceipt(receipt: MessageReceipt | null | undefined): MessageReceipt | undefined {
  return receipt && validateReceipt(receipt).ok ? receipt : undefined;
}

export interface BadgeInput {
  receipt: MessageReceipt | null | undefined;
  messageStatus: MessageStatus;
  variant: 'text' | 'compact';
  interactive: boolean;
}

export function badgeModel(input: BadgeInput, strings: Strings, f: Format): BadgeModel {
  const receipt = validReceipt(input.receipt);
  const status = receiptStatus({ status: input.messageStatus }, receipt);
  const suffix = input.interactive ? strings.showReaders : '';
  const base = { status, description: suffix, progress: undefined, readAt: undefined };
  if (status === 'sending') return { ...base, text: strings.sending, description: '' };
  if (status === 'failed') return { ...base, text: strings.failed, description: '' };
  if (receipt?.kind === 'c2c') {
    if (!receipt.peerRead) return { ...base, text: strings.sent, description: '' };
    const readAt = receipt.timestamp === undefined ? undefined : strings.readAt(f.dateTime(receipt.timestamp));
    return { ...base, text: strings.read, description: '', readAt };
  }
  if (receipt?.kind !== 'group') return { ...base, text: strings.sent };
  const { readCount: read, unreadCount: unread } = receipt;
  const total = read + unread;
  const counts = strings.readOfMembers(read, total, f);
  const progress = total === 0 ? 1 : read / total;
  const full = status === 'read' ? strings.readByAll : read === 0 ? strings.unread : strings.readBy(read, f);
  if (input.variant === 'compact') {
    const description = [full, counts, suffix].filter(Boolean).join(', ');
    return { ...base, text: strings.compactCount(read, total, f), description, progress };
  }
  return { ...base, text: full, description: [counts, suffix].filter(Boolean).join(', '), progress };
}
