import { useStore } from 'zustand';
import { selectReceipt } from '../core/store';
import type { MessageID, MessageReceipt } from '../core/types';
import { useChatContext } from './chat-context';

/**
 * The latest receipt of one own message; undefined until it was sent and someone's receipt
 * arrived. Re-renders only when this message's receipt object changes.
 */
export function useMessageReceipt(messageID: MessageID): MessageReceipt | undefined {
  return useStore(useChatContext('useMessageReceipt').store, (state) => selectReceipt(state, messageID));
}
