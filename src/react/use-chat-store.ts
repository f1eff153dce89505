import { useStore } from 'zustand';
import type { ErrorEntry } from '../core/store';
import type { ChatActions, ChatState } from '../core/store';
import type { ConnectionState, UserID } from '../core/types';
import { useChatContext } from './chat-context';

/** Selects a slice of the provider's store; re-renders only when the slice changes. */
export function useChatStore<T>(selector: (state: ChatState) => T): T {
  const { store } = useChatContext('useChatStore');
  return useStore(store, selector);
}

/** The store's actions (stable for the provider's lifetime). */
export function useChatActions(): ChatActions {
  const { store } = useChatContext('useChatActions');
  return useStore(store, (state) => state.actions);
}

export function useCurrentUserID(): UserID | null {
  const { store } = useChatContext('useCurrentUserID');
  return useStore(store, (state) => state.userID);
}

export function useConnectionState(): ConnectionState {
  const { store } = useChatContext('useConnectionState');
  return useStore(store, (state) => state.connection);
}

/** The latest errors, oldest first; each has an ID that only grows, to show or announce once. */
export function useErrors(): readonly ErrorEntry[] {
  const { store } = useChatContext('useErrors');
  return useStore(store, (state) => state.errors);
}

export interface Privacy {
  sendReceipts: boolean;
  showReceipts: boolean;
  setPrivacy: ChatActions['setPrivacy'];
}

export function usePrivacy(): Privacy {
  const { store } = useChatContext('usePrivacy');
  const sendReceipts = useStore(store, (state) => state.sendReceipts);
  const showReceipts = useStore(store, (state) => state.showReceipts);
  const setPrivacy = useStore(store, (state) => state.actions.setPrivacy);
  return { sendReceipts, showReceipts, setPrivacy };
}
