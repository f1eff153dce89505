import { ChatError, ErrorCode } from '../core/errors';
import { callSdk } from './errors';
import type { SdkResponse, TencentChatLike } from './sdk';

/**
 * Calls fail fast with the kit's session codes instead of whatever each SDK method does
 * before login (some reject, findMessage even returns a promise).
 */
export function requireSession(chat: Pick<TencentChatLike, 'getLoginUser' | 'isReady'>): string {
  const userID = String(chat.getLoginUser() ?? '');
  if (userID === '') {
    throw new ChatError(ErrorCode.NOT_LOGGED_IN, 'No user is logged in: call chat.login({ userID, userSig }), then adapter.login().');
  }
  if (!chat.isReady()) {
    throw new ChatError(ErrorCode.SDK_NOT_READY, 'The SDK is not ready yet: wait for adapter.login() (SDK_READY), then retry.');
  }
  return userID;
}

/**
 * The SDK neither rejects 1:1 sends to unregistered accounts up front nor marks such chats
 * read with an error, so existence is checked with getUserProfile once per peer.
 */
export class KnownUsers {
  private readonly known = new Set<string>();

  constructor(private readonly chat: Pick<TencentChatLike, 'getUserProfile'>) {}

  async require(userID: string): Promise<void> {
    if (this.known.has(userID)) return;
    const response: SdkResponse<Array<{ userID: string }>> = await callSdk('getUserProfile', () =>
      this.chat.getUserProfile({ userIDList: [userID] }),
    );
    if (!(response.data ?? []).some((profile) => profile.userID === userID)) {
      throw new ChatError(ErrorCode.USER_NOT_FOUND, `User "${userID}" is not registered in this Chat app.`);
    }
    this.known.add(userID);
  }
}
