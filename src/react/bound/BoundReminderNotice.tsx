import { useState, type HTMLAttributes } from 'react';
import { useStore } from 'zustand';
import type { ConversationID, Reminder } from '../../core/types';
import { useChatContext } from '../chat-context';
import { displayName } from '../components/names';
import { ReminderNotice } from '../components/ReminderNotice';
import { useProfile } from '../use-group-info';

/** Props of `BoundReminderNotice`. Any other attribute goes to the notice's root. */
export interface BoundReminderNoticeProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Opens the conversation at the message; the notice then hides this reminder. */
  onOpen: (reminder: Reminder) => void;
  /** The conversation's name. @default its name in the conversation list, else its ID */
  conversationName?: (conversationID: ConversationID) => string | undefined;
}

const key = (reminder: Reminder) => `${reminder.messageID}:${reminder.time}`;

/**
 * `ReminderNotice` for the newest reminder this user received and has not dismissed or opened.
 * Reading the message drops its reminder in the store, and the notice with it.
 */
export function BoundReminderNotice({ onOpen, conversationName, ...rest }: BoundReminderNoticeProps) {
  const { store } = useChatContext('BoundReminderNotice');
  const reminders = useStore(store, (state) => state.receivedReminders);
  // Never pruned: a reminder replayed after a reconnect (same message and time) stays
  // dismissed, and the set grows only by what this user dismissed or opened.
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  let newest: Reminder | undefined;
  for (const reminder of reminders.values()) {
    if (!hidden.has(key(reminder)) && (newest === undefined || reminder.time >= newest.time)) newest = reminder;
  }
  const sender = useProfile(newest?.senderID);
  const listed = useStore(store, (state) => (newest ? state.conversationList.rows.get(newest.conversationID)?.name : undefined));
  const hide = (reminder: Reminder) => setHidden((current) => new Set(current).add(key(reminder)));
  return (
    <ReminderNotice
      {...rest}
      reminder={newest ?? null}
      senderName={newest && displayName({ userID: newest.senderID, ...sender.data })}
      conversationName={newest && (conversationName?.(newest.conversationID) ?? listed)}
      onOpen={(reminder) => {
        hide(reminder);
        onOpen(reminder);
      }}
      onDismiss={hide}
    />
  );
}
