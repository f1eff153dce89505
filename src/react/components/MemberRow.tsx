import type { CSSProperties } from 'react';
import type { ReadMember } from '../../core/types';
import type { Format } from '../i18n/types';
import { Avatar } from './Avatar';
import { displayName, shownName } from './names';

export interface MemberRowProps {
  member: ReadMember;
  /** 1-based position in the whole list, for screen readers of a virtualized list. */
  position: number;
  /** Size of the whole list, or -1 while unknown. */
  setSize: number;
  format: Format;
  /** Reference time for a relative read time. */
  now: number;
  style: CSSProperties;
}

/** One member: avatar, isolated and truncated name (full name in `title`), read time. */
export function MemberRow({ member, position, setSize, format, now, style }: MemberRowProps) {
  const name = displayName(member.profile);
  const readTime = Number.isFinite(member.readTime) ? (member.readTime as number) : undefined;
  return (
    <li className="rrr-member" aria-posinset={position} aria-setsize={setSize} style={style} data-member-row="">
      <Avatar name={name} src={member.profile.avatarURL} size="sm" />
      <span className="rrr-member-text">
        <bdi className="rrr-member-name" dir="auto" title={name}>
          {shownName(name)}
        </bdi>
        {readTime !== undefined && (
          <time className="rrr-member-time" dateTime={new Date(readTime).toISOString()}>
            {format.relative(readTime, now)}
          </time>
        )}
      </span>
    </li>
  );
}

/** Placeholder rows while the first page loads; hidden from assistive tech. */
export function MemberSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <ul className="rrr-member-list" aria-hidden="true">
      {Array.from({ length: rows }, (_, i) => (
        <li key={i} className="rrr-member" data-skeleton="">
          <span className="rrr-avatar" data-size="sm" />
          <span className="rrr-member-text">
            <span className="rrr-skeleton" />
          </span>
        </li>
      ))}
    </ul>
  );
}
