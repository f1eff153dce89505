import type { ChatError } from '../../core/errors';
import type { ChatState, ConversationState } from '../../core/store';
import type { ErrorBannerKind } from '../components/ErrorBanner';

/** The failure a conversation's banner shows, and how its Retry tries again. */
export interface ConversationFailure {
  kind: ErrorBannerKind;
  error: ChatError;
  retry: 'login' | 'open' | 'loadMore';
}

/**
 * The one failure the user must act on first: without a session nothing loads, so a session
 * end or failed login comes before a failed history page. A transient login failure is not
 * one: the store keeps retrying it and the composer says it is connecting.
 */
export function conversationFailure(
  state: Pick<ChatState, 'session' | 'connection' | 'connectionError'>,
  conversation: Pick<ConversationState, 'status' | 'error' | 'moreStatus'> | undefined,
): ConversationFailure | null {
  const { connectionError } = state;
  if (state.connection === 'signedOut' && connectionError) return { kind: 'session', error: connectionError, retry: 'login' };
  if (state.session === 'error' && connectionError) return { kind: 'login', error: connectionError, retry: 'login' };
  if (!conversation?.error) return null;
  if (conversation.status === 'error') return { kind: 'history', error: conversation.error, retry: 'open' };
  if (conversation.moreStatus === 'error') return { kind: 'history', error: conversation.error, retry: 'loadMore' };
  return null;
}

/**
 * Why the composer cannot send, as a key of the locale's strings, or undefined when it can.
 * Offline is not a reason: what is written then waits in the outbox as pending bubbles.
 */
export function composerBlock(state: Pick<ChatState, 'session' | 'connection'>): 'connectingReason' | 'signedOutReason' | undefined {
  if (state.session === 'error' || state.connection === 'signedOut') return 'signedOutReason';
  if (state.session !== 'ready') return 'connectingReason';
  return undefined;
}

/** Whether sends are queued for the network (signed in, the connection down or coming back). */
export function waitingForNetwork(state: Pick<ChatState, 'session' | 'connection'>): boolean {
  return state.session === 'ready' && (state.connection === 'disconnected' || state.connection === 'connecting');
}
