import { ChatError, ErrorCode } from '../core/errors';
import { readTencentCode, TencentCode, tencentError, toTencentChatError } from './errors';
import type { SessionWatch } from './session';

/**
 * The SDK rejects a request that got no answer after 15 s (its `_checkPromiseMap`, run every
 * second) with 2801. A 2903 that arrives this late was that timeout before the group module
 * re-wrapped it.
 */
export const SDK_REQUEST_TIMEOUT_MS = 15_000;

/** Default per-call deadline: past the SDK's own timeout and its 1 s check, so that one wins when it fires. */
export const DEFAULT_CALL_TIMEOUT_MS = 17_000;

/**
 * How the adapter calls the SDK. Each SDK call's rejection becomes a ChatError, with what
 * modules/group-module.js hid (it turns every core error into 2903) recovered from context
 * where the context tells: a session that ended, a link that is down, or the SDK's own
 * timeout. Each adapter call settles by a deadline, because the SDK can drop a request without
 * settling it (its socket close() clears pending requests after a REST-API kick).
 */
export class Caller {
  constructor(
    private readonly session: SessionWatch,
    private readonly deadlineMs: number,
  ) {}

  async sdk<T>(action: string, run: () => T | Promise<T>): Promise<T> {
    const started = Date.now();
    const drops = this.session.linkDrops;
    try {
      return await run();
    } catch (error) {
      throw this.explain(error, action, Date.now() - started, drops !== this.session.linkDrops);
    }
  }

  /** Runs one adapter call: rejects with TIMEOUT at the deadline, or with the reason as soon as the session ends. */
  guard<T>(action: string, run: () => Promise<T>, deadlineMs = this.deadlineMs): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        finish();
        reject(
          new ChatError(
            ErrorCode.TIMEOUT,
            `${action} did not settle within ${deadlineMs} ms: the SDK dropped the request or the link is down (callTimeoutMs).`,
          ),
        );
      }, deadlineMs);
      const stop = this.session.onEnd((reason) => {
        finish();
        reject(this.ended(action, reason));
      });
      function finish() {
        clearTimeout(timer);
        stop();
      }
      run().then(
        (value) => {
          finish();
          resolve(value);
        },
        (error: unknown) => {
          finish();
          reject(error);
        },
      );
    });
  }

  private explain(error: unknown, action: string, elapsedMs: number, linkDropped: boolean): ChatError {
    const reason = this.session.endReason;
    if (reason) return this.ended(action, reason);
    if (readTencentCode(error) !== TencentCode.UNCAUGHT_ERROR) return toTencentChatError(error, action);
    const hidden = 'modules/group-module.js reported it as 2903';
    if (elapsedMs >= SDK_REQUEST_TIMEOUT_MS) {
      return tencentError(ErrorCode.TIMEOUT, TencentCode.UNCAUGHT_ERROR, `${action} failed: the request timed out after ${Math.round(elapsedMs / 1000)} s (${hidden}); retry later.`, error);
    }
    if (linkDropped || !this.session.linkUp) {
      return tencentError(ErrorCode.NETWORK, TencentCode.UNCAUGHT_ERROR, `${action} failed while the link was down (${hidden}); it will be retried when the connection is back.`, error);
    }
    return toTencentChatError(error, action);
  }

  private ended(action: string, reason: ChatError): ChatError {
    return new ChatError(reason.code, `${action} failed: ${reason.message}`, { cause: reason, backendCode: reason.backendCode });
  }
}
