import { forwardRef, useId, useRef, type HTMLAttributes } from 'react';
import type { ChatError } from '../../core/errors';
import type { LoadStatus } from '../../core/store';
import type { ReadMember } from '../../core/types';
import { useI18n } from '../i18n/context';
import { cx } from './class-names';
import { displayName, shownName } from './names';
import { useControllableState } from './use-controllable-state';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';

/** How many recipients the confirmation names; the rest are counted ("and 7 more"). */
export const REMIND_NAMED = 5;

/** Props of `RemindUnread`; any other attribute goes to its root `<div>`. */
export interface RemindUnreadProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Members who have not read the message (the receipt's count). */
  unreadCount: number;
  /** The first loaded page of them: the confirmation names these (the backend picks the rest itself). */
  recipients: readonly ReadMember[];
  /** The latest reminder's status. @default 'idle' */
  status?: LoadStatus;
  /** How many the latest reminder reached. */
  reminded?: number;
  /** When the next reminder is allowed (ms); the button waits until `now` passes it. */
  nextAllowedAt?: number;
  /** The time the rate limit is compared with (ms). */
  now: number;
  /** Why the latest reminder failed, when it was not the rate limit. */
  error?: ChatError | null;
  onRemind: () => void;
  /** Controlled: the confirmation is shown. */
  confirmOpen?: boolean;
  /** @default false */
  defaultConfirmOpen?: boolean;
  onConfirmOpenChange?: (open: boolean) => void;
}

/**
 * "Remind N" for the sender on the Unread tab: a confirmation naming who gets it, then the
 * outcome, and while rate-limited the time of the next allowed reminder.
 */
export const RemindUnread = /* @__PURE__ */ forwardRef<HTMLDivElement, RemindUnreadProps>(function RemindUnread(
  { unreadCount, recipients, status = 'idle', reminded, nextAllowedAt, now, error, onRemind, confirmOpen, defaultConfirmOpen, onConfirmOpenChange, className, ...rest },
  ref,
) {
  const { strings, format } = useI18n();
  const questionID = useId();
  const [open, setOpen] = useControllableState({ prop: confirmOpen, defaultProp: defaultConfirmOpen ?? false, onChange: onConfirmOpenChange });
  const sendRef = useRef<HTMLButtonElement>(null);
  const remindRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  // Focus follows the step: into the confirmation when it opens, back to "Remind" when it closes.
  useIsomorphicLayoutEffect(() => {
    if (open) sendRef.current?.focus();
    else if (wasOpen.current) remindRef.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const limited = nextAllowedAt !== undefined && nextAllowedAt > now;
  const disabled = limited || status === 'loading' || unreadCount <= 0;
  const named = recipients.slice(0, REMIND_NAMED);
  const more = Math.max(0, unreadCount - named.length);
  // Right after a reminder both are news: how many got it, and when the next may go.
  const done = status === 'ready' && reminded !== undefined ? strings.reminded(reminded, format) : '';
  const outcome = [done || (status === 'error' && error ? strings.remindFailed : ''), limited ? strings.remindNextAt(format.time(nextAllowedAt)) : '']
    .filter(Boolean)
    .join(' · ');
  return (
    <div ref={ref} className={cx('rrr-remind', className)} data-status={status} data-limited={limited ? '' : undefined} {...rest}>
      {open ? (
        <div role="group" aria-labelledby={questionID} className="rrr-remind-confirm">
          <p id={questionID}>{strings.remindConfirm(unreadCount, format)}</p>
          <ul className="rrr-remind-names">
            {named.map((member) => (
              <li key={member.profile.userID}>
                <bdi>{shownName(displayName(member.profile))}</bdi>
              </li>
            ))}
            {more > 0 && <li>{strings.remindAndMore(more, format)}</li>}
          </ul>
          <div className="rrr-remind-actions">
            <button
              ref={sendRef}
              type="button"
              className="rrr-button"
              onClick={() => {
                setOpen(false);
                onRemind();
              }}
            >
              {strings.remindSend}
            </button>
            <button type="button" className="rrr-button" data-variant="quiet" onClick={() => setOpen(false)}>
              {strings.cancel}
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={remindRef}
          type="button"
          className="rrr-button"
          aria-disabled={disabled || undefined}
          onClick={() => {
            if (!disabled) setOpen(true);
          }}
        >
          {strings.remind(Math.max(0, unreadCount), format)}
        </button>
      )}
      <p role="status" className="rrr-remind-outcome">
        {outcome}
      </p>
    </div>
  );
});
