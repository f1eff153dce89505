import type { ChatAdapter, SendMessageInput } from '../core/adapter';
import { ChatError, ErrorCode } from '../core/errors';
import { MAX_MESSAGE_TEXT_LENGTH } from '../core/limits';
import type { GroupType, UserProfile } from '../core/types';
import { callSdk } from './errors';
import { EventBridge } from './events';
import { GroupDirectory } from './groups';
import { loadHistory } from './history';
import { requireConversation, toKitMessage, toUserProfile } from './mapping';
import { chunk, IssuedCursors, readMemberPage, SDK_USER_PROFILE_BATCH } from './members';
import { MessageCache } from './message-cache';
import { getReadReceipts, sendReadReceipts } from './receipts';
import { waitForReady } from './ready';
import { KnownUsers, requireSession } from './session';
import { sdkType, TYPES, type SdkMessage, type SdkResponse, type TencentChatLike } from './sdk';

export interface TencentChatAdapterOptions {
  /**
   * Group types whose read receipts are switched on in the Chat console (Feature Configuration >
   * Login and Message > Group Message Read Receipts). The SDK cannot read that switch.
   * Community and AVChatRoom never have receipts, whatever is listed.
   * @default ['Work', 'Public', 'Meeting']
   */
  receiptGroupTypes?: readonly GroupType[];
  /** How long `login()` waits for SDK_READY before rejecting with SDK_NOT_READY. @default 15000 */
  readyTimeoutMs?: number;
  /** How many SDK Message objects are kept for receipt calls. @default 2000 */
  messageCacheSize?: number;
}

function checkInput(input: SendMessageInput): void {
  if (typeof input.text !== 'string') {
    throw new ChatError(ErrorCode.INVALID_PARAMETER, 'Message text must be a string.');
  }
  if (typeof input.needReadReceipt !== 'boolean') {
    throw new ChatError(ErrorCode.INVALID_PARAMETER, 'needReadReceipt must be a boolean.');
  }
  if (input.clientID !== undefined && typeof input.clientID !== 'string') {
    throw new ChatError(ErrorCode.INVALID_PARAMETER, 'clientID must be a string.');
  }
  if (input.text.length > MAX_MESSAGE_TEXT_LENGTH) {
    throw new ChatError(ErrorCode.INVALID_PARAMETER, `Message text is longer than ${MAX_MESSAGE_TEXT_LENGTH} characters.`);
  }
}

function checkID(value: unknown, name = 'userID'): string {
  if (typeof value !== 'string' || value === '') {
    throw new ChatError(ErrorCode.INVALID_PARAMETER, `${name} must be a non-empty string.`);
  }
  return value;
}

/**
 * A ChatAdapter over an instance of Tencent Cloud Chat's Web SDK (`@tencentcloud/chat` ≥ 3.6)
 * that the app created and logs in itself. Group read receipts need a paid edition, the
 * console switch for the group's type, and work for groups of at most 200 members (a service
 * limit); the ESM build also needs the group module passed to `create()`.
 */
export function createTencentChatAdapter(chat: TencentChatLike, options: TencentChatAdapterOptions = {}): ChatAdapter {
  const cache = new MessageCache(chat, options.messageCacheSize ?? 2000);
  const groups = new GroupDirectory(chat, new Set(options.receiptGroupTypes ?? ['Work', 'Public', 'Meeting']));
  const events = new EventBridge(chat, cache);
  const context = { chat, cache, groups, cursors: new IssuedCursors() };
  const users = new KnownUsers(chat);
  const session = () => requireSession(chat);
  const readyTimeoutMs = options.readyTimeoutMs ?? 15_000;

  return {
    async login() {
      await waitForReady(chat, readyTimeoutMs);
      return { userID: session() };
    },

    async logout() {
      await callSdk('logout', () => chat.logout());
    },

    async getUserProfiles(userIDs) {
      session();
      if (!Array.isArray(userIDs)) throw new ChatError(ErrorCode.INVALID_PARAMETER, 'userIDs must be an array.');
      const wanted = [...new Set(userIDs.map((id) => checkID(id)))];
      const found = new Map<string, UserProfile>();
      for (const userIDList of chunk(wanted, SDK_USER_PROFILE_BATCH)) {
        const response: SdkResponse<Array<{ userID: string; nick?: string; avatar?: string }>> = await callSdk(
          'getUserProfile',
          () => chat.getUserProfile({ userIDList }),
        );
        for (const profile of response.data ?? []) found.set(profile.userID, toUserProfile(profile));
      }
      return wanted.flatMap((id) => found.get(id) ?? []);
    },

    async getGroupInfo(groupID) {
      session();
      return groups.fetch(checkID(groupID, 'groupID'));
    },

    async getMessageHistory(query) {
      session();
      return loadHistory(chat, cache, query);
    },

    async sendMessage(input) {
      session();
      if (typeof input !== 'object' || input === null) {
        throw new ChatError(ErrorCode.INVALID_PARAMETER, 'sendMessage needs an input object.');
      }
      checkInput(input);
      const conversation = requireConversation(input.conversationID);
      if (conversation.type === 'group' && input.needReadReceipt) {
        await groups.assertReceiptsEnabled(conversation.groupID);
      }
      if (conversation.type === 'c2c') await users.require(conversation.peerID);
      const created = await callSdk('createTextMessage', async () =>
        chat.createTextMessage({
          to: conversation.type === 'group' ? conversation.groupID : conversation.peerID,
          conversationType: sdkType(conversation.type === 'group' ? TYPES.CONV_GROUP : TYPES.CONV_C2C),
          payload: { text: input.text },
          needReadReceipt: input.needReadReceipt,
        }),
      );
      cache.remember(created, input.clientID);
      const response: SdkResponse<{ message?: SdkMessage }> = await callSdk('sendMessage', () =>
        chat.sendMessage(created),
      );
      const sent = response.data?.message ?? created;
      cache.remember(sent, input.clientID);
      return toKitMessage(sent, input.clientID);
    },

    async sendMessageReadReceipts(messageIDs) {
      session();
      return sendReadReceipts(context, messageIDs);
    },

    async getMessageReadReceipts(messageIDs) {
      session();
      return getReadReceipts(context, messageIDs);
    },

    async getGroupMessageReadMemberList(query) {
      session();
      return readMemberPage(context, query);
    },

    async markC2CMessageAsRead(userID) {
      if (checkID(userID) === session()) {
        throw new ChatError(ErrorCode.INVALID_PARAMETER, 'Cannot mark a conversation with yourself as read.');
      }
      await users.require(userID);
      const conversationID = TYPES.CONV_C2C + userID;
      await callSdk('setMessageRead', () => chat.setMessageRead({ conversationID }));
    },

    subscribe(listener) {
      return events.subscribe(listener);
    },
  };
}
