import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ChatAdapter } from '../core/adapter';
import { createChatStore, type ChatStore, type ChatStoreOptions, type ErrorEntry } from '../core/store';
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
      /**
       * Hears every error the store reports, once, as it is reported (the store's `onError`
       * option, following this prop's latest value): log or monitor them here.
       * `ConversationView` shows the user the failures they can act on.
       */
      onError?: (entry: ErrorEntry) => void;
      store?: never;
    }
  | {
      /**
       * A store made with `createChatStore(adapter, options)`, e.g. to share it with code
       * outside React. Give it `options.onError` there.
       */
      store: ChatStore;
      adapter?: never;
      options?: never;
      onError?: never;
    }
);

/**
 * One store per provider: it logs in and subscribes on mount and stops on unmount.
 * StrictMode's second mount reuses the same store, so nothing subscribes or sends twice.
 */
export function ChatProvider(props: ChatProviderProps) {
  // The store is made once; the app's onError may be a new function on every render.
  const [relay] = useState(() => new ErrorRelay(props.onError));
  useEffect(() => relay.follow(props.onError));
  const [store] = useState(
    () => props.store ?? createChatStore(props.adapter, { ...props.options, onError: relay.with(props.options?.onError) }),
  );
  const [reporter] = useState(() => new VisibilityReporter((messageIDs) => store.actions.reportRead(messageIDs)));

  useEffect(() => store.actions.start(), [store]);
  useEffect(() => reporter.start(), [reporter]);
  useUnloadWarning(store, props.warnOnUnload === true);

  const value = useMemo<ChatContextValue>(() => ({ store, reporter }), [store, reporter]);
  return <ChatContext.Provider value={value}>{props.children}</ChatContext.Provider>;
}

/** Forwards the store's errors to the latest `onError` prop (and the options' own listener). */
class ErrorRelay {
  constructor(private listener: ((entry: ErrorEntry) => void) | undefined) {}

  follow(listener: ((entry: ErrorEntry) => void) | undefined): void {
    this.listener = listener;
  }

  with(own: ((entry: ErrorEntry) => void) | undefined): (entry: ErrorEntry) => void {
    return (entry) => {
      own?.(entry);
      this.listener?.(entry);
    };
  }
}
