import type { ChatAdapter } from '../adapter';
import { toChatError, type ChatError } from '../errors';
import type { UserID } from '../types';
import type { ResolvedOptions } from './types';

interface Peer {
  /** A mark is wanted that was not sent yet. */
  pending: boolean;
  inFlight: boolean;
  lastCallAt: number;
  timer: unknown;
}

export interface C2CReadMarkerDeps {
  adapter: Pick<ChatAdapter, 'markC2CMessageAsRead'>;
  options: ResolvedOptions;
  isOnline: () => boolean;
  onError: (error: ChatError) => void;
}

/**
 * Marks 1:1 chats read (`markC2CMessageAsRead`), at most once per `c2cReadIntervalMs` per
 * peer: requests during the interval merge into one trailing call. A request made offline
 * or failed transiently waits for `flush()` (the store calls it when connected again).
 */
export class C2CReadMarker {
  private readonly peers = new Map<UserID, Peer>();
  private active = false;

  constructor(private readonly deps: C2CReadMarkerDeps) {}

  request(peerID: UserID): void {
    let peer = this.peers.get(peerID);
    if (!peer) {
      peer = { pending: false, inFlight: false, lastCallAt: -Infinity, timer: undefined };
      this.peers.set(peerID, peer);
    }
    peer.pending = true;
    this.schedule(peerID, peer);
  }

  resume(): void {
    this.active = true;
    this.flush();
  }

  flush(): void {
    for (const [peerID, peer] of this.peers) this.schedule(peerID, peer);
  }

  pause(): void {
    this.active = false;
    for (const peer of this.peers.values()) this.cancel(peer);
  }

  clear(): void {
    for (const peer of this.peers.values()) {
      peer.pending = false;
      this.cancel(peer);
    }
  }

  private schedule(peerID: UserID, peer: Peer): void {
    if (!this.active || !peer.pending || peer.inFlight || peer.timer !== undefined || !this.deps.isOnline()) return;
    const { options } = this.deps;
    const delay = Math.max(0, peer.lastCallAt + options.c2cReadIntervalMs - options.now());
    peer.timer = options.scheduler.setTimeout(() => {
      peer.timer = undefined;
      void this.send(peerID, peer);
    }, delay);
  }

  private cancel(peer: Peer): void {
    if (peer.timer === undefined) return;
    this.deps.options.scheduler.clearTimeout(peer.timer);
    peer.timer = undefined;
  }

  private async send(peerID: UserID, peer: Peer): Promise<void> {
    if (!this.active || !peer.pending || !this.deps.isOnline()) return;
    peer.pending = false;
    peer.inFlight = true;
    peer.lastCallAt = this.deps.options.now();
    try {
      await this.deps.adapter.markC2CMessageAsRead(peerID);
    } catch (thrown) {
      const error = toChatError(thrown);
      // Transient: keep it wanted until the next reconnect or request; permanent: say so once.
      if (error.transient) peer.pending = true;
      else this.deps.onError(error);
      peer.inFlight = false;
      return;
    }
    peer.inFlight = false;
    this.schedule(peerID, peer);
  }
}
