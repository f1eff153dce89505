import { forwardRef, type ButtonHTMLAttributes } from 'react';
import type { LoadStatus } from '../../core/store';
import { useI18nFor } from '../i18n/context';
import { enList } from '../i18n/en-list';
import { cx } from './class-names';

/** Props of `MissedMessagesMarker`; any other attribute goes to its button. */
export interface MissedMessagesMarkerProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'onClick'> {
  /** The latest request for the missed messages: `loading` disables the button, `error` says it failed. */
  status: LoadStatus;
  onLoad: () => void;
}

/**
 * Where a reconnect left messages it did not load (more than the store fetches at once): a
 * visible, keyboard-reachable marker in the log rather than a silent hole.
 */
export const MissedMessagesMarker = /* @__PURE__ */ forwardRef<HTMLButtonElement, MissedMessagesMarkerProps>(
  function MissedMessagesMarker({ status, onLoad, className, ...rest }, ref) {
    const { strings } = useI18nFor(enList);
    const loading = status === 'loading';
    const text = loading ? strings.loadingMissed : status === 'error' ? strings.missedFailed : strings.missedMessages;
    return (
      <button
        type="button"
        {...rest}
        ref={ref}
        className={cx('rrr-missed', className)}
        data-status={status}
        aria-disabled={loading || undefined}
        onClick={loading ? undefined : onLoad}
      >
        {text}
      </button>
    );
  },
);
