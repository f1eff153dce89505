import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, type HTMLAttributes } from 'react';
import type { ReceiptStatus } from '../../core/receipt-status';
import type { LoadStatus } from '../../core/store';
import type { ConversationID, ConversationSummary, UserID } from '../../core/types';
import { useI18n } from '../i18n/context';
import { cx } from './class-names';
import { ConversationRow } from './ConversationRow';
import { useFixedRows } from './use-fixed-rows';
import { useRovingRows } from './use-roving-rows';

/** Fixed row height (px), matching `.rrr-conversation-item` (4.5rem at 16px). */
export const CONVERSATION_ROW_HEIGHT = 72;
// Ask for the next page while this many loaded rows are still below the viewport.
const PREFETCH_ROWS = 15;

/** Props of `ConversationList`; any other attribute goes to the root (the scroll container). */
export interface ConversationListProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'onSelect'> {
  /** Rows in the order shown, newest activity first. */
  conversations: readonly ConversationSummary[];
  /** The current user: their own last message shows as "You: …" with its receipt glyph. */
  currentUserID?: UserID | null;
  /** Receipts of own last messages by conversation; a conversation without one shows no glyph. */
  receipts?: ReadonlyMap<ConversationID, ReceiptStatus>;
  /** Unsent drafts by conversation: a row other than the open one shows "Draft: …" instead of its last message. */
  drafts?: ReadonlyMap<ConversationID, string>;
  /** The open conversation, marked `aria-current`. */
  selectedID?: ConversationID | null;
  onSelect?: (conversationID: ConversationID) => void;
  /** The first page's status. @default 'ready' */
  status?: LoadStatus;
  /** The latest next-page request's status. @default 'idle' */
  moreStatus?: LoadStatus;
  /** More conversations exist beyond these. @default false */
  hasMore?: boolean;
  onLoadMore?: () => void;
  onRetry?: () => void;
  /** "Now" for relative times (ms); without it rows show date and time. */
  now?: number;
}

/**
 * The user's conversations, virtualized (thousands cost what is on screen): each row is a
 * button with the name, avatar, time, last message, unread count and muted state.
 */
export const ConversationList = /* @__PURE__ */ forwardRef<HTMLDivElement, ConversationListProps>(function ConversationList(
  { conversations, currentUserID, receipts, drafts, selectedID, onSelect, status = 'ready', moreStatus = 'idle', hasMore = false, onLoadMore, onRetry, now, className, ...rest },
  ref,
) {
  const { strings, format } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => scrollRef.current as HTMLDivElement, []);
  const rows = useFixedRows(scrollRef, conversations.length, CONVERSATION_ROW_HEIGHT, 6);
  const selectedIndex = selectedID == null ? -1 : conversations.findIndex((c) => c.conversationID === selectedID);
  const pageRows = Math.max(1, Math.floor(rows.viewportHeight / CONVERSATION_ROW_HEIGHT) - 1);
  const roving = useRovingRows(conversations.length, selectedIndex, pageRows, rows.scrollToIndex, scrollRef);
  const lastIndex = rows.last;
  const canFetch = status === 'ready' && hasMore && moreStatus !== 'loading' && moreStatus !== 'error';
  const loadMore = useCallback(() => onLoadMore?.(), [onLoadMore]);
  useEffect(() => {
    if (canFetch && lastIndex >= 0 && lastIndex >= conversations.length - PREFETCH_ROWS) loadMore();
  }, [canFetch, lastIndex, conversations.length, loadMore]);

  const pending = status === 'idle' || status === 'loading';
  const failed = status === 'error' || moreStatus === 'error';
  const footer = pending || moreStatus === 'loading'
    ? strings.loadingConversations
    : failed
      ? strings.conversationsFailed
      : conversations.length === 0
        ? strings.noConversations
        : '';
  const setSize = hasMore ? -1 : conversations.length;
  return (
    <div ref={scrollRef} className={cx('rrr-conversation-list', className)} data-status={status} aria-busy={pending || moreStatus === 'loading'} {...rest}>
      <ul
        aria-label={strings.conversationsLabel}
        className="rrr-conversation-rows"
        style={{ blockSize: conversations.length * CONVERSATION_ROW_HEIGHT }}
        onKeyDown={roving.onKeyDown}
        onFocus={roving.onFocus}
      >
        {conversations.slice(rows.first, rows.last + 1).map((conversation, i) => {
          const index = rows.first + i;
          return (
            <ConversationRow
              key={conversation.conversationID}
              conversation={conversation}
              own={currentUserID != null && conversation.lastMessage?.senderID === currentUserID}
              receipt={receipts?.get(conversation.conversationID)}
              draft={selectedID === conversation.conversationID ? undefined : drafts?.get(conversation.conversationID)}
              selected={selectedID === conversation.conversationID}
              index={index}
              tabbable={index === roving.activeIndex}
              setSize={setSize}
              now={now}
              strings={strings}
              format={format}
              style={{ insetBlockStart: 0, blockSize: CONVERSATION_ROW_HEIGHT, transform: `translateY(${index * CONVERSATION_ROW_HEIGHT}px)` }}
              onSelect={onSelect}
            />
          );
        })}
      </ul>
      <div className="rrr-list-footer" data-status={status}>
        <p role="status">{footer}</p>
        {failed && onRetry && (
          <button type="button" className="rrr-button" onClick={onRetry}>
            {strings.retry}
          </button>
        )}
        {status === 'ready' && hasMore && !failed && onLoadMore && (
          <button type="button" className="rrr-button" data-variant="quiet" aria-disabled={moreStatus === 'loading' || undefined} onClick={loadMore}>
            {strings.loadMore}
          </button>
        )}
      </div>
    </div>
  );
});
