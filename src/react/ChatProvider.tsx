import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ChatAdapter } from '../core/adapter';
import { isChatError } from '../core/errors';
import { createChatStore, type ChatStore, type ChatStoreOptions } from '../core/store';
import { ChatContext, type ChatContextValue } from './chat-context';
import { frameBatchedStore } from './frame-batched-store';
import { VisibilityReporter } from './visibility-reporter';

export interface ChatProviderProps {
  /** The backend. Read once: a provider keeps the adapter it mounted with. */
  adapter: ChatAdapter;
  /** A store made with `createChatStore(adapter)`; by default the provider creates its own. */
  store?: ChatStore;
  /** The app's QueryClient; by default the provider creates its own. */
  queryClient?: QueryClient;
  /** Options of the store the provider creates; ignored when `store` is given. */
  options?: ChatStoreOptions;
  children?: ReactNode;
}

/** Retries only what a retry can fix (network, rate limit), twice. */
function retryTransient(failureCount: number, error: unknown): boolean {
  return isChatError(error) && error.transient && failureCount < 2;
}

/**
 * One store and one QueryClient per provider. Logs in and subscribes on mount, disposes on
 * unmount; StrictMode's second mount reuses the same store, so nothing subscribes or sends
 * twice.
 */
export function ChatProvider({ adapter, store, queryClient, options, children }: ChatProviderProps) {
  const [chatStore] = useState(() => store ?? createChatStore(adapter, options));
  const [client] = useState(
    () => queryClient ?? new QueryClient({ defaultOptions: { queries: { retry: retryTransient } } }),
  );
  const [reporter] = useState(
    () => new VisibilityReporter((messageIDs) => chatStore.getState().actions.reportRead(messageIDs)),
  );
  const [initialAdapter] = useState(adapter);
  // Hooks read the store through this view: at most one React commit per animation frame.
  const [view] = useState(() => frameBatchedStore(chatStore));

  useEffect(() => chatStore.getState().actions.start(), [chatStore]);
  useEffect(() => reporter.start(), [reporter]);

  const value = useMemo<ChatContextValue>(
    () => ({ store: view, adapter: initialAdapter, reporter }),
    [view, initialAdapter, reporter],
  );
  return (
    <QueryClientProvider client={client}>
      <ChatContext.Provider value={value}>{children}</ChatContext.Provider>
    </QueryClientProvider>
  );
}
