import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, useCallback, useImperativeHandle, useMemo, useRef, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { LoadStatus } from '../../core/store';
import { runPosition, type RunPosition } from '../../core/message-runs';
import type { Message, MessageID } from '../../core/types';
import { useI18nFor } from '../i18n/context';
import { enList } from '../i18n/en-list';
import { MessageDays, messageKey } from './message-days';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';
import { useKeepBottom } from './use-keep-bottom';
import { useNewestFirst } from './use-newest-first';

/** Props of `MessageList`. Any other attribute (data-*, aria-*, `className`, `style`) goes to its root. */
export interface MessageListProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Messages of the conversation, oldest first. */
  messages: readonly Message[];
  /**
   * Renders one message, usually a (bound) `MessageBubble`. `run` is where it sits in a run of
   * one sender's messages (a date separator splits runs): pass it to the bubble's `run`.
   */
  renderMessage: (message: Message, run: RunPosition) => ReactNode;
  /** Older messages exist beyond the loaded ones. @default false */
  hasMore?: boolean;
  /** The latest older-page request: `loading` shows a spinner at the top. @default 'idle' */
  moreStatus?: LoadStatus;
  /** Called when the user reaches the top (or presses "Load older messages"). */
  onLoadMore?: () => void;
  /** Accessible name of the log. @default strings.messagesLabel ("Messages") */
  label?: string;
  /** Reference time for "Today" / "Yesterday". @default the time of the first render */
  now?: number;
  /** First guess of a row's height before it is measured, in px. @default 72 */
  estimateSize?: number;
  /** The oldest unread message: an "N unread messages" divider goes above it, and a jump to it is offered. */
  firstUnreadID?: MessageID | null;
  /** N of that divider. @default 0 (no divider) */
  unreadCount?: number;
  /** Where the view starts: the newest message, or the first unread one (read once). @default 'bottom' */
  startAt?: 'bottom' | 'first-unread';
  /**
   * Whether something the app renders above `message` (a missed-messages marker, say) splits
   * the run it would continue; a new day always does.
   */
  splitsRunBefore?: (message: Message) => boolean;
}

// Room above the first row for the "Load older" button or its loading text.
const OLDER_AREA = 40;
const BOTTOM_SLACK = 32;
const TOP_TRIGGER = 200;
/**
 * Rows from the end within which the list is anchored to its end. TanStack's end anchoring
 * recomputes the offsets of every row after a resized one, per row: cheap near the end, but
 * O(n) per row read in the middle of 100,000 messages. Farther up the list anchors a prepend
 * once, on the render that brings it, and shifts for rows measured above the view once per
 * resize pass instead of per row.
 */
const NEAR_END_ROWS = 200;

/**
 * A virtualized chat log that sticks to the bottom and keeps its place when older messages
 * load. Both are TanStack Virtual's own: the list is anchored to its end (`anchorTo`), so a
 * change at either edge keeps the row in view where it was, and a reader at the bottom
 * follows what is appended (`followOnAppend`). Other props go to the root element; the ref is
 * the scrolling log element (a focus fallback, an IntersectionObserver root), forwarded so
 * React 18 keeps it too.
 */
