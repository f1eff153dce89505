import { useCallback, useMemo, useRef, useState, type ComponentType, type HTMLAttributes } from 'react';
import { useStore } from 'zustand';
import { groupIDOf } from '../../core/conversation-id';
import type { ChatError } from '../../core/errors';
import type { ConversationID, MessageID } from '../../core/types';
import { useChatContext } from '../chat-context';
import { cx } from '../components/class-names';
import { ConversationHeader } from '../components/ConversationHeader';
import { EmptyState, type EmptyStateProps } from '../components/EmptyState';
import { ErrorBanner, type ErrorBannerProps } from '../components/ErrorBanner';
import { MessageComposer, type MessageComposerProps } from '../components/MessageComposer';
import { MessageList } from '../components/MessageList';
import { MissedMessagesMarker } from '../components/MissedMessagesMarker';
import type { ReadReceiptBadgeProps } from '../components/ReadReceiptBadge';
import type { ReceiptStyle } from '../i18n/receipt-style';
import { useI18n } from '../i18n/context';
import { useConversation } from '../use-conversation';
import { useUnreadDivider } from '../use-unread-divider';
import { useGroupInfo } from '../use-group-info';
import { useReadPosition } from '../use-read-position';
import { BoundMessageBubble, type MessageBubbleComponent } from './BoundMessageBubble';
import { BoundReadMemberListDrawer } from './BoundReadMemberListDrawer';
import { BoundReadPosition } from './BoundReadPosition';
import { BoundReceiptAnnouncer } from './BoundReceiptAnnouncer';
import { KeptReminders, useKeptReminders } from './kept-reminders';
import { useDraft } from './use-draft';
import { composerBlock, conversationFailure, waitingForNetwork } from './conversation-failure';
import { useReceiptsEnabled, useReceiptsUnavailable } from './use-receipts-enabled';

/** Parts of `ConversationView` an app may replace; each gets the props the default gets. */
export interface ConversationViewComponents {
  /** Each message. Put the ref on its root (`forwardRef` on React 18): it is watched to report reads. */
  MessageBubble?: MessageBubbleComponent;
  /** The read badge inside each own sent message (and others' counts in the `count-down` style). */
  ReadReceiptBadge?: ComponentType<ReadReceiptBadgeProps>;
  /** The message field and Send button. */
  Composer?: ComponentType<MessageComposerProps>;
  /** Shown while there are no messages: loading (also on the server), none yet, or failed. */
  EmptyState?: ComponentType<EmptyStateProps>;
  /** A failed login, session or history page, with Retry and Dismiss. */
  ErrorBanner?: ComponentType<ErrorBannerProps>;
}

/** Props of `ConversationView`; any other attribute (`className`, `style`, data-*) goes to its root `<section>`. */
export interface ConversationViewProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  conversationID: ConversationID;
  /** Accessible name of the message log, e.g. the conversation's name. */
  label?: string;
  /**
   * The name in the conversation's header, beside a group's member count; no header when
   * neither this nor `label` is given.
   * @default label
   */
  title?: string;
  /** Initial state of the composer's "Request read receipt" toggle. @default true */
  defaultRequestReceipt?: boolean;
  /** Replaces parts of the view, e.g. `components={{ MessageBubble: MyBubble }}`. */
  components?: ConversationViewComponents;
  /**
   * Where the view starts when the conversation has unread messages: at the "N unread
   * messages" divider, or at the newest message (the divider and a jump to it show either way).
   * @default 'bottom'
   */
  startAt?: 'bottom' | 'first-unread';
  /**
   * How every bubble's badge shows group read counts (see `ReadReceiptBadgeProps.receiptStyle`).
   * @default the `LocaleProvider`'s: `count-down` for ko, `unread` for zh, else `read-by`
   */
  receiptStyle?: ReceiptStyle;
  /**
   * Readers at their read position, under the newest own message someone has read: the 1:1
   * peer's avatar, or "Seen by" with a group's first readers (see `seenByMaxMembers`).
   * @default true
   */
  showReadPosition?: boolean;
  /**
   * Groups of up to this many members show "Seen by" with avatars; larger ones keep the
   * "Read by N" badge alone. @default 20
   */
  seenByMaxMembers?: number;
}

/**
 * The drop-in conversation: message list, bubbles with live badges, the member list drawer,
 * the composer, a banner for failures and one polite announcer, all on the provider's store.
 * Another `conversationID` is another view: scroll place, open sheet and banners start afresh
 * (the draft of each conversation is kept in the store).
 */
export function ConversationView(props: ConversationViewProps) {
  return <OneConversation key={props.conversationID} {...props} />;
}

