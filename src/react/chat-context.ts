import { createContext, useContext } from 'react';
import type { ChatStore } from '../core/store';
import type { VisibilityReporter } from './visibility-reporter';

export interface ChatContextValue {
  /** The provider's store: the one handle to state, actions and cached queries. */
  store: ChatStore;
  /** Reports bubbles read once they were really seen (one IntersectionObserver per provider). */
  reporter: VisibilityReporter;
}

// Pure: an app importing only leaf components drops it (and what reaches it).
export const ChatContext = /* @__PURE__ */ createContext<ChatContextValue | null>(null);

/** The provider's store; throws a helpful error outside `<ChatProvider>`. */
export function useChatContext(hookName: string): ChatContextValue {
  const value = useContext(ChatContext);
  if (value === null) throw new Error(`${hookName} must be used inside <ChatProvider>.`);
  return value;
}
