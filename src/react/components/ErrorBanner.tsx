import type { HTMLAttributes } from 'react';
import type { ChatError } from '../../core/errors';
import { useI18n } from '../i18n/context';
import { cx } from './class-names';

/**
 * What failed: a history page, the login, the session (kicked, userSig expired), or read
 * receipts the backend refused for good.
 */
export type ErrorBannerKind = 'history' | 'login' | 'session' | 'receipts';

/** Props of `ErrorBanner`; any other attribute goes to its root. */
export interface ErrorBannerProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'role'> {
  /** What failed; picks the sentence. */
  kind: ErrorBannerKind;
  /** The failure, for apps that show more of it (`code`, `message`, `backendCode`). */
  error: ChatError;
  /** Tries again; shows a Retry button when given. */
  onRetry?: () => void;
  /** Hides the banner; shows a Dismiss button when given. */
  onDismiss?: () => void;
  /** How many failed, for kinds that say it (`receipts`). @default 1 */
  count?: number;
}

/** A failure the user can act on, announced once as it appears, with Retry and Dismiss. */
export function ErrorBanner({ kind, error, onRetry, onDismiss, count = 1, className, ...rest }: ErrorBannerProps) {
  const { strings, format } = useI18n();
  const text =
    kind === 'history'
      ? strings.historyFailed
      : kind === 'login'
        ? strings.loginFailed
        : kind === 'receipts'
          ? strings.receiptsRefused(count, format)
          : strings.sessionEnded;
  return (
    <div {...rest} role="alert" className={cx('rrr-error-banner', className)} data-kind={kind} data-code={error.code}>
      <p className="rrr-error-banner__text">{text}</p>
      {onRetry && (
        <button type="button" className="rrr-button" onClick={onRetry}>
          {strings.retry}
        </button>
      )}
      {onDismiss && (
        <button type="button" className="rrr-button" data-variant="quiet" onClick={onDismiss}>
          {strings.dismiss}
        </button>
      )}
    </div>
  );
}
