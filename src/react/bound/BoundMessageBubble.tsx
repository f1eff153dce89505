import { useQueryClient } from '@tanstack/react-query';
import { memo, type MouseEvent } from 'react';
import { useStore } from 'zustand';
import { groupIDOf } from '../../core/conversation-id';
import { selectMessage } from '../../core/store';
import type { Message, MessageID } from '../../core/types';
import { useChatContext } from '../chat-context';
import { MessageBubble, type MessageBubbleProps } from '../components/MessageBubble';
import { useProfile } from '../use-group-info';
import { useMessageReceipt } from '../use-message-receipt';
import { prefetchReadMembers } from '../use-read-members';
import { useReadOnVisible } from '../use-read-on-visible';

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
export const BoundMessageBubble = memo(function BoundMessageBubble(props: BoundMessageBubbleProps) {
  const { messageID, onOpenMembers, receiptsEnabled = true, ...rest } = props;
  const { store, adapter } = useChatContext('BoundMessageBubble');
  const queryClient = useQueryClient();
  const message = useStore(store, (state) => selectMessage(state, messageID));
  const me = useStore(store, (state) => state.userID);
  const receipt = useMessageReceipt(messageID);
  const sender = useProfile(message?.senderID);
  const observeRef = useReadOnVisible(message);
  const retry = useStore(store, (state) => state.actions.retry);
  if (!message) return null;
  const own = message.senderID === me;
  const isGroup = groupIDOf(message.conversationID) !== undefined;
  const openMembers =
    own && isGroup && onOpenMembers
      ? (event: MouseEvent<HTMLButtonElement>) => {
          prefetchReadMembers(queryClient, adapter, messageID);
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
      onRetry={(failed: Message) => void retry(failed.messageID)}
    />
  );
});
