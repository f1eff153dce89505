import type { QueryClient } from '@tanstack/query-core';
import type { StoreApi } from 'zustand/vanilla';
import type { ChatAdapter } from '../adapter';
import type { ChatError } from '../errors';
import type { Message, MessageID, UserID } from '../types';
import type { MessageContext } from './apply-messages';
import { Draft } from './draft';
import type { ParkedReceipts } from './parked-receipts';
import type { PeerReadMarks } from './peer-read-marks';
import type { ChatQueries } from './queries';
import type { QueryLinks } from './query-links';
import type { ReadReporter } from './read-reporting';
import type { ChatState, ErrorEntry, ResolvedOptions } from './types';

/** What the store's action modules share. Internal: never exported from the package. */
export interface StoreContext {
  adapter: ChatAdapter;
  options: ResolvedOptions;
  /** The live state: always current, written only through `commit`. */
  live: StoreApi<ChatState>;
  queryClient: QueryClient;
  queries: ChatQueries;
  links: QueryLinks;
  parked: ParkedReceipts;
  reads: ReadReporter;
  /** Read marks of 1:1 peers and the own messages they do not cover yet. */
  peerReads: PeerReadMarks;
  /** Runs `mutate` on a draft and applies its changes in one update, or none. */
  commit(mutate: (draft: Draft) => void): void;
  reportError(error: ChatError): void;
  /** A call failed because the session is over: stop, keep queued work, say why. */
  sessionEnded(error: ChatError): void;
  messageContext(): MessageContext;
  /** A client ID for an optimistic message, unique per store and random across devices. */
  newClientID(): string;
  /** Own messages the backend has not confirmed (sending or failed), by client ID. */
  unsent: Map<MessageID, Message>;
  /** Pending work changed: keep it in storage. */
  persist(): void;
  /** After login: take back what this user left pending in storage (a reload, a restart). */
  restorePending(userID: UserID): Promise<void>;
}

/** Builds `commit`: one `setState` per draft, errors appended with growing IDs. */
export function createCommit(ctx: Pick<StoreContext, 'live' | 'options' | 'links'>): StoreContext['commit'] {
  let lastErrorID = 0;
  // Every entry of the commit, including those past errorLimit: the app hears them all.
  let added: ErrorEntry[] = [];
  const appendErrors = (errors: readonly ChatError[]): ErrorEntry[] => {
    const time = ctx.options.now();
    added = errors.map((error) => ({ id: ++lastErrorID, error, time }));
    return [...ctx.live.getState().errors, ...added].slice(-ctx.options.errorLimit);
  };
  return (mutate) => {
    const draft = new Draft(ctx.live.getState());
    mutate(draft);
    added = [];
    const patch = draft.patch(appendErrors);
    if (patch) ctx.live.setState(patch);
    if (draft.changedReceipts.length > 0) ctx.links.receiptsChanged(draft.changedReceipts);
    for (const entry of added) notify(ctx.options.onError, entry);
  };
}

/** The app hears each error once, as it is reported; a throwing listener cannot break the store. */
function notify(onError: (entry: ErrorEntry) => void, entry: ErrorEntry): void {
  try {
    onError(entry);
  } catch (thrown) {
    setTimeout(() => {
      throw thrown;
    });
  }
}
