import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { selectReminderSend } from '../../core/store';
import type { MessageID } from '../../core/types';
import { useChatContext } from '../chat-context';
import { RemindUnread } from '../components/RemindUnread';
import { useReadMembers } from '../use-read-members';

/** Props of `BoundRemindUnread`. */
export interface BoundRemindUnreadProps {
  /** An own group message that asked for receipts. */
  messageID: MessageID;
  /** Members who have not read it (the receipt's count). */
  unreadCount: number;
}

/**
 * `RemindUnread` for one own group message: the confirmation names the first loaded page of
 * the Unread list (the backend pages the rest and picks the recipients itself, so 100,000
 * members never reach the browser), and the button waits out the rate limit live.
 */
export function BoundRemindUnread({ messageID, unreadCount }: BoundRemindUnreadProps) {
  const { store } = useChatContext('BoundRemindUnread');
  const send = useStore(store, (state) => selectReminderSend(state, messageID));
  const unread = useReadMembers(messageID, 'unread');
  const [now, setNow] = useState(() => Date.now());
  const nextAllowedAt = send?.nextAllowedAt;
  // One timer to the moment the limit ends (not a ticking clock): then the button comes back.
  useEffect(() => {
    if (nextAllowedAt === undefined) return;
    const wait = Math.max(0, nextAllowedAt - Date.now());
    const timer = setTimeout(() => setNow(Date.now()), Math.min(wait + 50, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [nextAllowedAt]);
  return (
    <RemindUnread
      unreadCount={unreadCount}
      recipients={unread.members}
      status={send?.status ?? 'idle'}
      reminded={send?.reminded}
      nextAllowedAt={nextAllowedAt}
      now={now}
      error={send?.error ?? null}
      onRemind={() => void store.actions.remindUnread(messageID)}
    />
  );
}
