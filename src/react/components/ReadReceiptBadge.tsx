import { forwardRef, type HTMLAttributes, type MouseEvent, type Ref } from 'react';
import { showsReceipt } from '../../core/eligibility';
import type { MessageReceipt, MessageStatus } from '../../core/types';
import { useI18nFor } from '../i18n/context';
import { enBadge } from '../i18n/en-message';
import type { ReceiptStyle } from '../i18n/receipt-style';
import { badgeModel } from './badge-model';
import { cx } from './class-names';
import { StatusGlyph } from './StatusGlyph';

/**
 * Props of `ReadReceiptBadge`. Any other attribute (data-*, aria-*, handlers, `style`) goes to
 * the root element: a `<button>` when it opens the reader list, a `<span>` otherwise.
 */
export interface ReadReceiptBadgeProps extends Omit<HTMLAttributes<HTMLElement>, 'children' | 'onClick'> {
  /** Latest receipt of the message; undefined while unknown. Invalid counts count as unknown. */
  receipt?: MessageReceipt | null;
  /**
   * Delivery status of the message; `sending` and `failed` take precedence over the receipt.
   * @default 'sent'
   */
  messageStatus?: MessageStatus;
  /**
   * Whether the sender asked for receipts on this message.
   * @default true
   */
  needReadReceipt?: boolean;
  /**
   * Whether receipts are supported for this conversation (group type) and turned on.
   * @default true
   */
  receiptsEnabled?: boolean;
  /**
   * How group counts show: `read-by` "Read by 3", `unread` "9 unread" / "All read",
   * `count-down` "9" (nothing once all read), `ring` a filling ring that turns into a check.
   * 1:1 receipts show their check and "Read" in every style.
   * @default the `LocaleProvider`'s: `count-down` for ko, `unread` for zh, else `read-by`
   */
  receiptStyle?: ReceiptStyle;
  /**
   * `text` shows "Read by 3"; `compact` shows "3/12" (group, `read-by` style only).
   * @default 'text'
   */
  variant?: 'text' | 'compact';
  /**
   * Shows the ring filled by the read share also before anyone read it (group only). A partly
   * read message always shows its ring, and one read by all a filled check. The `ring` style
   * always shows it; `count-down` shows no icon.
   * @default false
   */
  showProgress?: boolean;
  /** Reference time for a 1:1 read time's "Today" / "Yesterday". @default the time of the render */
  now?: number;
  /** Makes the badge a button that opens the member list (own group messages). */
  onOpenMembers?: (event: MouseEvent<HTMLButtonElement>) => void;
}

/**
 * "Sent" / "Read Today 7:58 AM" for 1:1; for groups "Unread" / "Read by N" / "Read by all", or
 * another `receiptStyle`'s counts; each with its icon.
 */
export const ReadReceiptBadge = /* @__PURE__ */ forwardRef<HTMLElement, ReadReceiptBadgeProps>(function ReadReceiptBadge(
  {
    receipt,
    messageStatus = 'sent',
    receiptStyle,
    needReadReceipt = true,
    receiptsEnabled = true,
    variant = 'text',
    showProgress = false,
    onOpenMembers,
    now,
    className,
    ...rest
  },
  ref,
) {
  const { strings, format, receiptStyle: localeStyle } = useI18nFor(enBadge);
  if (!showsReceipt(needReadReceipt, receiptsEnabled)) return null;
  const isGroup = receipt?.kind === 'group' || (receipt == null && onOpenMembers !== undefined);
  const style = receiptStyle ?? localeStyle;
  const input = { receipt, messageStatus, style, variant, interactive: onOpenMembers !== undefined && isGroup, showProgress };
  // Read on render: a time from today says "Today", and a server render differs only at midnight.
  const model = badgeModel({ ...input, now: now ?? Date.now() }, strings, format);
  const state = { className: cx('rrr-badge', className), 'data-status': model.status, 'data-receipt-style': style, 'data-variant': variant };
  const content = (
    <>
      {model.glyph && <StatusGlyph name={model.glyph} progress={model.progress} />}
      {model.text && <span className={cx('rrr-badge-text', model.counting && 'rrr-badge-count')}>{model.text}</span>}
    </>
  );
  if (model.opens) {
    // The name starts with the visible text (WCAG 2.5.3), then says what the button does.
    return (
      <button {...rest} {...state} ref={ref as Ref<HTMLButtonElement>} type="button" aria-label={model.label} onClick={onOpenMembers}>
        {content}
      </button>
    );
  }
  const unseen = model.label.slice(model.text.length);
  return (
    <span {...rest} {...state} ref={ref as Ref<HTMLSpanElement>}>
      {content}
      {unseen && <span className="rrr-visually-hidden">{unseen}</span>}
    </span>
  );
});
