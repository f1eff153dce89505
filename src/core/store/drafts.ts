import type { StoreApi } from 'zustand/vanilla';
import { ChatError, ErrorCode } from '../errors';
import type { ConversationID } from '../types';
import type { StoreContext } from './context';
import type { ChatState } from './types';

/**
 * What the user is writing, kept per conversation with the outbox: switching conversations,
 * a reload or a restart gives it back. An empty text drops the draft (sending clears it).
 */
export function setDraft(ctx: StoreContext, conversationID: ConversationID, text: string): void {
  if (typeof conversationID !== 'string' || conversationID === '' || typeof text !== 'string') {
    ctx.reportError(new ChatError(ErrorCode.INVALID_PARAMETER, `setDraft needs a conversation ID and a text, got ${typeof conversationID} and ${typeof text}`));
    return;
  }
  const { drafts } = ctx.live.getState();
  if ((drafts.get(conversationID) ?? '') === text) return;
  const next = new Map(drafts);
  if (text === '') next.delete(conversationID);
  else next.set(conversationID, text);
  ctx.live.setState({ drafts: next });
  ctx.persist();
}

/** Drafts read back from storage at login; one written since (before the read came back) wins. */
export function restoreDrafts(live: StoreApi<ChatState>, saved: readonly (readonly [ConversationID, string])[]): void {
  if (saved.length === 0) return;
  const current = live.getState().drafts;
  const next = new Map(saved);
  for (const [conversationID, text] of current) next.set(conversationID, text);
  live.setState({ drafts: next });
}
