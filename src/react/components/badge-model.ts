import { receiptStatus, shownReceipt, type ReceiptStatus } from '../../core/receipt-status';
import type { MessageReceipt, MessageStatus } from '../../core/types';
import type { BadgeStrings } from '../i18n/en-message';
import type { ReceiptStyle } from '../i18n/receipt-style';
import type { Format } from '../i18n/types';

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
  /** The icon beside the text (see `statusGlyph`); none beside a count-down's number. */
  glyph: StatusGlyphName | undefined;
  /** What the badge shows; '' where the style shows an icon alone, or nothing at all. */
  text: string;
  /** The accessible name: begins with `text` (WCAG 2.5.3), then counts and what a button does. */
  label: string;
  /** Whether the badge is a button that opens the reader list: asked for, and something to press. */
  opens: boolean;
  /** The text counts members who have not read yet (unread, count-down): it stands out. */
  counting?: boolean;
  /** Read share 0..1 for the progress ring; undefined when counts are unknown. */
  progress?: number;
}

export interface BadgeInput {
  receipt: MessageReceipt | null | undefined;
  messageStatus: MessageStatus;
  /** How group counts show; 1:1 receipts, unknown counts and delivery states look the same in each. */
  style: ReceiptStyle;
  variant: 'text' | 'compact';
  /** Whether the app can open the reader list from this badge. */
  interactive: boolean;
  /** Show the read share as a ring also before anyone read it. @default false */
  showProgress?: boolean;
  /** Reference time for "Today" / "Yesterday". */
  now: number;
}

/** What a status shows, before the accessible name is put together. */
type Shown = Pick<BadgeModel, 'text' | 'glyph' | 'counting' | 'progress'> & {
  /** Spoken in this order; the name starts with `text` whatever these say. */
  said: string[];
};

export function badgeModel(input: BadgeInput, strings: BadgeStrings, f: Format): BadgeModel {
  // A receipt whose values break the contract shows as unknown, never as NaN or -1.
  const receipt = shownReceipt(input.receipt);
  const status = receiptStatus({ status: input.messageStatus }, receipt);
  const shown = show(status, receipt, input, strings, f);
  // A button with nothing visible would be a focus stop nobody sees: a count-down read by all.
  const opens = input.interactive && status !== 'sending' && status !== 'failed' && (shown.text !== '' || shown.glyph !== undefined);
  const said = [...shown.said, opens ? strings.showReaders : ''].filter(Boolean).join(', ');
  const label = nameStartingWith(shown.text, said);
  return { ...shown, status, label, opens };
}

/**
 * The name begins with the visible text as a word of its own (WCAG 2.5.3, as axe and speech
 * input read it). A count-down's "9" is not a word of "9명 안 읽음" or "9人未读": a space makes
 * it one, so the number is said once ("9 명 안 읽음"). Words that do not start with it follow it.
 */
function nameStartingWith(text: string, said: string): string {
  const rest = said.startsWith(text) ? said.slice(text.length) : `, ${said}`;
  return text + (text && /^[\p{L}\p{N}]/u.test(rest) ? ' ' : '') + rest;
}

function show(status: ReceiptStatus, receipt: MessageReceipt | undefined, input: BadgeInput, strings: BadgeStrings, f: Format): Shown {
  const glyph = statusGlyph(status, receipt?.kind, input.showProgress);
  const plain = (text: string): Shown => ({ text, glyph, said: [text] });
  if (status === 'sending') return plain(strings.sending);
  if (status === 'failed') return plain(strings.failed);
  if (receipt?.kind === 'c2c') {
    if (!receipt.peerRead) return plain(strings.sent);
    const readAt = receipt.timestamp;
    // The read time is part of the visible text, beside the check: no tooltip over the message.
    return plain(readAt === undefined ? strings.read : strings.readAt(f.relative(readAt, input.now)));
  }
  if (receipt?.kind !== 'group') return plain(strings.sent);
  const { readCount: read, unreadCount: unread } = receipt;
  const total = read + unread;
  const progress = total === 0 ? 1 : read / total;
  const all = status === 'read';
  const readBy = all ? strings.readByAll : read === 0 ? strings.unread : strings.readBy(read, f);
  const left = all ? strings.allRead : strings.unreadCount(unread, f);
  const counts = [left, strings.readOfTotal(read, total, f)];
  const members = [readBy, strings.readOfMembers(read, total, f)];
  switch (input.style) {
    case 'unread':
      return { text: left, glyph, said: counts, counting: !all, progress };
    case 'count-down':
      // KakaoTalk's number alone, gone once all read; the name still says what it counts. A
      // sender's badge then keeps a filled check, so the reader list stays a press away.
      return { text: all ? '' : f.number(unread), glyph: all && input.interactive ? glyph : undefined, said: counts, counting: !all, progress };
    case 'ring':
      return { text: '', glyph: statusGlyph(status, 'group', true), said: members, progress };
    case 'read-by':
      return { text: input.variant === 'compact' ? strings.compactCount(read, total, f) : readBy, glyph, said: members, progress };
  }
}
