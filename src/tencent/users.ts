import { ChatError, ErrorCode } from '../core/errors';
import type { Caller } from './calls';
import type { SdkResponse, TencentChatLike } from './sdk';

/**
 * The SDK neither rejects 1:1 sends to unregistered accounts up front nor marks such chats
 * read with an error, so existence is checked with getUserProfile once per peer.
 */
export class KnownUsers {
  private readonly known = new Set<string>();

  constructor(
    private readonly chat: Pick<TencentChatLike, 'getUserProfile'>,
    private readonly call: Caller,
  ) {}

  async require(userID: string): Promise<void> {
    if (this.known.has(userID)) return;
    const response: SdkResponse<Array<{ userID: string }>> = await this.call.sdk('getUserProfile', () =>
      this.chat.getUserProfile({ userIDList: [userID] }),
    );
    if (!(response.data ?? []).some((profile) => profile.userID === userID)) {
      throw new ChatError(ErrorCode.USER_NOT_FOUND, `User "${userID}" is not registered in this Chat app.`);
    }
    this.known.add(userID);
  }
}
