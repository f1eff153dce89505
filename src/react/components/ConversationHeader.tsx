import { forwardRef, type HTMLAttributes } from 'react';
import { useI18n } from '../i18n/context';
import { cx } from './class-names';
import { shownName } from './names';

/** Props of `ConversationHeader`; any other attribute goes to its root `<header>`. */
export interface ConversationHeaderProps extends Omit<HTMLAttributes<HTMLElement>, 'children' | 'title'> {
  /** The conversation's name: the group's, or the peer's in 1:1. */
  title: string;
  /** Members of a group, shown as "20 members"; leave out for 1:1. */
  memberCount?: number;
}

/** The conversation's name and, for a group, how many members it has. */
export const ConversationHeader = /* @__PURE__ */ forwardRef<HTMLElement, ConversationHeaderProps>(function ConversationHeader(
  { title, memberCount, className, ...rest },
  ref,
) {
  const { strings, format } = useI18n();
  return (
    <header {...rest} ref={ref} className={cx('rrr-conversation-header', className)}>
      {/* dir="auto": a name in another script keeps its own order inside the header. */}
      <h2 className="rrr-conversation-title" dir="auto" title={title}>
        {shownName(title)}
      </h2>
      {memberCount !== undefined && Number.isFinite(memberCount) && memberCount >= 0 && (
        <p className="rrr-conversation-members">{strings.memberCount(memberCount, format)}</p>
      )}
    </header>
  );
});
