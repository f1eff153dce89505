export interface ReceiptAnnouncerProps {
  /** Grouped text from `announceReceipts`; a change of text is announced once, politely. */
  message: string;
}

/**
 * The kit's one live region for receipts. Bubbles never carry aria-live: a busy group
 * would otherwise talk over the reader with every count change.
 */
export function ReceiptAnnouncer({ message }: ReceiptAnnouncerProps) {
  return (
    <div role="status" className="rrr-visually-hidden">
      {message}
    </div>
  );
}
