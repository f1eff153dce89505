import { forwardRef, useId, type HTMLAttributes, type MouseEvent } from 'react';
import type { LoadStatus } from '../../core/store';
import type { GroupMemberProfile } from '../../core/types';
import { useI18n } from '../i18n/context';
import { Avatar } from './Avatar';
import { chain, cx } from './class-names';
import { displayName, shownName } from './names';
import { useNamesTooltip } from './use-names-tooltip';

/** Props of `SeenBy`. Any other attribute (data-*, `className`, `style`) goes to its root `<div>`. */
export interface SeenByProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Readers as the Read list's first page has them, newest first; the first `maxAvatars` show. */
  readers: readonly GroupMemberProfile[];
  /** Everyone who has read the message; those without an avatar shown count in "+N". @default readers.length */
  readCount?: number;
  /** The first page: `loading` keeps the row's height with placeholders where the avatars go. @default 'ready' */
  status?: LoadStatus;
  /** Most avatars shown before "+N". @default 3 */
  maxAvatars?: number;
  /** Most names listed on hover and focus; the rest are "and N more". @default 10 */
  maxNames?: number;
  /** Makes the row a button that opens the reader sheet; the button is `event.currentTarget`. */
  onOpenMembers?: (event: MouseEvent<HTMLButtonElement>) => void;
}

/**
 * "Seen by" with the first readers' avatars and "+N", under the newest own group message
 * someone has read. Hovering or focusing it lists the names (its accessible description);
 * with `onOpenMembers` it is a button that opens the reader sheet. A fixed-height row: avatars
 * arriving or the count growing never move the list.
 */
export const SeenBy = /* @__PURE__ */ forwardRef<HTMLDivElement, SeenByProps>(function SeenBy(
  { readers, readCount: countProp, status = 'ready', maxAvatars = 3, maxNames = 10, onOpenMembers, className, ...rest },
  ref,
) {
  const { strings, format } = useI18n();
  const names = useNamesTooltip();
  const namesID = useId();
  const readCount = Math.max(countProp ?? readers.length, readers.length);
  const loading = status === 'loading' && readers.length === 0;
  const shown = readers.slice(0, maxAvatars);
  const slots = loading ? Math.min(maxAvatars, Math.max(1, readCount)) : shown.length;
  const more = readCount - (loading ? slots : shown.length);
  const listed = readers.slice(0, maxNames);
  const label = onOpenMembers ? `${strings.seenByCount(readCount, format)}, ${strings.showReaders}` : strings.seenByCount(readCount, format);
  const avatars = (
    <>
      <span className="rrr-seen-by-avatars" aria-hidden="true">
        {loading
          ? Array.from({ length: slots }, (_, i) => <span key={i} className="rrr-avatar" data-skeleton="" />)
          : shown.map((reader) => <Avatar key={reader.userID} name={displayName(reader)} src={reader.avatarURL} size="sm" />)}
      </span>
      {more > 0 && (
        <span className="rrr-seen-by-more" aria-hidden="true">
          {strings.moreReaders(more, format)}
        </span>
      )}
    </>
  );
  // The control holds the words alone (its name starts with them, WCAG 2.5.3) and stretches
  // over the avatars beside it, so a click or a hover anywhere on the cluster reaches it.
  return (
    <div
      {...rest}
      ref={ref}
      className={cx('rrr-read-position', className)}
      data-kind="group"
      data-status={loading ? 'loading' : status}
      data-names-dismissed={names.dismissed ? '' : undefined}
      data-names-placement={names.placement}
      onMouseEnter={chain(rest.onMouseEnter, names.onMouseEnter)}
      onMouseLeave={chain(rest.onMouseLeave, names.onMouseLeave)}
      onFocus={chain(rest.onFocus, names.onFocus)}
      onKeyDown={chain(rest.onKeyDown, names.onKeyDown)}
    >
      <span className="rrr-seen-by-cluster">
        {onOpenMembers ? (
          <button type="button" className="rrr-seen-by" aria-label={label} aria-describedby={namesID} onClick={onOpenMembers}>
            {strings.seenBy}
          </button>
        ) : (
          <span className="rrr-seen-by" role="group" tabIndex={0} aria-label={label} aria-describedby={namesID}>
            {strings.seenBy}
          </span>
        )}
        {avatars}
      </span>
      <span id={namesID} role="tooltip" className="rrr-seen-by-names">
        {loading
          ? strings.loadingMembers
          : listed.map((reader, i) => (
              <span key={reader.userID}>
                {i > 0 && strings.nameSeparator}
                <bdi dir="auto">{shownName(displayName(reader))}</bdi>
              </span>
            ))}
        {!loading && readCount > listed.length && ` ${strings.remindAndMore(readCount - listed.length, format)}`}
      </span>
    </div>
  );
});

