import { Fragment, forwardRef, useImperativeHandle, useMemo, useRef, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { Virtualizer, type VirtualizerHandle } from 'virtua';
import type { LoadStatus } from '../../core/store';
import { runPosition, type RunPosition } from '../../core/message-runs';
import type { Message, MessageID } from '../../core/types';
import { useI18nFor } from '../i18n/context';
import { enList } from '../i18n/en-list';
import { MessageDays, messageKey } from './message-days';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';
import { useKeepBottom } from './use-keep-bottom';
import { VirtualRow, useHoldLogSize, useLogPhase } from './virtual-log';

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
  /**
   * False while the first unread message is older than the loaded ones (`firstUnreadID` is then
   * the oldest loaded): no divider is drawn, and the jump calls `onLoadFirstUnread` and goes to
   * the divider once this turns true. @default true
   */
  firstUnreadLoaded?: boolean;
  /** Loads older pages until the first unread message is in (`useUnreadDivider`'s `loadFirstUnread`). */
  onLoadFirstUnread?: () => void;
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
/** Newest rows painted plainly until virtua has measured the log: more than a screen holds. */
const FIRST_ROWS = 16;

/**
 * A virtualized chat log (virtua) that sticks to the bottom and keeps its place when older
 * messages load. A prepend is virtua's `shift`: it keeps the distance from the end, so the
 * row in view stays where it was. Following the bottom is the list's own: while the reader
 * is there, an append or a row measured at another height scrolls to the new end. Other
 * props go to the root element; the ref is the scrolling log element (a focus fallback, an
 * IntersectionObserver root), forwarded so React 18 keeps it too.
 */
export const MessageList = /* @__PURE__ */ forwardRef<HTMLDivElement, MessageListProps>(function MessageList(props, ref) {
  const {
    messages,
    renderMessage,
    hasMore = false,
    moreStatus = 'idle',
    onLoadMore,
    label,
    now: nowProp,
    estimateSize: estimateProp,
    firstUnreadID,
    unreadCount = 0,
    firstUnreadLoaded = true,
    onLoadFirstUnread,
    startAt = 'bottom',
    splitsRunBefore,
    className,
    ...rest
  } = props;
  const loadingMore = moreStatus === 'loading';
  const { strings, format } = useI18nFor(enList);
  const [now] = useState(() => nowProp ?? Date.now());
  const [days] = useState(() => new MessageDays());
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<VirtualizerHandle>(null);
  useImperativeHandle(ref, () => scrollRef.current as HTMLDivElement, []);

  const firstKey = messages[0] && messageKey(messages[0]);
  const lastMessage = messages[messages.length - 1];
  const lastKey = lastMessage && messageKey(lastMessage);
  // virtua keeps row sizes by index: `shift` must be set exactly on the render whose rows
  // grew at the start only (an older page, or the rest of a long history joining).
  const edges = useRef({ firstKey, lastKey, length: messages.length });
  const shift = edges.current.firstKey !== firstKey && edges.current.lastKey === lastKey && messages.length > edges.current.length;
  edges.current = { firstKey, lastKey, length: messages.length };

  const [atBottom, setAtBottom] = useState(true);
  const [seenLastKey, setSeenLastKey] = useState(lastKey);
  const lastScrollTopRef = useRef(0);
  const atBottomRef = useRef(true);
  useKeepBottom(scrollRef, atBottomRef);
  const stickToBottom = () => {
    const el = scrollRef.current;
    if (el && atBottomRef.current) el.scrollTop = el.scrollHeight;
  };
  const [phase, takeOver, plainRef] = useLogPhase(scrollRef, messages.length);
  // The rows as estimated end at the bottom, so the first rows virtua builds are the newest
  // ones; then each append while the reader is at the bottom.
  useIsomorphicLayoutEffect(stickToBottom, [lastKey, phase]);

  const [rowsRef, holdLogSize] = useHoldLogSize(scrollRef, listRef);
  const scrollToBottom = () => {
    atBottomRef.current = true;
    stickToBottom();
  };

  // The divider's row, when it is loaded; unread messages are counted by the backend, not here.
  const unreadIndex = useMemo(
    () => (firstUnreadID != null && unreadCount > 0 ? indexFromEnd(messages, (m) => m.messageID === firstUnreadID) : -1),
    [messages, firstUnreadID, unreadCount],
  );
  // Offered while the divider is above what is on screen. Kept as that one boolean, so
  // scrolling re-renders the list only when it flips, not per row scrolled by.
  const [dividerAbove, setDividerAbove] = useState(false);
  const showJump = unreadIndex >= 0 && dividerAbove;
  const checkDivider = () => {
    const el = scrollRef.current;
    const top = el && listRef.current?.findItemIndex(el.scrollTop);
    if (top != null) setDividerAbove(unreadIndex >= 0 && unreadIndex < top);
  };
  useIsomorphicLayoutEffect(checkDivider, [unreadIndex]);
  // The divider is drawn only above the real first unread message, not the oldest loaded one.
  const dividerIndex = firstUnreadLoaded ? unreadIndex : -1;
  // A jump asked for before the first unread message was loaded: made once it is.
  const [pendingJump, setPendingJump] = useState(false);
  const jumpToUnread = () => {
    if (!firstUnreadLoaded) {
      setPendingJump(true);
      onLoadFirstUnread?.();
      return;
    }
    setPendingJump(false);
    atBottomRef.current = false;
    listRef.current?.scrollToIndex(unreadIndex, { align: 'start' });
  };
  // A refused page ends the wait: a later load must not move the reader by surprise.
  if (pendingJump && moreStatus === 'error') setPendingJump(false);
  useIsomorphicLayoutEffect(() => {
    if (pendingJump && firstUnreadLoaded && unreadIndex >= 0) jumpToUnread();
  });
  // Start at the first unread once, when it is there.
  const startedAtUnread = useRef(false);
  useIsomorphicLayoutEffect(() => {
    if (startAt !== 'first-unread' || startedAtUnread.current || unreadIndex < 0 || !listRef.current) return;
    startedAtUnread.current = true;
    jumpToUnread();
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
    checkDivider();
    if (el.scrollTop < TOP_TRIGGER && hasMore && !loadingMore) onLoadMore?.();
  };

  const showNew = !atBottom && lastKey !== seenLastKey;
  const seenIndex = useMemo(() => (seenLastKey === undefined ? -1 : indexFromEnd(messages, (m) => messageKey(m) === seenLastKey)), [messages, seenLastKey]);
  const newCount = showNew && seenIndex >= 0 ? messages.length - 1 - seenIndex : 0;
  const startsDay = (index: number) => days.startsDay(messages, index);
  // A new day, the unread divider and whatever the app puts between two messages split a run.
  const splitsRun = (index: number) =>
    startsDay(index) || index === dividerIndex || (splitsRunBefore?.(messages[index] as Message) ?? false);
  const renderRow = (message: Message, index: number) => (
    <>
      {startsDay(index) && <p className="rrr-day">{format.day(message.time, now)}</p>}
      {index === dividerIndex && <p className="rrr-unread-divider">{strings.unreadDivider(unreadCount, format)}</p>}
      {renderMessage(message, runPosition(messages, index, splitsRun))}
    </>
  );
  return (
    <div {...rest} className={className ? `rrr-message-list ${className}` : 'rrr-message-list'}>
      {/* Above the log, in the flow like the new-messages bar: it covers no row. */}
      {showJump && (
        <div className="rrr-jump-bar">
          <button type="button" className="rrr-button rrr-jump-unread" aria-busy={pendingJump || undefined} onClick={jumpToUnread}>
            {pendingJump && <span className="rrr-spinner" aria-hidden="true" />}
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
        <div ref={rowsRef} style={{ position: 'relative' }}>
          <div className="rrr-older" style={{ blockSize: OLDER_AREA }}>
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
          {phase !== 'virtual' && (
            <div ref={plainRef} style={phase === 'all' ? undefined : { position: 'absolute', insetInline: 0, insetBlockEnd: 0 }}>
              {(phase === 'all' ? messages : messages.slice(-FIRST_ROWS)).map((message, i, shown) => {
                const index = messages.length - shown.length + i;
                return (
                  <div key={messageKey(message)} className="rrr-message-row" data-index={index}>
                    {renderRow(message, index)}
                  </div>
                );
              })}
            </div>
          )}
          {(phase === 'measuring' || phase === 'virtual') && (
            <Virtualizer
              ref={listRef}
              scrollRef={scrollRef}
              data={messages}
              itemSize={estimateProp ?? 72}
              startMargin={OLDER_AREA}
              shift={shift}
              item={VirtualRow}
              onResize={() => {
                holdLogSize();
                stickToBottom();
                // Committed in the next frame: the jump bar resizes the log, which must not
                // happen inside this ResizeObserver pass (a virtua render there commits it).
                // Without a divider there is nothing to check, and no frame to ask for.
                if (unreadIndex >= 0 || dividerAbove) requestAnimationFrame(() => flushSync(checkDivider));
                takeOver();
              }}
            >
              {(message: Message, index: number) => <Fragment key={messageKey(message)}>{renderRow(message, index)}</Fragment>}
            </Virtualizer>
          )}
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
