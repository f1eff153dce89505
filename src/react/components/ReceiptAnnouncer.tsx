import type { HTMLAttributes } from 'react';
import { cx } from './class-names';

/** Props of `ReceiptAnnouncer`; any other attribute goes to its root (the live region). */
export interface ReceiptAnnouncerProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'role'> {
  /** Grouped text from `announceReceipts`; a change of text is announced once, politely. */
  message: string;
}

/**
 * The kit's one live region for receipts. Bubbles never carry aria-live: a busy group
 * would otherwise talk over the reader with every count change.
 */
export function ReceiptAnnouncer({ message, className, ...rest }: ReceiptAnnouncerProps) {
  return (
    <div {...rest} role="status" className={cx('rrr-visually-hidden', className)}>
      {message}
    </div>
  );
}
