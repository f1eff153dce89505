import { useCallback, useRef } from 'react';
import { useStore } from 'zustand';
import { reportsRead } from '../core/eligibility';
import { selectSendReceipts, selectUserID } from '../core/store';
import type { Message, MessageID } from '../core/types';
import { useChatContext } from './chat-context';

/** What `useReceiptReporter` returns, for lists that manage their own elements. */
export interface ReceiptReporter {
  /** Observes an element for the message; returns the unobserve. For virtualized lists. */
  observe: (element: Element, messageID: MessageID) => () => void;
  /** Reports messages as read directly (the store still filters and de-duplicates). */
  reportRead: (messageIDs: readonly MessageID[]) => void;
}

/** The provider's shared visibility reporter, for lists that manage their own elements. */
export function useReceiptReporter(): ReceiptReporter {
  const { reporter, store } = useChatContext('useReceiptReporter');
  const observe = useCallback(
    (element: Element, messageID: MessageID) => {
      reporter.observe(element, messageID);
      return () => reporter.unobserve(element);
    },
    [reporter],
  );
  return { observe, reportRead: store.actions.reportRead };
}

/**
 * A ref callback for a message bubble: the message is reported read once at least half of it
 * was visible while the page was. Only messages that owe a report (`reportsRead`) are observed.
 */
export function useReadOnVisible(message: Message | undefined): (element: Element | null) => void {
  const { reporter, store } = useChatContext('useReadOnVisible');
  const me = useStore(store, selectUserID);
  const sendReceipts = useStore(store, selectSendReceipts);
  const messageID = message !== undefined && sendReceipts && reportsRead(message, me) ? message.messageID : undefined;
  const current = useRef<Element | null>(null);
  return useCallback(
    (element: Element | null) => {
      if (current.current) reporter.unobserve(current.current);
      current.current = element;
      if (element && messageID !== undefined) reporter.observe(element, messageID);
    },
    [reporter, messageID],
  );
}
