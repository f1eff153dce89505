import { memo, useCallback, useEffect, useRef, useState, type ComponentType, type MouseEvent, type RefAttributes } from 'react';
import { useStore } from 'zustand';
import { groupIDOf } from '../../core/conversation-id';
import { selectMessage, selectReceivedReminder, selectUserID } from '../../core/store';
import type { Message, MessageID } from '../../core/types';
import { useChatContext } from '../chat-context';
import { displayName } from '../components/names';
import { useI18n } from '../i18n/context';
import { MessageBubble, type MessageBubbleComponents, type MessageBubbleProps } from '../components/MessageBubble';
import { useProfile } from '../use-group-info';
import { useMessageReceipt } from '../use-message-receipt';
import { useReadOnVisible } from '../use-read-on-visible';
import { useKeptReminder } from './kept-reminders';

/** A replacement for `MessageBubble`: it gets the same props, and must put the ref on its root. */
export type MessageBubbleComponent = ComponentType<MessageBubbleProps & RefAttributes<HTMLDivElement>>;

/** Props of `BoundMessageBubble`: the message's ID and the bubble's own options. */
export interface BoundMessageBubbleProps
  extends Pick<MessageBubbleProps, 'showSender' | 'run' | 'receiptStyle' | 'badge' | 'renderContent' | 'footer'> {
  messageID: MessageID;
  /** From the conversation's group info and the privacy setting. @default true */
  receiptsEnabled?: boolean;
  /** Opens the member list of an own group message; the button is passed for focus return. */
  onOpenMembers?: (messageID: MessageID, opener: HTMLButtonElement) => void;
  /**
   * Replaces the bubble (`MessageBubble`) or its badge (`ReadReceiptBadge`). A bubble must
   * forward its ref to its root element: that element is watched to report the message read.
   */
  components?: MessageBubbleComponents & { MessageBubble?: MessageBubbleComponent };
}

/**
 * MessageBubble fed from the store: re-renders when this message or its receipt changes,
 * and reports the message read once it was really seen.
 */
export const BoundMessageBubble = /* @__PURE__ */ memo(function BoundMessageBubble(props: BoundMessageBubbleProps) {
  const { messageID, onOpenMembers, receiptsEnabled = true, components, ...rest } = props;
  const { store } = useChatContext('BoundMessageBubble');
  const message = useStore(store, (state) => selectMessage(state, messageID));
  const me = useStore(store, selectUserID);
  const receipt = useMessageReceipt(messageID);
  const storedReminder = useStore(store, (state) => selectReceivedReminder(state, messageID));
  // Reading the message lets the store drop its reminder; the highlight stays while the
  // conversation view is open (kept-reminders.ts), or while a bubble outside one is mounted.
  const viewReminder = useKeptReminder(messageID);
  const [keptReminder, keepReminder] = useState(storedReminder);
  if (storedReminder !== undefined && storedReminder !== keptReminder) keepReminder(storedReminder);
  const reminder = storedReminder ?? viewReminder ?? keptReminder;
  const { strings } = useI18n();
  const sender = useProfile(message?.senderID);
  const observe = useReadOnVisible(message);
  const Bubble = components?.MessageBubble ?? MessageBubble;
  const observeRef = useRefCheck(Bubble, observe, message !== undefined);
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
  const badge = components?.ReadReceiptBadge;
  // The sender reminded this user: the message is highlighted and says who asked (not for own messages).
  const reminded = reminder !== undefined && !own;
  const senderName = displayName({ userID: message.senderID, ...sender.data });
  return (
    <Bubble
      {...rest}
      data-reminded={reminded ? '' : undefined}
      footer={
        reminded ? (
          <>
            {rest.footer}
            <p className="rrr-reminder-note">{strings.remindedBy(senderName)}</p>
          </>
        ) : (
          rest.footer
        )
      }
      ref={observeRef}
      message={message}
      own={own}
      sender={sender.data ?? { userID: message.senderID }}
      receipt={receipt ?? null}
      receiptsEnabled={receiptsEnabled}
      onOpenMembers={openMembers}
      onRetry={(failed: Message) => void store.actions.retry(failed.messageID)}
      components={badge ? { ReadReceiptBadge: badge } : undefined}
    />
  );
});

const warned = new WeakSet<object>();

/**
 * A replacement bubble that drops the ref leaves its messages unreported for ever, silently:
 * say so once per component (React 18 needs `forwardRef`; React 19 passes `ref` as a prop).
 */
function useRefCheck(Bubble: MessageBubbleComponent, observe: (element: Element | null) => void, rendered: boolean) {
  const attached = useRef(false);
  const ref = useCallback(
    (element: HTMLDivElement | null) => {
      if (element) attached.current = true;
      observe(element);
    },
    [observe],
  );
  useEffect(() => {
    if (!rendered || attached.current || Bubble === MessageBubble || warned.has(Bubble)) return;
    warned.add(Bubble);
    console.warn(
      `react-read-receipts: components.MessageBubble (${Bubble.displayName ?? Bubble.name ?? 'anonymous'}) did not attach ` +
        'the ref it was given to an element, so the messages it shows are never reported read. Put the ref on its root ' +
        '(with forwardRef on React 18).',
    );
  }, [Bubble, rendered]);
  return ref;
}
