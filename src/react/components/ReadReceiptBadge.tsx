import { forwardRef, useId, useState, type HTMLAttributes, type MouseEvent, type Ref } from 'react';
import { showsReceipt } from '../../core/eligibility';
import type { MessageReceipt, MessageStatus } from '../../core/types';
import { useI18n } from '../i18n/context';
import { badgeModel } from './badge-model';
import { chain, cx } from './class-names';
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
  /** Makes the badge a button that opens the member list (own group messages). */
  onOpenMembers?: (event: MouseEvent<HTMLButtonElement>) => void;
}

/** "Sent" / "Read" for 1:1, "Unread" / "Read by N" / "Read by all" for groups, each with its icon. */
export const ReadReceiptBadge = /* @__PURE__ */ forwardRef<HTMLElement, ReadReceiptBadgeProps>(function ReadReceiptBadge(
  {
    receipt,
    messageStatus = 'sent',
    needReadReceipt = true,
    receiptsEnabled = true,
    variant = 'text',
    showProgress = false,
    onOpenMembers,
    className,
    ...rest
  },
  ref,
) {
  const { strings, format } = useI18n();
  const tipId = useId();
  // WCAG 1.4.13: Escape hides the read-time tooltip without moving focus or the pointer.
  const [tipDismissed, setTipDismissed] = useState(false);
  if (!showsReceipt(needReadReceipt, receiptsEnabled)) return null;
  const isGroup = receipt?.kind === 'group' || (receipt == null && onOpenMembers !== undefined);
  const interactive = onOpenMembers !== undefined && isGroup;
  const model = badgeModel({ receipt, messageStatus, variant, interactive, showProgress }, strings, format);
  const classes = cx('rrr-badge', className);
  const ring = <StatusGlyph name={model.glyph} progress={model.progress} />;
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
        {ring}
        <span className="rrr-badge-text">{model.text}</span>
      </button>
    );
  }
  const content = (
    <>
      {ring}
      <span className="rrr-badge-text">{model.text}</span>
      {model.description && <span className="rrr-visually-hidden">, {model.description}</span>}
    </>
  );
  if (model.readAt) {
    // Focusable so keyboard users can reveal the read time the way a pointer hover does.
    return (
      <span
        {...rest}
        ref={ref as Ref<HTMLSpanElement>}
        className={classes}
        data-status={model.status}
        data-variant={variant}
        tabIndex={0}
        aria-describedby={tipId}
        data-tooltip={tipDismissed ? 'dismissed' : undefined}
        onKeyDown={chain(rest.onKeyDown, (event) => {
          if (event.key === 'Escape' && !tipDismissed) {
            event.stopPropagation();
            setTipDismissed(true);
          }
        })}
        onBlur={chain(rest.onBlur, () => setTipDismissed(false))}
        onMouseLeave={chain(rest.onMouseLeave, () => setTipDismissed(false))}
      >
        {content}
        <span id={tipId} role="tooltip" className="rrr-tooltip">
          {model.readAt}
        </span>
      </span>
    );
  }
  return (
    <span {...rest} ref={ref as Ref<HTMLSpanElement>} className={classes} data-status={model.status} data-variant={variant}>
      {content}
    </span>
  );
});
