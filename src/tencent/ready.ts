import { ChatError, ErrorCode } from '../core/errors';
import { EVENT, type TencentChatLike } from './sdk';

/**
 * Resolves once the SDK is ready. The app logs in itself, possibly after creating the adapter,
 * so a not-yet-ready SDK is waited for rather than failed; a timeout keeps a forgotten
 * `chat.login()` from hanging the kit forever.
 */
export function waitForReady(chat: Pick<TencentChatLike, 'isReady' | 'on' | 'off'>, timeoutMs: number): Promise<void> {
  if (chat.isReady()) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const onReady = () => {
      cleanup();
      resolve();
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(
        new ChatError(
          ErrorCode.SDK_NOT_READY,
          `Tencent Cloud Chat did not become ready within ${timeoutMs} ms: call chat.login({ userID, userSig }) ` +
            'and check the SDKAppID, userSig and network.',
        ),
      );
    }, timeoutMs);
    function cleanup() {
      clearTimeout(timer);
      chat.off(EVENT.SDK_READY, onReady);
    }
    chat.on(EVENT.SDK_READY, onReady);
    // Ready may have been reached between the first check and registering the handler.
    if (chat.isReady()) onReady();
  });
}
