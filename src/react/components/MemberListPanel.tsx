import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReadFilter } from '../../core/types';
import { useI18n } from '../i18n/context';
import type { MemberListState } from '../member-list-state';
import { MemberRow, MemberSkeleton } from './MemberRow';
import { tabIDs } from './tabs';
import { useFixedRows } from './use-fixed-rows';

/** Fixed row height (px), matching `.rrr-member` (3.5rem at 16px). */
export const MEMBER_ROW_HEIGHT = 56;
// Ask for the next page while this many loaded rows are still below the viewport.
const PREFETCH_ROWS = 20;
/** Skeleton rows at most while the counts are ahead of the rows: enough to say more are coming. */
const MAX_PENDING_ROWS = 3;
/** Rows rendered beyond the viewport once the first rows are on screen. */
export const MEMBER_OVERSCAN = 10;

export interface MemberListPanelProps {
  value: ReadFilter;
  /** The tab list's ID prefix, so the panel names its tab. */
  idBase: string;
  state: MemberListState;
  /** Members in this tab according to the receipt counts, when known. */
  total: number | undefined;
  emptyText: string;
}

/** One tab panel: a virtualized, infinitely scrolling list of members with its footer. */
export function MemberListPanel({ value, idBase, state, total, emptyText }: MemberListPanelProps) {
  const { strings, format } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const { members, status, hasMore, loadMore } = state;
  const loadingMore = state.moreStatus === 'loading';
  // Not asked yet (a hidden tab) looks like loading: rows are on their way either way.
  const pending = status === 'idle' || status === 'loading';
  // The first rows paint alone (the visible ones); the overscan follows a frame later, so a
  // click on the badge shows members sooner (half the rows to build, shape and lay out).
  const [overscan, setOverscan] = useState(0);
  // Reference for "Today" / "Yesterday" in read times, fixed while the panel is open.
  const [now] = useState(() => Date.now());
  const rows = useFixedRows(scrollRef, members.length, MEMBER_ROW_HEIGHT, overscan);
  // Counted from the rows on screen, not the rows loaded: until the list knows its height it
  // shows none, and the frame after that is the one the overscan waits for.
  const hasRows = rows.last >= rows.first;
  useEffect(() => {
    if (!hasRows || overscan === MEMBER_OVERSCAN) return;
    const frame = requestAnimationFrame(() => setOverscan(MEMBER_OVERSCAN));
    return () => cancelAnimationFrame(frame);
  }, [hasRows, overscan]);
  const lastIndex = rows.last;
  const canFetch = status === 'ready' && hasMore && !loadingMore && state.moreStatus !== 'error';

  useEffect(() => {
    if (canFetch && lastIndex >= members.length - PREFETCH_ROWS) loadMore();
  }, [canFetch, lastIndex, members.length, loadMore]);

  const setSize = total ?? (hasMore ? -1 : members.length);
  // The counts can run ahead of the pages (a receipt landed, its refresh is on the way): the
  // missing rows show as skeletons, and the list does not say it ended before it has.
  const behind = status === 'ready' && !hasMore && total !== undefined && members.length < total ? total - members.length : 0;
  // The button goes away with the last page; a keyboard user on it lands in the panel, not on <body>.
  // React calls the ref with null before it removes the button, while it still has focus (a
  // cleanup returned from the ref would be React 19 only).
  const loadMoreRef = useRef<HTMLButtonElement | null>(null);
  const keepFocusInPanel = useCallback((button: HTMLButtonElement | null) => {
    const leaving = loadMoreRef.current;
    loadMoreRef.current = button;
    if (button || !leaving || document.activeElement !== leaving) return;
    queueMicrotask(() => {
      if (document.activeElement === document.body || document.activeElement === null) scrollRef.current?.focus();
    });
  }, []);
  return (
    <div
      ref={scrollRef}
      role="tabpanel"
      id={tabIDs(idBase, value).panel}
      aria-labelledby={tabIDs(idBase, value).tab}
      tabIndex={0}
      data-state="active"
      className="rrr-tabpanel"
      data-status={status}
      aria-busy={pending || loadingMore}
    >
      {pending && members.length === 0 ? (
        <MemberSkeleton />
      ) : (
        <ul className="rrr-member-list" style={{ blockSize: members.length * MEMBER_ROW_HEIGHT }}>
          {members.slice(rows.first, rows.last + 1).map((member, i) => {
            const index = rows.first + i;
            return (
              <MemberRow
                key={member.profile.userID}
                member={member}
                position={index + 1}
                setSize={setSize}
                format={format}
                now={now}
                style={{ insetBlockStart: 0, blockSize: MEMBER_ROW_HEIGHT, transform: `translateY(${index * MEMBER_ROW_HEIGHT}px)` }}
              />
            );
          })}
        </ul>
      )}
      {behind > 0 && <MemberSkeleton rows={Math.min(behind, MAX_PENDING_ROWS)} />}
      <div className="rrr-list-footer" data-status={status}>
        <p role="status" className={pending || behind > 0 ? 'rrr-visually-hidden' : undefined}>
          {behind > 0 ? strings.loadingMembers : footerText(state, emptyText, strings)}
        </p>
        {(status === 'error' || state.moreStatus === 'error') && (
          <button type="button" className="rrr-button" onClick={state.retry}>
            {strings.retry}
          </button>
        )}
        {status === 'ready' && hasMore && state.moreStatus !== 'error' && (
          // Stays mounted while fetching, so a keyboard user's focus is not dropped.
          <button
            type="button"
            className="rrr-button"
            data-variant="quiet"
            aria-disabled={loadingMore || undefined}
            ref={keepFocusInPanel}
            onClick={() => {
              if (!loadingMore) loadMore();
            }}
          >
            {strings.loadMore}
          </button>
        )}
      </div>
    </div>
  );
}

function footerText(
  state: MemberListState,
  emptyText: string,
  strings: ReturnType<typeof useI18n>['strings'],
): string {
  if (state.status === 'idle' || state.status === 'loading' || state.moreStatus === 'loading') return strings.loadingMembers;
  if (state.status === 'error' || state.moreStatus === 'error') return strings.membersError;
  if (state.hasMore) return '';
  return state.members.length === 0 ? emptyText : strings.endOfList;
}
