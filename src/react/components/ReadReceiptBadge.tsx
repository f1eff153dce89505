import { forwardRef, type HTMLAttributes, type MouseEvent, type Ref } from 'react';
import { showsReceipt } from '../../core/eligibility';
import type { MessageReceipt, MessageStatus } from '../../core/types';
import { useI18n } from '../i18n/context';
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
   * `text` shows "Read by 3"; `compact` shows "3/12" (group only).
   * @default 'text'
   */
  variant?: 'text' | 'compact';
  /**
   * Shows the ring filled by the read share also before anyone read it (group only). A partly
   * read message always shows its ring, and one read by all a filled check.
   * @default false
   */
  showProgress?: boolean;
  /** Reference time for a 1:1 read time's "Today" / "Yesterday". @default the time of the render */
  now?: number;
  /** Makes the badge a button that opens the member list (own group messages). */
  onOpenMembers?: (event: MouseEvent<HTMLButtonElement>) => void;
}

/** "Sent" / "Read Today 7:58 AM" for 1:1, "Unread" / "Read by N" / "Read by all" for groups, each with its icon. */
export const ReadReceiptBadge = /* @__PURE__ */ forwardRef<HTMLElement, ReadReceiptBadgeProps>(function ReadReceiptBadge(
  {
    receipt,
    messageStatus = 'sent',
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
  const { strings, format } = useI18n();
  if (!showsReceipt(needReadReceipt, receiptsEnabled)) return null;
  const isGroup = receipt?.kind === 'group' || (receipt == null && onOpenMembers !== undefined);
  const interactive = onOpenMembers !== undefined && isGroup;
  // Read on render: a time from today says "Today", and a server render differs only at midnight.
  const model = badgeModel({ receipt, messageStatus, variant, interactive, showProgress, now: now ?? Date.now() }, strings, format);
  const classes = cx('rrr-badge', className);
  const glyph = <StatusGlyph name={model.glyph} progress={model.progress} />;
  if (interactive && model.status !== 'sending' && model.status !== 'failed') {
    // The name starts with the visible text (WCAG 2.5.3), then says what the button does.
    return (
      <button
        {...rest}
        ref={ref as Ref<HTMLButtonElement>}
        type="button"
        className={classes}
        data-status={model.status}
        data-variant={variant}
        aria-label={`${model.text}, ${model.description}`}
        onClick={onOpenMembers}
      >
        {glyph}
        <span className="rrr-badge-text">{model.text}</span>
      </button>
    );
  }
  return (
    <span {...rest} ref={ref as Ref<HTMLSpanElement>} className={classes} data-status={model.status} data-variant={variant}>
      {glyph}
      <span className="rrr-badge-text">{model.text}</span>
      {model.description && <span className="rrr-visually-hidden">, {model.description}</span>}
    </span>
  );
});
