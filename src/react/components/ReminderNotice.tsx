import { forwardRef, type HTMLAttributes } from 'react';
import type { Reminder } from '../../core/types';
import { useI18nFor } from '../i18n/context';
import { enMembers } from '../i18n/en-members';
import { cx } from './class-names';
import { shownName } from './names';

/** Props of `ReminderNotice`. Any other attribute (data-*, aria-*, `className`, `style`) goes to its root. */
export interface ReminderNoticeProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The reminder to show; without one the notice stays an empty live region, ready to announce the next. */
  reminder?: Reminder | null;
  /** Who sent it. @default the reminder's senderID */
  senderName?: string;
  /** Where the message is. @default the reminder's conversationID */
  conversationName?: string;
  /** Opens the conversation at the message (it is highlighted there). Shows an Open button. */
  onOpen?: (reminder: Reminder) => void;
  /** Hides this reminder. Shows a Dismiss button. */
  onDismiss?: (reminder: Reminder) => void;
}

/**
 * "Alice reminded you to read a message in Team", with Open and Dismiss: what a reader sees
 * when a sender reminds them (`remindUnread`). A polite live region that is always there, so
 * the words are announced when a reminder arrives; names are shown as text, shortened.
 */
export const ReminderNotice = /* @__PURE__ */ forwardRef<HTMLDivElement, ReminderNoticeProps>(function ReminderNotice(
  { reminder, senderName, conversationName, onOpen, onDismiss, className, ...rest },
  ref,
) {
  const { strings } = useI18nFor(enMembers);
  return (
    <div {...rest} ref={ref} role="status" className={cx('rrr-reminder-notice', className)} data-shown={reminder ? 'true' : 'false'}>
      {reminder && (
        <>
          <p className="rrr-reminder-notice__text" dir="auto">
            {strings.reminderNotice(shownName(senderName || reminder.senderID), shownName(conversationName || reminder.conversationID))}
          </p>
          {onOpen && (
            <button type="button" className="rrr-button" onClick={() => onOpen(reminder)}>
              {strings.openReminder}
            </button>
          )}
          {onDismiss && (
            <button type="button" className="rrr-button" data-variant="quiet" onClick={() => onDismiss(reminder)}>
              {strings.dismiss}
            </button>
          )}
        </>
      )}
    </div>
  );
});