function OneConversation(props: ConversationViewProps) {
  const {
    conversationID,
    label,
    title = label,
    defaultRequestReceipt = true,
    components,
    startAt = 'bottom',
    receiptStyle,
    showReadPosition = true,
    seenByMaxMembers,
    className,
    ...rest
  } = props;
  const { strings } = useI18n();
  const { store } = useChatContext('ConversationView');
  const conversation = useConversation(conversationID);
  // Each row asks whether a gap sits before it: one lookup per row, not a scan of the gaps.
  const gapBefore = useMemo(() => new Map(conversation.gaps.map((gap) => [gap.beforeMessageID, gap])), [conversation.gaps]);
  const divider = useUnreadDivider(conversationID);
  const session = useStore(store, (state) => state.session);
  const connection = useStore(store, (state) => state.connection);
  const connectionError = useStore(store, (state) => state.connectionError);
  // Refused for good: a retry would be refused again, so the user is told and can dismiss it.
  const refused = useStore(store, (state) => state.refusedReceipts.get(conversationID));
  const receiptsEnabled = useReceiptsEnabled(conversationID);
  const receiptsUnavailable = useReceiptsUnavailable(conversationID);
  const groupID = groupIDOf(conversationID);
  const isGroup = groupID !== undefined;
  const group = useGroupInfo(groupID);
  // One subscription for the whole conversation: only the message it names renders the row.
  const readPosition = useReadPosition(conversationID);
  const keptReminders = useKeptReminders(store, conversationID);
  const [draft, setDraft] = useDraft(conversationID);

  // The drawer hands focus back to the log when the badge that opened it is gone.
  const logRef = useRef<HTMLDivElement | null>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const [drawerMessageID, setDrawerMessageID] = useState<MessageID | null>(null);
  const openMembers = useCallback((messageID: MessageID, opener: HTMLButtonElement) => {
    openerRef.current = opener;
    setDrawerMessageID(messageID);
  }, []);

  // Stable while the app passes the same components, so bubbles stay memoized.
  const { MessageBubble, ReadReceiptBadge } = components ?? {};
  const bubbleParts = useMemo(
    () => (MessageBubble || ReadReceiptBadge ? { MessageBubble, ReadReceiptBadge } : undefined),
    [MessageBubble, ReadReceiptBadge],
  );
  const Composer = components?.Composer ?? MessageComposer;
  const Empty = components?.EmptyState ?? EmptyState;
  const Banner = components?.ErrorBanner ?? ErrorBanner;

  const failure = conversationFailure({ session, connection, connectionError }, conversation);
  const [dismissed, setDismissed] = useState<ChatError | null>(null);
  const retry = () => {
    if (failure?.retry === 'login') void store.actions.login();
    else if (failure?.retry === 'open') void store.actions.openConversation(conversationID);
    else void conversation.loadMore();
  };
  const blocked = composerBlock({ session, connection });
  // A conversation that cannot load because the login failed says so rather than "Loading".
  const emptyStatus = conversation.status === 'idle' && failure && failure.kind !== 'history' ? 'error' : conversation.status;
  return (
    <section aria-label={label} {...rest} className={cx('rrr-conversation', className)} data-connection={connection}>
      {title !== undefined && <ConversationHeader title={title} memberCount={group.data?.memberCount} />}
      {waitingForNetwork({ session, connection }) && (
        <p className="rrr-conversation__offline" role="status">
          <span className="rrr-spinner" aria-hidden="true" />
          {strings.waitingForNetwork}
        </p>
      )}
      {failure && failure.error !== dismissed && (
        <Banner kind={failure.kind} error={failure.error} onRetry={retry} onDismiss={() => setDismissed(failure.error)} />
      )}
      {!failure && refused && (
        <Banner
          kind="receipts"
          error={refused.error}
          count={refused.messageIDs.length}
          onDismiss={() => store.actions.dismissRefusedReceipts(conversationID)}
        />
      )}
      <div className="rrr-conversation__body">
        <KeptReminders.Provider value={keptReminders}>
          <MessageList
            ref={logRef}
            label={label}
            messages={conversation.messages}
            hasMore={conversation.hasMore}
            moreStatus={conversation.moreStatus}
            onLoadMore={() => void conversation.loadMore()}
            firstUnreadID={divider.firstUnreadID}
            unreadCount={divider.unreadCount}
            firstUnreadLoaded={divider.firstUnreadLoaded}
            onLoadFirstUnread={divider.loadFirstUnread}
            startAt={startAt}
            splitsRunBefore={(message) => gapBefore.has(message.messageID)}
            renderMessage={(message, run) => {
              const bubble = (
                <>
                  <BoundMessageBubble
                    messageID={message.messageID}
                    showSender={isGroup}
                    run={run}
                    receiptsEnabled={receiptsEnabled}
                    receiptStyle={receiptStyle}
                    onOpenMembers={openMembers}
                    components={bubbleParts}
                  />
                  {showReadPosition && receiptsEnabled && message.messageID === readPosition && (
                    <BoundReadPosition
                      conversationID={conversationID}
                      messageID={message.messageID}
                      seenByMaxMembers={seenByMaxMembers}
                      onOpenMembers={openMembers}
                    />
                  )}
                </>
              );
              const gap = gapBefore.get(message.messageID);
              if (!gap) return bubble;
              return (
                <>
                  <MissedMessagesMarker status={gap.status} onLoad={() => void conversation.loadGap(gap.gapID)} />
                  {bubble}
                </>
              );
            }}
          />
        </KeptReminders.Provider>
        {conversation.messages.length === 0 && <Empty status={emptyStatus} />}
      </div>
      {receiptsUnavailable && <p className="rrr-conversation__note">{strings.receiptsUnavailable}</p>}
      <Composer
        value={draft}
        onValueChange={setDraft}
        onSend={(text, options) => void conversation.send(text, options)}
        defaultRequestReceipt={defaultRequestReceipt}
        showReceiptToggle={receiptsEnabled}
        disabledReason={blocked && strings[blocked]}
      />
      <BoundReadMemberListDrawer
        messageID={drawerMessageID}
        onOpenChange={(open) => {
          if (!open) setDrawerMessageID(null);
        }}
        returnFocusTo={openerRef}
        fallbackFocus={logRef}
      />
      <BoundReceiptAnnouncer conversationID={conversationID} enabled={receiptsEnabled} />
    </section>
  );
}
