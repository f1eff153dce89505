import { useCallback, useRef, useState, type HTMLAttributes } from 'react';
import { groupIDOf } from '../../core/conversation-id';
import type { ConversationID, MessageID } from '../../core/types';
import { cx } from '../components/class-names';
import { MessageComposer } from '../components/MessageComposer';
import { MessageList } from '../components/MessageList';
import { useI18n } from '../i18n/context';
import { useConnectionState } from '../use-chat-store';
import { useConversation } from '../use-conversation';
import { BoundMessageBubble } from './BoundMessageBubble';
import { BoundReadMemberListDrawer } from './BoundReadMemberListDrawer';
import { BoundReceiptAnnouncer } from './BoundReceiptAnnouncer';
import { useReceiptsEnabled } from './use-receipts-enabled';

/** Props of `ConversationView`; any other attribute (`className`, `style`, data-*) goes to its root `<section>`. */
export interface ConversationViewProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  conversationID: ConversationID;
  /** Accessible name of the message log, e.g. the conversation's name. */
  label?: string;
  /** Initial state of the composer's "Request read receipt" toggle. @default true */
  defaultRequestReceipt?: boolean;
}

/**
 * The drop-in conversation: message list, bubbles with live badges, the member list drawer,
 * the composer and one polite announcer, all on the provider's store.
 */
export function ConversationView({ conversationID, label, defaultRequestReceipt = true, className, ...rest }: ConversationViewProps) {
  const { strings } = useI18n();
  const conversation = useConversation(conversationID);
  const connection = useConnectionState();
  const receiptsEnabled = useReceiptsEnabled(conversationID);
  const isGroup = groupIDOf(conversationID) !== undefined;

  const listRef = useRef<HTMLDivElement | null>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const [drawerMessageID, setDrawerMessageID] = useState<MessageID | null>(null);
  const openMembers = useCallback((messageID: MessageID, opener: HTMLButtonElement) => {
    openerRef.current = opener;
    setDrawerMessageID(messageID);
  }, []);

  const offline = connection !== 'connected';
  return (
    <section aria-label={label} {...rest} className={cx('rrr-conversation', className)} data-connection={connection}>
      <MessageList
        ref={listRef}
        label={label}
        messages={conversation.messages}
        hasMore={conversation.hasMore}
        moreStatus={conversation.moreStatus}
        onLoadMore={() => void conversation.loadMore()}
        renderMessage={(message) => (
          <BoundMessageBubble
            messageID={message.messageID}
            showSender={isGroup}
            receiptsEnabled={receiptsEnabled}
            onOpenMembers={openMembers}
          />
        )}
      />
      {isGroup && !receiptsEnabled && <p className="rrr-conversation__note">{strings.receiptsUnavailable}</p>}
      <MessageComposer
        onSend={(text, options) => void conversation.send(text, options)}
        defaultRequestReceipt={defaultRequestReceipt}
        showReceiptToggle={receiptsEnabled}
        disabledReason={offline ? strings.offlineReason : undefined}
      />
      <BoundReadMemberListDrawer
        messageID={drawerMessageID}
        onOpenChange={(open) => {
          if (!open) setDrawerMessageID(null);
        }}
        returnFocusTo={openerRef}
        fallbackFocus={listRef}
      />
      <BoundReceiptAnnouncer conversationID={conversationID} enabled={receiptsEnabled} />
    </section>
  );
}
