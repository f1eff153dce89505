import { useState } from 'react';
import type { ConversationID, Reminder } from '../src/core/types';
import { useChatStore } from '../src/index';

interface ReminderNoticeProps {
  nameOf: (userID: string) => string;
  conversationName: (conversationID: ConversationID) => string;
  onOpen: (reminder: Reminder) => void;
}

/**
 * The reminder arriving in the reader's app: the newest one not yet dismissed, announced, with a
 * way to open the conversation (where the message is highlighted). The kit keeps received
 * reminders in the store; how an app surfaces them (a toast, a push) is the app's call.
 */
export function ReminderNotice({ nameOf, conversationName, onOpen }: ReminderNoticeProps) {
  const reminders = useChatStore((state) => state.receivedReminders);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const newest = [...reminders.values()].filter((r) => !dismissed.has(`${r.messageID}:${r.time}`)).at(-1);
  const dismiss = (reminder: Reminder) => setDismissed(new Set(dismissed).add(`${reminder.messageID}:${reminder.time}`));
  return (
    <div role="status" className="demo__reminder" data-shown={newest !== undefined}>
      {newest && (
        <>
          <span>
            <strong>{nameOf(newest.senderID)}</strong> reminded you to read a message in {conversationName(newest.conversationID)}.
          </span>
          <button
            type="button"
            onClick={() => {
              dismiss(newest);
              onOpen(newest);
            }}
          >
            Open
          </button>
          <button type="button" onClick={() => dismiss(newest)}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
