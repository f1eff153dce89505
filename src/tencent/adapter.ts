import type { CompleteChatAdapter } from '../core/adapter';
import { ChatError, ErrorCode } from '../core/errors';
import { DEFAULT_REMIND_INTERVAL_MS } from '../core/limits';
import type { GroupType, UserProfile } from '../core/types';
import { Caller, DEFAULT_CALL_TIMEOUT_MS } from './calls';
import { readTencentCode, TencentCode, toTencentChatError } from './errors';
import { EventBridge } from './events';
import { GroupDirectory } from './groups';
import { loadHistory } from './history';
import { toUserProfile } from './mapping';
import { conversationFeatures } from './conversation-calls';
import { chunk, IssuedCursors, readMemberPage, SDK_USER_PROFILE_BATCH } from './members';
import { MessageCache } from './message-cache';
import { markC2CRead } from './read-marks';
import { getReadReceipts, sendReadReceipts } from './receipts';
import { remindUnread } from './reminders';
import { waitForReady } from './ready';
import type { SdkResponse, TencentChatLike } from './sdk';
import { sendText } from './send';
import { SessionWatch } from './session';
import { KnownUsers } from './users';

/** Options of `createTencentChatAdapter`. */
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
  /**
   * How long any other adapter call may take before it rejects with TIMEOUT. The SDK drops some
   * requests without ever settling them (a REST-API kick closes its socket).
   * @default 17000, past the SDK's own 15 s request timeout
   */
  callTimeoutMs?: number;
  /**
   * The user `login({ userSig })` logs in again after the session ended (kicked, userSig expired).
   * @default the user logged in when the adapter last saw the SDK ready
   */
  userID?: string;
  /** How many SDK Message objects are kept for receipt calls. @default 2000 */
  messageCacheSize?: number;
  /**
   * How long after a reminder about a message `remindUnread` refuses the next one for it (ms).
   * Tencent keeps no such limit: this adapter does, so another tab or device of the sender
   * counts its own. @default DEFAULT_REMIND_INTERVAL_MS (5 minutes)
   */
  remindIntervalMs?: number;
  /** The text of reminder messages, which other Tencent clients (not the kit) show as it is. @default 'Please read my message.' */
  reminderText?: string;
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
 * limit). Create the SDK from `import TencentCloudChat from '@tencentcloud/chat'`: the separate
 * group module replaces every error code of the SDK core with 2903.
 */
export function createTencentChatAdapter(chat: TencentChatLike, options: TencentChatAdapterOptions = {}): CompleteChatAdapter {
  const cache = new MessageCache(chat, options.messageCacheSize ?? 2000);
  const events = new EventBridge(chat, cache);
  const session = new SessionWatch(chat, (event) => events.emit(event), options.userID);
  const call = new Caller(session, options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS);
  const groups = new GroupDirectory(chat, new Set(options.receiptGroupTypes ?? ['Work', 'Public', 'Meeting']), call);
  const users = new KnownUsers(chat, call);
  const context = { chat, cache, groups, users, events, call, cursors: new IssuedCursors() };
  const reminders = {
    ...context,
    reminded: new Map<string, number>(),
    intervalMs: options.remindIntervalMs ?? DEFAULT_REMIND_INTERVAL_MS,
    text: options.reminderText ?? 'Please read my message.',
    mode: 'unknown' as 'unknown' | 'targeted' | 'at',
  };
  const readyTimeoutMs = options.readyTimeoutMs ?? 15_000;
  const guarded = <T>(action: string, run: () => Promise<T>) => call.guard(action, async () => run());

  return {
    async login(loginOptions = {}) {
      const userSig = loginOptions?.userSig;
      if (userSig !== undefined) {
        const userID = checkID(session.userID ?? chat.getLoginUser(), 'userID (the userID option)');
        if (typeof userSig !== 'string' || userSig === '') throw new ChatError(ErrorCode.INVALID_PARAMETER, 'userSig must be a non-empty string.');
        // Not through `call.sdk`: a refused login must say why, not why the last session ended.
        const relogin = chat.login({ userID, userSig }).catch((error: unknown) => {
          // 2025: a login is already under way; SDK_READY tells when it is done.
          if (readTencentCode(error) !== TencentCode.REPEAT_LOGIN) throw toTencentChatError(error, 'login');
        });
        await call.guard('login', () => relogin, readyTimeoutMs);
      }
      await waitForReady(chat, readyTimeoutMs);
      return { userID: session.requireUser() };
    },

    logout: () =>
      guarded('logout', () =>
        session.leave(async () => {
          events.feed.stop();
          if (chat.getLoginUser()) await call.sdk('logout', () => chat.logout());
        }),
      ),

    getUserProfiles: (userIDs) =>
      guarded('getUserProfiles', async () => {
        session.requireUser();
        if (!Array.isArray(userIDs)) throw new ChatError(ErrorCode.INVALID_PARAMETER, 'userIDs must be an array.');
        const wanted = [...new Set(userIDs.map((id) => checkID(id)))];
        const found = new Map<string, UserProfile>();
        for (const userIDList of chunk(wanted, SDK_USER_PROFILE_BATCH)) {
          const response: SdkResponse<Array<{ userID: string; nick?: string; avatar?: string }>> = await call.sdk(
            'getUserProfile',
            () => chat.getUserProfile({ userIDList }),
          );
          for (const profile of response.data ?? []) found.set(profile.userID, toUserProfile(profile));
        }
        return wanted.flatMap((id) => found.get(id) ?? []);
      }),

    getGroupInfo: (groupID) =>
      guarded('getGroupInfo', async () => {
        session.requireUser();
        return groups.fetch(checkID(groupID, 'groupID'));
      }),

    getMessageHistory: (query) =>
      guarded('getMessageHistory', async () => {
        session.requireUser();
        return loadHistory(context, query);
      }),

    sendMessage: (input) =>
      guarded('sendMessage', async () => {
        session.requireUser();
        return sendText(context, input);
      }),

    sendMessageReadReceipts: (messageIDs) =>
      guarded('sendMessageReadReceipts', async () => {
        session.requireUser();
        return sendReadReceipts(context, messageIDs);
      }),

    getMessageReadReceipts: (messageIDs) =>
      guarded('getMessageReadReceipts', async () => {
        session.requireUser();
        return getReadReceipts(context, messageIDs);
      }),

    getGroupMessageReadMemberList: (query) =>
      guarded('getGroupMessageReadMemberList', async () => {
        session.requireUser();
        return readMemberPage(context, query);
      }),

    markC2CMessageAsRead: (userID) =>
      guarded('markC2CMessageAsRead', async () => {
        const me = session.requireUser();
        if (checkID(userID) === me) {
          throw new ChatError(ErrorCode.INVALID_PARAMETER, 'Cannot mark a conversation with yourself as read.');
        }
        await users.require(userID);
        await markC2CRead(context, userID, me);
      }),

    remindUnread: (input) =>
      guarded('remindUnread', async () => {
        session.requireUser();
        return remindUnread(reminders, input);
      }),

    ...conversationFeatures({ ...context, me: () => session.requireUser() }, guarded),

    subscribe(listener) {
      return events.subscribe(listener);
    },
  };
}
