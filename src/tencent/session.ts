import type { ChatEvent } from '../core/adapter';
import { ChatError, ErrorCode } from '../core/errors';
import type { ConnectionState } from '../core/types';
import { TencentCode, tencentError } from './errors';
import { EVENT, TYPES, type SdkEvent, type TencentChatLike } from './sdk';

type LinkState = Exclude<ConnectionState, 'signedOut'>;

/** KICKED_OUT's `data.type` (TencentCloudChat.TYPES.KICKED_OUT_*) → why the session ended. */
const KICKS: ReadonlyMap<string, { code: ErrorCode; tencentCode: number; why: string }> = new Map([
  ['multipleDevice', { code: ErrorCode.KICKED_OUT, tencentCode: TencentCode.KICKED_OUT_MULT_DEVICE, why: 'the same user logged in on another device' }],
  ['multipleAccount', { code: ErrorCode.KICKED_OUT, tencentCode: TencentCode.KICKED_OUT_MULT_ACCOUNT, why: 'another account logged in on this page' }],
  ['userSigExpired', { code: ErrorCode.USER_SIG_EXPIRED, tencentCode: TencentCode.KICKED_OUT_USERSIG_EXPIRED, why: 'the userSig expired' }],
  ['REST_API_Kick', { code: ErrorCode.KICKED_BY_SERVER, tencentCode: TencentCode.KICKED_OUT_REST_API, why: 'your server logged the user out (REST API)' }],
]);

const LINK_STATES: ReadonlySet<string> = new Set([TYPES.NET_STATE_CONNECTED, TYPES.NET_STATE_CONNECTING, TYPES.NET_STATE_DISCONNECTED]);

/**
 * The session as the kit must see it. After a kick or an expired userSig the SDK resets, then
 * reconnects its socket and reports NET_STATE_CHANGE connecting → connected although nobody is
 * logged in; so the end is kept here, link changes are held back until the next SDK_READY, and
 * every call fails with the reason instead of the transient NOT_LOGGED_IN. Listens from creation
 * on, subscribed or not, because calls need the state too.
 */
export class SessionWatch {
  private ended: ChatError | undefined;
  private link: LinkState = 'connected';
  /** Counts the link going down, so a call can tell that it did while the call was out. */
  linkDrops = 0;
  private readonly endListeners = new Set<(reason: ChatError) => void>();
  /** adapter.logout() is under way: the SDK_NOT_READY it causes is no ended session. */
  private leaving = false;
  /** The user to log in again after the session ended. */
  userID: string | undefined;

  constructor(
    private readonly chat: Pick<TencentChatLike, 'on' | 'getLoginUser' | 'isReady'>,
    private readonly emit: (event: ChatEvent) => void,
    userID?: string,
  ) {
    this.userID = userID;
    chat.on(EVENT.KICKED_OUT, (event: SdkEvent<{ type?: string }>) => this.onKicked(event.data?.type));
    chat.on(EVENT.NET_STATE_CHANGE, (event: SdkEvent<{ state?: string }>) => this.onLink(event.data?.state));
    chat.on(EVENT.SDK_READY, () => this.onReady());
    chat.on(EVENT.SDK_NOT_READY, () => this.onNotReady());
  }

  /** Why the session ended, until the next successful login. */
  get endReason(): ChatError | undefined {
    return this.ended;
  }

  get linkUp(): boolean {
    return this.link === 'connected';
  }

  /** The logged-in user, or the error every call gets instead: the end's reason, not logged in, or not ready. */
  requireUser(): string {
    if (this.ended) throw this.ended;
    const userID = String(this.chat.getLoginUser() ?? '');
    if (userID === '') {
      throw new ChatError(ErrorCode.NOT_LOGGED_IN, 'No user is logged in: call chat.login({ userID, userSig }), then adapter.login().');
    }
    if (!this.chat.isReady()) {
      throw new ChatError(ErrorCode.SDK_NOT_READY, 'The SDK is not ready yet: wait for adapter.login() (SDK_READY), then retry.');
    }
    this.userID = userID;
    return userID;
  }

  /** Runs the kit's own logout: that is not an ended session the kit must report. */
  async leave(logout: () => Promise<void>): Promise<void> {
    this.ended = undefined;
    this.leaving = true;
    try {
      await logout();
    } finally {
      this.leaving = false;
    }
  }

  /** Calls a listener once when the session ends; returns the function that stops listening. */
  onEnd(listener: (reason: ChatError) => void): () => void {
    this.endListeners.add(listener);
    return () => this.endListeners.delete(listener);
  }

  private onKicked(type: string | undefined): void {
    const kick = KICKS.get(String(type)) ?? { code: ErrorCode.KICKED_OUT, tencentCode: undefined, why: `the SDK reported KICKED_OUT (${String(type)})` };
    this.end(kick.code, kick.tencentCode, kick.why);
  }

  /** After a kick the SDK resets too (KICKED_OUT comes first); alone, it means the app called chat.logout(). */
  private onNotReady(): void {
    if (this.ended || this.leaving) return;
    this.end(ErrorCode.LOGGED_OUT, TencentCode.LOGGED_OUT, 'the app logged the SDK out (chat.logout())');
  }

  private end(code: ErrorCode, tencentCode: number | undefined, why: string): void {
    const who = this.userID ? ` "${this.userID}"` : '';
    const reason = tencentError(
      code,
      tencentCode,
      `The session of${who} ended: ${why}. Nothing is retried until adapter.login() (with a new userSig where one is needed) succeeds.`,
    );
    this.ended = reason;
    this.emit({ type: 'connection', state: 'signedOut', reason });
    for (const listener of [...this.endListeners]) listener(reason);
  }

  private onLink(state: string | undefined): void {
    if (typeof state !== 'string' || !LINK_STATES.has(state)) return;
    if (state !== TYPES.NET_STATE_CONNECTED && this.link === 'connected') this.linkDrops += 1;
    this.link = state as LinkState;
    if (!this.ended) this.emit({ type: 'connection', state: this.link });
  }

  private onReady(): void {
    this.userID = String(this.chat.getLoginUser() ?? '') || this.userID;
    if (!this.ended) return;
    this.ended = undefined;
    this.emit({ type: 'connection', state: this.link });
  }
}
