import type { HTMLAttributes } from 'react';
import type { LoadStatus } from '../../core/store';
import { useI18n } from '../i18n/context';
import { cx } from './class-names';

/** Props of `EmptyState`; any other attribute goes to its root. */
export interface EmptyStateProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /**
   * Status of the conversation's first page: `idle` and `loading` say it is on its way (what
   * the server renders), `ready` that there are no messages, `error` that they could not load.
   */
  status: LoadStatus;
}

/** What a conversation without messages shows in place of them: a spinner while loading, an icon and a line otherwise. */
export function EmptyState({ status, className, ...rest }: EmptyStateProps) {
  const { strings } = useI18n();
  const text = status === 'ready' ? strings.noMessages : status === 'error' ? strings.historyFailed : strings.loadingMessages;
  return (
    <div {...rest} role="status" className={cx('rrr-empty', className)} data-status={status}>
      {status === 'ready' || status === 'error' ? (
        <svg className="rrr-empty-icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
          <path d="M4 5.5h16v10H9l-5 4z" />
        </svg>
      ) : (
        <span className="rrr-spinner" aria-hidden="true" />
      )}
      {text}
    </div>
  );
}
