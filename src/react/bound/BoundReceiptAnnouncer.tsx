import { useEffect, useState } from 'react';
import type { ConversationID, MessageID, MessageReceipt } from '../../core/types';
import { changedReceiptIDs } from '../../core/store';
import { findLastMessage } from '../../core/store/conversation-state';
import { useChatContext } from '../chat-context';
import { announceReceipts } from '../components/announce';
import { ReceiptAnnouncer } from '../components/ReceiptAnnouncer';
import { useI18n } from '../i18n/context';

/** Quiet period so a busy group is summed up in one sentence rather than one per receipt. */
const ANNOUNCE_EVERY_MS = 2000;

/**
 * The grouped sentence for the conversation's polite status region: receipt changes on the
 * user's own messages, collected for a couple of seconds, then spoken once.
 */
export function useReceiptAnnouncement(conversationID: ConversationID, enabled: boolean): string {
  const { store } = useChatContext('useReceiptAnnouncement');
  const i18n = useI18n();
  const [text, setText] = useState('');

  useEffect(() => {
    if (!enabled) return;
    let pending = new Map<MessageID, MessageReceipt>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      const state = store.getState();
      // From the end of the conversation's tree: no array of every message ID is built.
      const lastOwn = findLastMessage(state.conversations.get(conversationID), (m) => m.senderID === state.userID)?.messageID;
      const sentence = announceReceipts([...pending.values()], { lastMessageID: lastOwn }, i18n);
      pending = new Map();
      if (sentence) setText(sentence);
    };
    const unsubscribe = store.subscribe((state, prev) => {
      // The changed receipts only: scanning the conversation cost O(messages) per event batch.
      for (const id of changedReceiptIDs(state, prev)) {
        const receipt = state.receipts.get(id);
        const message = state.messages.get(id);
        if (receipt && message?.conversationID === conversationID && message.senderID === state.userID) {
          pending.set(id, receipt);
        }
      }
      if (pending.size > 0 && timer === undefined) timer = setTimeout(flush, ANNOUNCE_EVERY_MS);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [store, conversationID, enabled, i18n]);

  return text;
}

/** Props of `BoundReceiptAnnouncer`. */
export interface BoundReceiptAnnouncerProps {
  conversationID: ConversationID;
  /** Announce at all (usually: receipts are on in this conversation). @default true */
  enabled?: boolean;
}

/**
 * The conversation's polite status region on live data. Its own component, so a new sentence
 * re-renders this region and not the message list.
 */
export function BoundReceiptAnnouncer({ conversationID, enabled = true }: BoundReceiptAnnouncerProps) {
  return <ReceiptAnnouncer message={useReceiptAnnouncement(conversationID, enabled)} />;
}
