import type { CSSProperties } from 'react';
import type { ReceiptStatus } from '../../core/receipt-status';
import type { ConversationSummary } from '../../core/types';
import type { Format, Strings } from '../i18n/types';
import { Avatar } from './Avatar';
import { firstVisible, shownName } from './names';

export interface ConversationRowProps {
  conversation: ConversationSummary;
  /** The last message is the current user's: "You: …" and its receipt glyph. */
  own: boolean;
  /** The own last message's receipt; no glyph without one. */
  receipt: ReceiptStatus | undefined;
  /** An unsent draft: shown in place of the last message (and its glyph). */
  draft: string | undefined;
  selected: boolean;
  /** Position in the whole list, from 0. */
  index: number;
  /** The list's one tab stop (the others are reached with the arrow keys). */
  tabbable: boolean;
  setSize: number;
  now: number | undefined;
  strings: Strings;
  format: Format;
  style: CSSProperties;
  onSelect: ((conversationID: string) => void) | undefined;
}

// Big counts are capped where they show, not where they are spoken.
const MAX_SHOWN_UNREAD = 99;

function timeText(ms: number, now: number | undefined, format: Format): string {
  if (now === undefined) return format.dateTime(ms);
  return new Date(ms).toDateString() === new Date(now).toDateString() || Math.abs(now - ms) < 60_000 ? format.time(ms) : format.day(ms, now);
}

function receiptLabel(receipt: ReceiptStatus, strings: Strings): string {
  if (receipt === 'sending') return strings.sending;
  if (receipt === 'failed') return strings.failed;
  if (receipt === 'partial') return strings.partlyRead;
  return receipt === 'read' ? strings.read : strings.sent;
}

/** One conversation: avatar, name, time, last message with its receipt glyph, unread count, muted. */
export function ConversationRow({ conversation, own, receipt, draft, selected, index, tabbable, setSize, now, strings, format, style, onSelect }: ConversationRowProps) {
  const { lastMessage, unreadCount, muted } = conversation;
  const name = firstVisible(conversation.name) ?? conversation.conversationID;
  const drafted = draft !== undefined && draft.trim() !== '';
  const preview = drafted ? strings.draftPreview(draft) : lastMessage === undefined ? '' : own ? strings.ownPreview(lastMessage.text) : lastMessage.text;
  return (
    <li className="rrr-conversation-item" aria-posinset={index + 1} aria-setsize={setSize} data-index={index} style={style}>
      <button
        type="button"
        tabIndex={tabbable ? 0 : -1}
        className="rrr-conversation-row"
        aria-current={selected ? 'true' : undefined}
        data-unread={unreadCount > 0 ? '' : undefined}
        data-muted={muted ? '' : undefined}
        data-draft={drafted ? '' : undefined}
        onClick={() => onSelect?.(conversation.conversationID)}
      >
        <Avatar name={name} src={conversation.avatarURL} />
        <span className="rrr-conversation-text">
          <span className="rrr-conversation-line">
            <bdi className="rrr-conversation-name" title={name}>
              {shownName(name)}
            </bdi>
            {lastMessage !== undefined && lastMessage.time > 0 && (
              <time className="rrr-conversation-time" dateTime={new Date(lastMessage.time).toISOString()}>
                {timeText(lastMessage.time, now, format)}
              </time>
            )}
          </span>
          <span className="rrr-conversation-line">
            {own && !drafted && receipt !== undefined && (
              <span className="rrr-conversation-receipt" data-status={receipt}>
                <span aria-hidden="true">{receipt === 'read' || receipt === 'partial' ? '✓✓' : receipt === 'failed' ? '!' : '✓'}</span>
                <span className="rrr-visually-hidden">{receiptLabel(receipt, strings)}</span>
              </span>
            )}
            <bdi className="rrr-conversation-preview">{shownName(preview)}</bdi>
            {muted && <span className="rrr-conversation-muted">{strings.muted}</span>}
            {unreadCount > 0 && (
              <span className="rrr-conversation-unread">
                <span aria-hidden="true">{unreadCount > MAX_SHOWN_UNREAD ? `${format.number(MAX_SHOWN_UNREAD)}+` : format.number(unreadCount)}</span>
                <span className="rrr-visually-hidden">{strings.unreadMessages(unreadCount, format)}</span>
              </span>
            )}
          </span>
        </span>
      </button>
    </li>
  );
}
