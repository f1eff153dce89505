import type { StoreApi } from 'zustand/vanilla';
import type { ChatAdapter } from '../adapter';
import type { ChatError } from '../errors';
import type { ConversationID, MessageID } from '../types';
import type { MessageContext } from './apply-messages';
import type { C2CReadMarker } from './c2c-read-marker';
import { Draft } from './draft';
import type { ParkedReceipts } from './parked-receipts';
import type { ReceiptOutbox } from './receipt-outbox';
import type { ChatState, ErrorEntry, ResolvedOptions } from './types';

/** What the store's action modules share. Internal: never exported from the package. */
export interface StoreContext {
  adapter: ChatAdapter;
  options: ResolvedOptions;
  store: StoreApi<ChatState>;
  parked: ParkedReceipts;
  /** Latest read mark per 1:1 conversation. */
  c2cMarks: Map<ConversationID, number>;
  /** Every message this user ever reported (or queued) a receipt for: each at most once. */
  reported: Set<MessageID>;
  /** Time of the newest incoming message seen per 1:1 conversation, to mark it read once. */
  c2cSeen: Map<ConversationID, number>;
  outbox: ReceiptOutbox;
  c2cMarker: C2CReadMarker;
  /** Runs `mutate` on a draft and applies its changes in one `setState`, or none. */
  commit(mutate: (draft: Draft) => void): void;
  reportError(error: ChatError): void;
  messageContext(): MessageContext;
}

/** Builds `commit`: one `setState` per draft, errors appended with growing IDs. */
export function createCommit(store: StoreApi<ChatState>, options: ResolvedOptions): StoreContext['commit'] {
  let lastErrorID = 0;
  const appendErrors = (errors: readonly ChatError[]): ErrorEntry[] => {
    const time = options.now();
    const added = errors.map((error) => ({ id: ++lastErrorID, error, time }));
    return [...store.getState().errors, ...added].slice(-options.errorLimit);
  };
  return (mutate) => {
    const draft = new Draft(store.getState());
    mutate(draft);
    const patch = draft.patch(appendErrors);
    if (patch) store.setState(patch);
  };
}
