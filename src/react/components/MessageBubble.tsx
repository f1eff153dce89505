import { forwardRef, type ComponentType, type HTMLAttributes, type ReactNode } from 'react';
import { showsCountToReader, showsReceipt } from '../../core/eligibility';
import { runShows, type RunPosition } from '../../core/message-runs';
import type { Message, MessageReceipt, MessageStatus, UserProfile } from '../../core/types';
import { useI18nFor } from '../i18n/context';
import { enMessage } from '../i18n/en-message';
import type { ReceiptStyle } from '../i18n/receipt-style';
import { Avatar } from './Avatar';
import { MessageText } from './MessageText';
import { firstVisible, shownName } from './names';
import { cx } from './class-names';
import { ReadReceiptBadge, type ReadReceiptBadgeProps } from './ReadReceiptBadge';
import { statusGlyph } from './badge-model';
import { StatusGlyph } from './StatusGlyph';

/**
 * Props of `MessageBubble`. Any other attribute (data-*, aria-*, handlers, `className`,
 * `style`) goes to the root `<div>`, and a ref reaches it too: lists observe it for visibility.
 */
export interface MessageBubbleProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  message: Message;
  /**
   * Whether the current user sent the message: aligns it to the end, never shows your own
   * name or avatar, shows its status.
   * @default false
   */
  own?: boolean;
  /** Profile of the sender, for name and avatar; falls back to the sender's user ID. */
  sender?: UserProfile;
  /**
   * Show the sender's name and avatar on others' messages (usually: in groups). Own messages
   * never show them.
   * @default !own
   */
  showSender?: boolean;
  /**
   * Where the message sits in a run of one sender's messages (`MessageList` passes it): the
   * first shows the sender, the last the time, the ones between line up under the first.
   * @default 'single'
   */
  run?: RunPosition;
  /** Latest receipt, shown through the badge on own sent messages that asked for one. */
  receipt?: MessageReceipt | null;
  /**
   * Whether receipts are supported and turned on for this conversation.
   * @default true
   */
  receiptsEnabled?: boolean;
  /**
   * How the badge shows group counts (see `ReadReceiptBadgeProps.receiptStyle`). `count-down`
   * also shows others' messages' counts where the backend gave them (`showsCountToReader`).
   * @default the `LocaleProvider`'s
   */
  receiptStyle?: ReceiptStyle;
  /** Badge options forwarded as they are. */
  badge?: Pick<ReadReceiptBadgeProps, 'variant' | 'showProgress' | 'now'>;
  /** Opens the member list from the badge (own group messages). */
  onOpenMembers?: ReadReceiptBadgeProps['onOpenMembers'];
  /** Resends a failed message; shows a Retry button when given. */
  onRetry?: (message: Message) => void;
  /** Replaces the text body, e.g. for images or custom message types. */
  renderContent?: (message: Message) => ReactNode;
  /** Extra content under the body, e.g. reactions. */
  footer?: ReactNode;
  /** Replaces the parts inside the bubble; each gets the props the default gets. */
  components?: MessageBubbleComponents;
}

/** The parts of `MessageBubble` an app may replace. */
export interface MessageBubbleComponents {
  /** The read badge of own sent messages (and others' counts in the `count-down` style). @default ReadReceiptBadge */
  ReadReceiptBadge?: ComponentType<ReadReceiptBadgeProps>;
}

/** One chat message: sender, text with safe links, time, delivery status and read badge. */
export const MessageBubble = /* @__PURE__ */ forwardRef<HTMLDivElement, MessageBubbleProps>(function MessageBubble(
  {
    message,
    own = false,
    sender: profile,
    showSender = !own,
    run = 'single',
    receipt,
    receiptsEnabled = true,
    receiptStyle,
    badge,
    onOpenMembers,
    onRetry,
    renderContent,
    footer,
    components,
    className,
    ...rest
  },
  ref,
) {
  const { strings, format, receiptStyle: localeStyle } = useI18nFor(enMessage);
  const Badge = components?.ReadReceiptBadge ?? ReadReceiptBadge;
  const othersCount = !own && (receiptStyle ?? localeStyle) === 'count-down' && showsCountToReader(message, receipt, receiptsEnabled);
  const name = firstVisible(profile?.nickname) ?? (profile?.userID || message.senderID);
  const shows = runShows(run);
  const time = shows.time && Number.isFinite(message.time) ? message.time : undefined;
  // Others' messages after the first of a run keep the avatar's room, so the bubbles line up.
  const sender = showSender && !own ? (shows.sender ? 'shown' : 'indented') : 'none';
  return (
    <div
      {...rest}
      ref={ref}
      className={cx('rrr-message', className)}
      data-own={own ? 'true' : 'false'}
      data-status={message.status}
      data-message-id={message.messageID}
      data-run={run}
      data-sender={sender}
    >
      {sender === 'shown' && <Avatar name={name} src={profile?.avatarURL} />}
      <div className="rrr-message-body">
        {sender === 'shown' && (
          <bdi className="rrr-message-sender" dir="auto" title={name}>
            {shownName(name)}
          </bdi>
        )}
        <div className="rrr-bubble">
          {renderContent ? renderContent(message) : <MessageText text={message.text} />}
          {message.truncated && <p className="rrr-message-note">{strings.textTruncated}</p>}
          {footer}
        </div>
        {(time !== undefined || own || othersCount) && (
          <div className="rrr-message-meta">
            {time !== undefined && (
              <time className="rrr-message-time" dateTime={new Date(time).toISOString()}>
                {format.time(time)}
              </time>
            )}
            {othersCount && <Badge receipt={receipt} receiptStyle="count-down" />}
            {own && message.status !== 'sent' && (
              <PlainStatus status={message.status} text={message.status === 'sending' ? strings.sending : strings.failed} />
            )}
            {own && message.status === 'failed' && onRetry && (
              <button type="button" className="rrr-button rrr-retry" data-variant="quiet" onClick={() => onRetry(message)}>
                {strings.retry}
              </button>
            )}
            {own && message.status === 'sent' && (
              <OwnSentStatus
                message={message}
                receipt={receipt}
                receiptsEnabled={receiptsEnabled}
                receiptStyle={receiptStyle}
                badge={badge}
                onOpenMembers={onOpenMembers}
                Badge={Badge}
                sentText={strings.sent}
              />
            )}
          </div>
        )}
      </div>
    </div>
  );
});

function OwnSentStatus(
  props: Pick<MessageBubbleProps, 'message' | 'receipt' | 'receiptsEnabled' | 'receiptStyle' | 'badge' | 'onOpenMembers'> & {
    Badge: ComponentType<ReadReceiptBadgeProps>;
    sentText: string;
  },
) {
  if (!showsReceipt(props.message.needReadReceipt, props.receiptsEnabled !== false)) {
    return <PlainStatus status="sent" text={props.sentText} />;
  }
  const { Badge } = props;
  return (
    <Badge
      receipt={props.receipt}
      messageStatus="sent"
      receiptStyle={props.receiptStyle}
      variant={props.badge?.variant}
      showProgress={props.badge?.showProgress}
      now={props.badge?.now}
      onOpenMembers={props.onOpenMembers}
    />
  );
}

/** Delivery status without a receipt badge: the same icon rule and `data-status` as the badge. */
function PlainStatus({ status, text }: { status: MessageStatus; text: string }) {
  return (
    <span className="rrr-message-status" data-status={status}>
      <StatusGlyph name={statusGlyph(status, undefined)} />
      {text}
    </span>
  );
}
