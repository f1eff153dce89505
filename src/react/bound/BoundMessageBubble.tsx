import { memo, type MouseEvent } from 'react';
import { useStore } from 'zustand';
import { groupIDOf } from '../../core/conversation-id';
import { selectMessage, selectUserID } from '../../core/store';
import type { Message, MessageID } from '../../core/types';
import { useChatContext } from '../chat-context';
import { MessageBubble, type MessageBubbleProps } from '../components/MessageBubble';
import { useProfile } from '../use-group-info';
import { useMessageReceipt } from '../use-message-receipt';
import { useReadOnVisible } from '../use-read-on-visible';

/** Props of `BoundMessageBubble`: the message's ID and the bubble's own options. */
export interface BoundMessageBubbleProps
  extends Pick<MessageBubbleProps, 'showSender' | 'badge' | 'renderContent' | 'footer'> {
  messageID: MessageID;
  /** From the conversation's group info and the privacy setting. @default true */
  receiptsEnabled?: boolean;
  /** Opens the member list of an own group message; the button is passed for focus return. */
  onOpenMembers?: (messageID: MessageID, opener: HTMLButtonElement) => void;
}

/**
 * MessageBubble fed from the store: re-renders when this message or its receipt changes,
 * and reports the message read once it was really seen.
 */
export const BoundMessageBubble = /* @__PURE__ */ memo(function BoundMessageBubble(props: BoundMessageBubbleProps) {
  const { messageID, onOpenMembers, receiptsEnabled = true, ...rest } = props;
  const { store } = useChatContext('BoundMessageBubble');
  const message = useStore(store, (state) => selectMessage(state, messageID));
  const me = useStore(store, selectUserID);
  const receipt = useMessageReceipt(messageID);
  const sender = useProfile(message?.senderID);
  const observeRef = useReadOnVisible(message);
  if (!message) return null;
  const own = message.senderID === me;
  const openMembers =
    own && groupIDOf(message.conversationID) !== undefined && onOpenMembers
      ? (event: MouseEvent<HTMLButtonElement>) => {
          // Asked for in the click itself: the rows need not wait for the dialog's render.
          store.actions.prefetchReadMembers(messageID, 'read');
          onOpenMembers(messageID, event.currentTarget);
        }
      : undefined;
  return (
    <MessageBubble
      {...rest}
      ref={observeRef}
      message={message}
      own={own}
      sender={sender.data ?? { userID: message.senderID }}
      receipt={receipt ?? null}
      receiptsEnabled={receiptsEnabled}
      onOpenMembers={openMembers}
      onRetry={(failed: Message) => void store.actions.retry(failed.messageID)}
    />
  );
});
