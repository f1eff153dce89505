import { createContext, useContext } from 'react';
import type { ChatAdapter } from '../core/adapter';
import type { ChatStore } from '../core/store';
import type { VisibilityReporter } from './visibility-reporter';

export interface ChatContextValue {
  store: ChatStore;
  adapter: ChatAdapter;
  reporter: VisibilityReporter;
}

export const ChatContext = createContext<ChatContextValue | null>(null);

/** The provider's store and adapter; throws a helpful error outside `<ChatProvider>`. */
export function useChatContext(hookName: string): ChatContextValue {
  const value = useContext(ChatContext);
  if (value === null) throw new Error(`${hookName} must be used inside <ChatProvider>.`);
  return value;
}
