import type { ChatEvent, LoginOptions } from '../adapter';
import { ChatError, ErrorCode, toChatError } from '../errors';
import type { StoreContext } from './context';
import { handleEvent, type ConnectionChange } from './handle-event';
import type { HistoryLoader } from './history';
import { conversationReceiptMessages, resyncReceipts } from './resync';
import { retryDelay } from './retry';

export interface Session {
  start(): () => void;
  login(options?: LoginOptions): Promise<void>;
  /** A call failed because the session is over. */
  end(reason: ChatError): void;
}

/**
 * Subscription, login and the reaction to (re)connects. A login that fails transiently is
 * retried with the kit's backoff. A session that ended (kicked, userSig expired) stays
 * `signedOut` whatever the link does, until `login()` succeeds again; queued work waits.
 */
export function createSession(ctx: StoreContext, history: HistoryLoader): Session {
  const { live, adapter } = ctx;
  let unsubscribe: (() => void) | undefined;
  let started: Promise<void> | undefined;
  let running: Promise<void> | undefined;
  let retryTimer: unknown;
  /** A retry was cancelled by dispose: the next start picks it up (StrictMode re-mounts). */
  let retryCancelled = false;
  let attempt = 0;
  let connectedBefore = false;
  let signedOut = false;
  let renewing = false;
  const early: ChatEvent[] = [];

  const end = (reason: ChatError): void => {
    if (signedOut) return;
    signedOut = true;
    live.setState({ connection: 'signedOut', connectionError: reason });
    ctx.reportError(reason);
    // Once per expiry: a renewed sig that is refused again waits for the app.
    if (reason.code === ErrorCode.USER_SIG_EXPIRED && !renewing) void renew(reason);
  };

  // The app may hand over a fresh userSig at once; queued work then goes out after the new login.
  const renew = async (reason: ChatError): Promise<void> => {
    const { renewSession } = ctx.options;
    if (!renewSession || unsubscribe === undefined) return;
    let options: LoginOptions | undefined;
    try {
      options = await renewSession(reason);
    } catch (thrown) {
      ctx.reportError(toChatError(thrown));
      return;
    }
    if (options === undefined || !signedOut) return;
    renewing = true;
    await login(options);
  };

  const setConnection = ({ state, reason }: ConnectionChange): void => {
    if (state === 'signedOut') return end(reason ?? new ChatError(ErrorCode.LOGGED_OUT, 'The session ended'));
    if (signedOut || live.getState().connection === state) return;
    live.setState({ connection: state });
    if (state !== 'connected' || live.getState().userID === null) return;
    const reconnect = connectedBefore;
    connectedBefore = true;
    ctx.reads.flush();
    if (reconnect) resync();
  };

  // Events may have been lost while offline: pull messages and authoritative counts again.
  const resync = (): void => {
    const pulls: Promise<void>[] = [];
    for (const [conversationID, conversation] of live.getState().conversations) {
      // A conversation whose first page failed (or was cut off) loads again too.
      if (conversation.status === 'idle') continue;
      pulls.push(history.refresh(conversationID).then(() => resyncReceipts(ctx, conversationReceiptMessages(ctx, conversationID))));
    }
    live.setState({ resync: 'loading' });
    void Promise.allSettled(pulls).then(() => live.setState({ resync: 'ready', resyncedAt: ctx.options.now() }));
  };

  const apply = (event: ChatEvent): void => {
    const change = handleEvent(ctx, event);
    if (change) setConnection(change);
  };

  const onEvent = (event: ChatEvent): void => {
    // Until login tells who "me" is, own messages cannot be told apart: hold events back.
    if (live.getState().userID === null) early.push(event);
    else apply(event);
  };

  const attemptLogin = async (options?: LoginOptions): Promise<void> => {
    live.setState({ session: 'loading', connection: 'connecting' });
    let userID: string;
    try {
      ({ userID } = await adapter.login(options));
    } catch (thrown) {
      failed(toChatError(thrown), options);
      return;
    }
    attempt = 0;
    signedOut = false;
    renewing = false;
    // What this user left pending before a reload goes back in the queues before they flush.
    if (live.getState().userID === null) await ctx.restorePending(userID);
    live.setState({ userID, session: 'ready', connectionError: null });
    setConnection({ state: 'connected', reason: undefined });
    // Link changes heard before the login are older than what it just established.
    for (const event of early.splice(0)) if (event.type !== 'connection') apply(event);
  };

  const failed = (error: ChatError, options: LoginOptions | undefined): void => {
    if (error.endsSession) {
      signedOut = false;
      live.setState({ session: 'error' });
      end(error);
      return;
    }
    if (!error.transient || unsubscribe === undefined) {
      live.setState({ session: 'error', connection: 'disconnected', connectionError: error });
      ctx.reportError(error);
      return;
    }
    // Still 'connecting': the UI says it keeps trying, and why.
    attempt += 1;
    live.setState({ connectionError: error });
    retryTimer = ctx.options.timers.setTimeout(() => {
      retryTimer = undefined;
      void login(options);
    }, retryDelay(error, attempt, ctx.options));
  };

  const login = (options?: LoginOptions): Promise<void> => {
    if (retryTimer !== undefined) {
      ctx.options.timers.clearTimeout(retryTimer);
      retryTimer = undefined;
    }
    running ??= attemptLogin(options).finally(() => (running = undefined));
    return running;
  };

  const start = (): (() => void) => {
    if (!unsubscribe) {
      unsubscribe = adapter.subscribe(onEvent);
      ctx.reads.resume();
      if (started === undefined || retryCancelled) started = login();
      retryCancelled = false;
    }
    let disposed = false;
    return () => {
      if (disposed) return;
      disposed = true;
      unsubscribe?.();
      unsubscribe = undefined;
      ctx.reads.pause();
      if (retryTimer === undefined) return;
      ctx.options.timers.clearTimeout(retryTimer);
      retryTimer = undefined;
      retryCancelled = true;
    };
  };

  return { start, login, end };
}
