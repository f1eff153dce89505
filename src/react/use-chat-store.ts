import { useStore } from 'zustand';
import type { ChatActions, ChatState, ErrorEntry } from '../core/store';
import { selectConnection, selectErrors, selectSendReceipts, selectShowReceipts, selectUserID } from '../core/store';
import type { ConnectionState, UserID } from '../core/types';
import { useChatContext } from './chat-context';

/** Selects a slice of the provider's store; re-renders only when the slice changes. */
export function useChatStore<T>(selector: (state: ChatState) => T): T {
  return useStore(useChatContext('useChatStore').store, selector);
}

/** The store's actions (stable for the provider's lifetime). */
export function useChatActions(): ChatActions {
  return useChatContext('useChatActions').store.actions;
}

/** The logged-in user's ID, or null before login. */
export function useCurrentUserID(): UserID | null {
  return useStore(useChatContext('useCurrentUserID').store, selectUserID);
}

/** The connection state of the provider's store. */
export function useConnectionState(): ConnectionState {
  return useStore(useChatContext('useConnectionState').store, selectConnection);
}

/** The latest errors, oldest first; each has an ID that only grows, to show or announce once. */
export function useErrors(): readonly ErrorEntry[] {
  return useStore(useChatContext('useErrors').store, selectErrors);
}

/** What `usePrivacy` returns: the receipt settings and their setter. */
export interface Privacy {
  sendReceipts: boolean;
  showReceipts: boolean;
  setPrivacy: ChatActions['setPrivacy'];
}

/** The user's receipt settings and the action that changes them. */
export function usePrivacy(): Privacy {
  const { store } = useChatContext('usePrivacy');
  const sendReceipts = useStore(store, selectSendReceipts);
  const showReceipts = useStore(store, selectShowReceipts);
  return { sendReceipts, showReceipts, setPrivacy: store.actions.setPrivacy };
}
