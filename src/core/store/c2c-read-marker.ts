import type { ChatAdapter } from '../adapter';
import type { ChatError } from '../errors';
import type { UserID } from '../types';
import { ThrottledLanes } from './throttled-lanes';
import type { ResolvedOptions } from './types';

export interface C2CReadMarkerDeps {
  adapter: Pick<ChatAdapter, 'markC2CMessageAsRead'>;
  options: ResolvedOptions;
  isOnline: () => boolean;
  onError: (error: ChatError) => void;
  onSessionEnded: (error: ChatError) => void;
  /** The marks still wanted changed (for storage). */
  onChange?: () => void;
}

/**
 * Marks 1:1 chats read (`markC2CMessageAsRead`), at most once per `c2cReadIntervalMs` per
 * peer: requests during the interval merge into one trailing call. Offline or after a
 * transient failure, the mark waits like a receipt does.
 */
export class C2CReadMarker {
  private readonly wanted = new Set<UserID>();
  private readonly lanes: ThrottledLanes<UserID, UserID>;

  constructor(private readonly deps: C2CReadMarkerDeps) {
    this.lanes = new ThrottledLanes({
      options: deps.options,
      intervalMs: deps.options.c2cReadIntervalMs,
      isOnline: deps.isOnline,
      take: (peerID) => (this.wanted.delete(peerID) ? peerID : undefined),
      putBack: (peerID) => void this.wanted.add(peerID),
      send: (peerID) => deps.adapter.markC2CMessageAsRead(peerID),
      onRefused: (_peerID, _work, error) => deps.onError(error),
      onSessionEnded: deps.onSessionEnded,
      onSettled: () => deps.onChange?.(),
    });
  }

  request(peerID: UserID): void {
    this.wanted.add(peerID);
    this.deps.onChange?.();
    this.lanes.wake(peerID);
  }

  /** Peers whose chat is still to be marked read (waiting or on their way). */
  pending(): UserID[] {
    return [...this.wanted];
  }

  resume(): void {
    this.lanes.resume();
  }

  flush(): void {
    this.lanes.flush();
  }

  pause(): void {
    this.lanes.pause();
  }

  clear(): void {
    this.wanted.clear();
    this.deps.onChange?.();
  }
}
