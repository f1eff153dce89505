import { receiptStatus, type ReceiptStatus } from '../../core/receipt-status';
import { validateReceipt } from '../../core/validate';
import type { MessageReceipt, MessageStatus } from '../../core/types';
import type { Format, Strings } from '../i18n/types';

/**
 * The icon of each status: a clock while sending, one check once sent, an alert when failed;
 * in groups a ring filling up while partly read and a filled check once all read; in 1:1 a
 * double check in the read colour. `ring` also stands for "sent" where the app asked for it.
 */
export type StatusGlyphName = 'clock' | 'check' | 'alert' | 'ring' | 'check-filled' | 'check-read';

/** The one rule from status to icon, shared by the badge and the bubble's plain status. */
export function statusGlyph(status: ReceiptStatus, kind: MessageReceipt['kind'] | undefined, showProgress = false): StatusGlyphName {
  switch (status) {
    case 'sending':
      return 'clock';
    case 'failed':
      return 'alert';
    case 'sent':
      return kind === 'group' && showProgress ? 'ring' : 'check';
    case 'partial':
      return 'ring';
    case 'read':
      return kind === 'c2c' ? 'check-read' : 'check-filled';
  }
}

export interface BadgeModel {
  status: ReceiptStatus;
  /** The icon beside the text (see `statusGlyph`). */
  glyph: StatusGlyphName;
  /** What the badge shows. */
  text: string;
  /** Spoken after `text`: counts and, for a button, what it does. Empty when nothing to add. */
  description: string;
  /** Read share 0..1 for the progress ring; undefined when counts are unknown. */
  progress: number | undefined;
  /** 1:1 read time (ms), shown in `text` relative to now ("Read Today 7:58 AM"). */
  readAt: number | undefined;
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
  /** Show the read share as a ring also before anyone read it. @default false */
  showProgress?: boolean;
  /** Reference time for "Today" / "Yesterday". */
  now: number;
}

export function badgeModel(input: BadgeInput, strings: Strings, f: Format): BadgeModel {
  const receipt = validReceipt(input.receipt);
  const status = receiptStatus({ status: input.messageStatus }, receipt);
  const suffix = input.interactive ? strings.showReaders : '';
  const glyph = statusGlyph(status, receipt?.kind, input.showProgress);
  const base = { status, glyph, description: suffix, progress: undefined, readAt: undefined };
  if (status === 'sending') return { ...base, text: strings.sending, description: '' };
  if (status === 'failed') return { ...base, text: strings.failed, description: '' };
  if (receipt?.kind === 'c2c') {
    if (!receipt.peerRead) return { ...base, text: strings.sent, description: '' };
    const readAt = Number.isFinite(receipt.timestamp) ? receipt.timestamp : undefined;
    // The read time is part of the visible text, beside the check: no tooltip over the message.
    const text = readAt === undefined ? strings.read : strings.readAt(f.relative(readAt, input.now));
    return { ...base, text, description: '', readAt };
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
