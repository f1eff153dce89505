import { forwardRef, type HTMLAttributes } from 'react';
import type { UserProfile } from '../../core/types';
import { useI18n } from '../i18n/context';
import { Avatar } from './Avatar';
import { cx } from './class-names';
import { firstVisible } from './names';

/** Props of `ReadPosition`. Any other attribute (data-*, `className`, `style`) goes to its root `<div>`. */
export interface ReadPositionProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The 1:1 peer who has read up to the message this row sits under. */
  reader: UserProfile;
}

/**
 * The 1:1 peer's small avatar under the newest own message they have read (as in Messenger).
 * The row has a fixed height, so the list keeps its place when it appears or moves. It is
 * hidden from screen readers: the message's "Read" badge and the announcer already say it,
 * and the log would read it out again each time it moves.
 */
export const ReadPosition = /* @__PURE__ */ forwardRef<HTMLDivElement, ReadPositionProps>(function ReadPosition(
  { reader, className, ...rest },
  ref,
) {
  const { strings } = useI18n();
  const name = firstVisible(reader.nickname) ?? reader.userID;
  return (
    <div {...rest} ref={ref} className={cx('rrr-read-position', className)} data-kind="c2c" aria-hidden="true" title={strings.readUpToHere(name)}>
      <Avatar name={name} src={reader.avatarURL} size="sm" />
    </div>
  );
});
