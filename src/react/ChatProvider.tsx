import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ChatAdapter } from '../core/adapter';
import { createChatStore, type ChatStore, type ChatStoreOptions } from '../core/store';
import { ChatContext, type ChatContextValue } from './chat-context';
import { useUnloadWarning } from './use-unload-warning';
import { VisibilityReporter } from './visibility-reporter';

/** Props of `ChatProvider`: an adapter (and options) for a new store, or a ready store. */
export type ChatProviderProps = {
  children?: ReactNode;
  /**
   * Ask before the page closes while receipts or messages are still on their way. They are
   * kept for the next visit either way. @default false
   */
  warnOnUnload?: boolean;
} & (
  | {
      /** The backend; the provider creates its store over it. Read once, on mount. */
      adapter: ChatAdapter;
      /** Options of that store. Read once, on mount. */
      options?: ChatStoreOptions;
      store?: never;
    }
  | {
      /** A store made with `createChatStore(adapter)`, e.g. to share it with code outside React. */
      store: ChatStore;
      adapter?: never;
      options?: never;
    }
);

/**
 * One store per provider: it logs in and subscribes on mount and stops on unmount.
 * StrictMode's second mount reuses the same store, so nothing subscribes or sends twice.
 */
export function ChatProvider(props: ChatProviderProps) {
  const [store] = useState(() => props.store ?? createChatStore(props.adapter, props.options));
  const [reporter] = useState(() => new VisibilityReporter((messageIDs) => store.actions.reportRead(messageIDs)));

  useEffect(() => store.actions.start(), [store]);
  useEffect(() => reporter.start(), [reporter]);
  useUnloadWarning(store, props.warnOnUnload === true);

  const value = useMemo<ChatContextValue>(() => ({ store, reporter }), [store, reporter]);
  return <ChatContext.Provider value={value}>{props.children}</ChatContext.Provider>;
}