export const MessageList = /* @__PURE__ */ forwardRef<HTMLDivElement, MessageListProps>(function MessageList(props, ref) {
  const {
    messages: allMessages,
    renderMessage,
    hasMore = false,
    moreStatus = 'idle',
    onLoadMore,
    label,
    now: nowProp,
    estimateSize: estimateProp,
    firstUnreadID,
    unreadCount = 0,
    startAt = 'bottom',
    splitsRunBefore,
    className,
    ...rest
  } = props;
  const loadingMore = moreStatus === 'loading';
  const messages = useNewestFirst(allMessages);
  const { strings, format } = useI18nFor(enList);
  const [now] = useState(() => nowProp ?? Date.now());
  const [days] = useState(() => new MessageDays());
  const estimate = estimateProp ?? 72;
  // TanStack Virtual recomputes every row's offset (O(n)) whenever getItemKey changes identity,
  // so it changes only with the messages. Neither callback allocates or looks anything up: at
  // 100,000 messages that pass is what the list costs beyond the rows on screen.
  const getItemKey = useCallback(
    (index: number) => {
      const message = messages[index];
      return message === undefined ? index : messageKey(message);
    },
    [messages],
  );
  const estimateSize = useCallback(() => estimate, [estimate]);
  const scrollRef = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => scrollRef.current as HTMLDivElement, []);
  // A chat opens at its newest message, so the virtualizer starts at the bottom of the rows
  // as estimated: the first rows it builds are the bottom ones, not top rows that a scroll
  // would throw away. That offset needs the log's height, so the rows wait for one layout
  // effect, before the first paint. Starting lower than the bottom would leave TanStack
  // retrying an offset the browser clamped, against later anchoring.
  const [viewport, setViewport] = useState<{ width: number; height: number } | null>(null);
  useIsomorphicLayoutEffect(() => {
    const el = scrollRef.current;
    if (el) setViewport({ width: el.clientWidth, height: el.clientHeight });
  }, []);
  const firstKey = messages[0] && messageKey(messages[0]);
  const previousFirstKey = useRef(firstKey);
  const nearEnd = useRef(true);
  const pendingShift = useRef(0);
  const measuredKeys = useRef(new Set<string | number | bigint>());
  const prepended = previousFirstKey.current !== firstKey;
  // TanStack Virtual returns fresh functions per render; this component never memoizes them.
  const virtualizer = useVirtualizer({
    enabled: viewport !== null,
    count: messages.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    paddingStart: OLDER_AREA,
    overscan: 6,
    anchorTo: nearEnd.current || prepended ? 'end' : 'start',
    followOnAppend: true,
    onChange: () => {
      const el = scrollRef.current;
      if (el && pendingShift.current !== 0) el.scrollTop += pendingShift.current;
      pendingShift.current = 0;
    },
    scrollEndThreshold: BOTTOM_SLACK,
    // Sizes and positions go straight to the DOM when rows are measured, so a correction of the
    // scroll position never meets a container the browser has not grown yet. Resizes are taken
    // in the next frame and React renders after them, never inside the browser's
    // ResizeObserver pass: a render forced there also flushes other components' pending
    // updates, which resize rows mid-pass and make the browser report a loop.
    directDomUpdates: true,
    useAnimationFrameWithResizeObserver: true,
    useFlushSync: false,
    ...(viewport && { initialRect: viewport }),
    initialOffset: () => Math.max(0, OLDER_AREA + messages.length * estimate - (viewport?.height ?? 0)),
  });

  previousFirstKey.current = firstKey;
  const items = virtualizer.getVirtualItems();
  nearEnd.current = messages.length - 1 - (items[items.length - 1]?.index ?? messages.length) <= NEAR_END_ROWS;
  // Far from the end: a row above the view that got its size shifts the view by it, summed
  // over the resize pass and written once (onChange above), as TanStack would shift per row.
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = nearEnd.current
    ? undefined
    : (item, delta, instance) => {
        const offset = instance.scrollOffset ?? 0;
        const first = !measuredKeys.current.has(item.key);
        measuredKeys.current.add(item.key);
        const above = first ? item.start < offset : item.end <= offset && instance.scrollDirection !== 'backward';
        if (above) pendingShift.current += delta;
        return false;
      };

  const lastMessage = messages[messages.length - 1];
  const lastKey = lastMessage && messageKey(lastMessage);
  const [atBottom, setAtBottom] = useState(true);
  const [seenLastKey, setSeenLastKey] = useState(lastKey);
  const lastScrollTopRef = useRef(0);
  const atBottomRef = useRef(true);
  useKeepBottom(scrollRef, atBottomRef);

  const scrollToBottom = () => virtualizer.scrollToEnd();

  const onScroll = () => {
    const el = scrollRef.current;
    if (!el) return;
    // Only moving up leaves the bottom: rows below growing as they are measured (scroll events
    // arrive a frame late, after the growth) do not make a reader at the bottom stop following.
    const movedUp = el.scrollTop < lastScrollTopRef.current;
    lastScrollTopRef.current = el.scrollTop;
    const bottom = el.scrollHeight - el.scrollTop - el.clientHeight <= BOTTOM_SLACK || (atBottomRef.current && !movedUp);
    atBottomRef.current = bottom;
    setAtBottom(bottom);
    if (bottom) setSeenLastKey(lastKey);
    if (el.scrollTop < TOP_TRIGGER && hasMore && !loadingMore) onLoadMore?.();
  };

  // The divider's row, when it is loaded; unread messages are counted by the backend, not here.
  const unreadIndex = useMemo(
    () => (firstUnreadID != null && unreadCount > 0 ? indexFromEnd(messages, (m) => m.messageID === firstUnreadID) : -1),
    [messages, firstUnreadID, unreadCount],
  );
  const jumpToUnread = () => virtualizer.scrollToIndex(unreadIndex, { align: 'start' });
  // Start at the first unread once, when it is there and the log has its size.
  const startedAtUnread = useRef(false);
  useIsomorphicLayoutEffect(() => {
    if (startAt !== 'first-unread' || startedAtUnread.current || unreadIndex < 0 || viewport === null) return;
    startedAtUnread.current = true;
    virtualizer.scrollToIndex(unreadIndex, { align: 'start' });
  });
  // Offered while the divider is above what is on screen.
  const firstShown = virtualizer.range?.startIndex ?? items[0]?.index ?? 0;
  const showJump = unreadIndex >= 0 && unreadIndex < firstShown;

  const showNew = !atBottom && lastKey !== seenLastKey;
  const seenIndex = useMemo(() => (seenLastKey === undefined ? -1 : indexFromEnd(messages, (m) => messageKey(m) === seenLastKey)), [messages, seenLastKey]);
  const newCount = showNew && seenIndex >= 0 ? messages.length - 1 - seenIndex : 0;
  const startsDay = (index: number) => days.startsDay(messages, index);
  // A new day, the unread divider and whatever the app puts between two messages split a run.
  const splitsRun = (index: number) =>
    startsDay(index) || index === unreadIndex || (splitsRunBefore?.(messages[index] as Message) ?? false);
  return (
    <div {...rest} className={className ? `rrr-message-list ${className}` : 'rrr-message-list'}>
      {/* Above the log, in the flow like the new-messages bar: it covers no row. */}
      {showJump && (
        <div className="rrr-jump-bar">
          <button type="button" className="rrr-button rrr-jump-unread" onClick={jumpToUnread}>
            {strings.jumpToUnread}
            <span aria-hidden="true"> ↑</span>
          </button>
        </div>
      )}
      <div
        ref={scrollRef}
        className="rrr-message-scroller"
        role="log"
        aria-label={label ?? strings.messagesLabel}
        tabIndex={0}
        onScroll={onScroll}
      >
        <div ref={virtualizer.containerRef} style={{ position: 'relative' }}>
          <div className="rrr-older" style={{ position: 'absolute', insetInline: 0, blockSize: OLDER_AREA }}>
            {loadingMore ? (
              <p role="status" className="rrr-loading">
                <span className="rrr-spinner" aria-hidden="true" />
                {strings.loadingOlder}
              </p>
            ) : (
              hasMore && (
                <button type="button" className="rrr-button" data-variant="quiet" onClick={onLoadMore}>
                  {strings.loadOlder}
                </button>
              )
            )}
          </div>
          {items.map((item) => {
            const message = messages[item.index];
            if (!message) return null;
            return (
              <div
                key={item.key}
                className="rrr-message-row"
                ref={virtualizer.measureElement}
                data-index={item.index}
                style={{ position: 'absolute', insetInline: 0, insetBlockStart: 0 }}
              >
                {startsDay(item.index) && <p className="rrr-day">{format.day(message.time, now)}</p>}
                {item.index === unreadIndex && <p className="rrr-unread-divider">{strings.unreadDivider(unreadCount, format)}</p>}
                {renderMessage(message, runPosition(messages, item.index, splitsRun))}
              </div>
            );
          })}
        </div>
      </div>
      {/* In the flow under the log, not over it: the log gives up the room, nothing is covered. */}
      {showNew && (
        <div className="rrr-new-messages-bar">
          <button type="button" className="rrr-button rrr-new-messages" onClick={scrollToBottom}>
            {newCount > 0 ? strings.newMessagesCount(newCount, format) : strings.newMessages}
            <span aria-hidden="true"> ↓</span>
          </button>
        </div>
      )}
    </div>
  );
});

/** Unread and newly arrived messages sit near the end: search from there (100,000 rows). */
function indexFromEnd(messages: readonly Message[], match: (message: Message) => boolean): number {
  for (let i = messages.length - 1; i >= 0; i -= 1) if (match(messages[i] as Message)) return i;
  return -1;
}
