import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useImperativeHandle, useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import type { LoadStatus } from '../../core/store';
import type { Message } from '../../core/types';
import { useI18n } from '../i18n/context';
import { MessageDays, messageKey } from './message-days';
import { useNewestFirst } from './use-newest-first';

/** Props of `MessageList`. */
export interface MessageListProps {
  /** Messages of the conversation, oldest first. */
  messages: readonly Message[];
  /** Renders one message, usually a (bound) `MessageBubble`. */
  renderMessage: (message: Message) => ReactNode;
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
  /** The scrolling log element: a focus fallback, an IntersectionObserver root. */
  ref?: Ref<HTMLDivElement | null>;
}

// Room above the first row for the "Load older" button or its loading text.
const OLDER_AREA = 40;
const BOTTOM_SLACK = 32;
const TOP_TRIGGER = 200;

/** A virtualized chat log that sticks to the bottom and keeps its place when older messages load. */
export function MessageList(props: MessageListProps) {
  const { renderMessage, hasMore = false, moreStatus = 'idle', onLoadMore } = props;
  const loadingMore = moreStatus === 'loading';
  const messages = useNewestFirst(props.messages);
  const { strings, format } = useI18n();
  const [now] = useState(() => props.now ?? Date.now());
  const [days] = useState(() => new MessageDays());
  const estimate = props.estimateSize ?? 72;
  // TanStack Virtual recomputes every row's offset (O(n)) whenever getItemKey changes identity,
  // so it changes only with the messages. Neither callback allocates or looks anything up: at
  // 100,000 messages that pass is what the list costs beyond the rows on screen. (A guess that
  // knew which rows carry a date separator doubled it; measuring corrects those rows.)
  const getItemKey = useCallback(
    (index: number) => {
      const message = messages[index];
      return message === undefined ? index : messageKey(message);
    },
    [messages],
  );
  const estimateSize = useCallback(() => estimate, [estimate]);
  const scrollRef = useRef<HTMLDivElement>(null);
  useImperativeHandle(props.ref, () => scrollRef.current as HTMLDivElement, []);
  // Before TanStack Virtual reads the element's position (its layout effect runs after this
  // one), put the element where initialOffset below told it the list starts: at the bottom.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, []);
  // TanStack Virtual returns fresh functions per render; this component never memoizes them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: messages.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    paddingStart: OLDER_AREA,
    overscan: 6,
    // A chat opens at its newest message: the first render builds the bottom rows, not rows
    // at the top that the scroll to the bottom would throw away (and measure in between).
    initialOffset: () => OLDER_AREA + messages.length * estimate,
  });
  // When a row above the view gets its first (or a new) height, TanStack Virtual shifts the
  // scroll position; inside a ResizeObserver batch that also makes it recompute every row's
  // offset once per measured row (O(n) each: 100,000 rows times ~15 rows per scroll step).
  // Keeping the same rule but applying the shift once per commit leaves one recompute per batch.
  const pendingShiftRef = useRef(0);
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = (item, delta, instance) => {
    const offset = instance.scrollOffset ?? 0;
    const firstMeasure = !instance.itemSizeCache.has(item.key);
    const above = firstMeasure ? item.start < offset : item.end <= offset && instance.scrollDirection !== 'backward';
    // While TanStack runs a scroll command (to the bottom, to an index) it must shift by
    // itself so its target moves along; a shift from outside would cancel the command. Its
    // command state is private: if that field ever goes away, fall back to its own shifting.
    const command = (instance as unknown as { scrollState?: unknown }).scrollState;
    if (command !== null) return above;
    if (above) pendingShiftRef.current += delta;
    return false;
  };

  const lastMessage = messages[messages.length - 1];
  const lastKey = lastMessage && messageKey(lastMessage);
  const firstMessage = messages[0];
  const firstMessageKey = firstMessage && messageKey(firstMessage);
  const atBottomRef = useRef(true);
  const [atBottom, setAtBottom] = useState(true);
  const [seenLastKey, setSeenLastKey] = useState(lastKey);
  const prevTotalRef = useRef(0);
  const lastScrollTopRef = useRef(0);
  const prevFirstRef = useRef(firstMessageKey);

  const scrollToBottom = () => {
    if (messages.length > 0) virtualizer.scrollToIndex(messages.length - 1, { align: 'end' });
  };

  // New message at the end: follow it only if the reader was already at the bottom.
  useLayoutEffect(() => {
    if (atBottomRef.current && messages.length > 0) virtualizer.scrollToIndex(messages.length - 1, { align: 'end' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new last row should scroll
  }, [lastKey]);

  // Older messages prepended: shift by the height they added, so the rows in view stay put.
  // A reader at the bottom stays at the bottom (the rest of a long history joining at once).
  useLayoutEffect(() => {
    const el = scrollRef.current;
    const total = virtualizer.getTotalSize();
    if (el && prevFirstRef.current !== undefined && firstMessageKey !== prevFirstRef.current) {
      const added = total - prevTotalRef.current;
      if (atBottomRef.current) scrollToBottom();
      else if (added > 0 && messages.some((message) => messageKey(message) === prevFirstRef.current)) {
        el.scrollTop += added;
        // The total already holds the heights measured since the last commit.
        pendingShiftRef.current = 0;
      }
    }
    prevFirstRef.current = firstMessageKey;
    prevTotalRef.current = total;
  });

  // Rows above the view that changed height: shift by what they added, as TanStack would have.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    const shift = pendingShiftRef.current;
    pendingShiftRef.current = 0;
    if (el && shift !== 0) {
      el.scrollTop += shift;
      prevTotalRef.current = virtualizer.getTotalSize();
    }
  });

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

  const showNew = !atBottom && lastKey !== seenLastKey;
  return (
    <div className="rrr-message-list">
      <div
        ref={scrollRef}
        className="rrr-message-scroller"
        role="log"
        aria-label={props.label ?? strings.messagesLabel}
        tabIndex={0}
        onScroll={onScroll}
      >
        <div style={{ position: 'relative', blockSize: virtualizer.getTotalSize() }}>
          <div className="rrr-older" style={{ position: 'absolute', insetInline: 0, blockSize: OLDER_AREA }}>
            {loadingMore ? (
              <p role="status">{strings.loadingOlder}</p>
            ) : (
              hasMore && (
                <button type="button" className="rrr-button" data-variant="quiet" onClick={onLoadMore}>
                  {strings.loadOlder}
                </button>
              )
            )}
          </div>
          {virtualizer.getVirtualItems().map((item) => {
            const message = messages[item.index];
            if (!message) return null;
            return (
              <div
                key={item.key}
                className="rrr-message-row"
                ref={virtualizer.measureElement}
                data-index={item.index}
                style={{ position: 'absolute', insetInline: 0, insetBlockStart: 0, transform: `translateY(${item.start}px)` }}
              >
                {days.startsDay(messages, item.index) && <p className="rrr-day">{format.day(message.time, now)}</p>}
                {renderMessage(message)}
              </div>
            );
          })}
        </div>
      </div>
      {showNew && (
        <button type="button" className="rrr-button rrr-new-messages" onClick={scrollToBottom}>
          {strings.newMessages}
        </button>
      )}
    </div>
  );
}
