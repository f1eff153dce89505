import type { ChatAdapterFeatures } from '../core/adapter';
import { ChatError, ErrorCode } from '../core/errors';
import { validateUnreadTotal } from '../core/validate-conversations';
import type { Caller } from './calls';
import { pageOf, toSummaries, toSummary } from './conversations';
import type { EventBridge } from './events';
import type { GroupDirectory } from './groups';
import { requireConversation } from './mapping';
import type { MessageCache } from './message-cache';
import { markC2CRead } from './read-marks';
import type { SdkConversation, SdkResponse, TencentChatLike } from './sdk';
import type { KnownUsers } from './users';

export interface ConversationContext {
  chat: Pick<TencentChatLike, 'getConversationList' | 'getConversationProfile' | 'getTotalUnreadMessageCount' | 'setMessageRead'>;
  cache: MessageCache;
  groups: GroupDirectory;
  users: KnownUsers;
  events: EventBridge;
  call: Caller;
  /** The logged-in user; throws NOT_LOGGED_IN otherwise. */
  me(): string;
}

type Guard = <T>(action: string, run: () => Promise<T>) => Promise<T>;

/**
 * One of the user's own conversations, checked as the other calls check them: a group through
 * its profile (NO_PERMISSION for a non-member, GROUP_NOT_FOUND), a peer through its profile
 * (USER_NOT_FOUND). The SDK itself answers anything, making up a conversation if need be.
 */
async function own(context: ConversationContext, conversationID: unknown) {
  if (typeof conversationID !== 'string' || conversationID === '') {
    throw new ChatError(ErrorCode.INVALID_PARAMETER, 'conversationID must be a non-empty string.');
  }
  const conversation = requireConversation(conversationID);
  if (conversation.type === 'group') {
    await context.groups.introduce(conversation.groupID);
  } else {
    if (conversation.peerID === context.me()) throw new ChatError(ErrorCode.INVALID_PARAMETER, 'A 1:1 conversation needs a peer other than yourself.');
    await context.users.require(conversation.peerID);
  }
  return conversation;
}

/** The conversation list calls (`getConversationList`, `getConversationProfile`, `setMessageRead`, `getTotalUnreadMessageCount`). */
export function conversationFeatures(context: ConversationContext, guarded: Guard): Omit<ChatAdapterFeatures, 'remindUnread'> {
  const { chat, cache, call, events } = context;
  const report = (error: ChatError) => events.report(error);
  return {
    getConversationList: (query) =>
      guarded('getConversationList', async () => {
        context.me();
        const response: SdkResponse<{ conversationList?: SdkConversation[] }> = await call.sdk('getConversationList', () => chat.getConversationList());
        const rows = toSummaries(response.data?.conversationList ?? [], cache, report);
        const page = pageOf(rows, query);
        events.feed.start({ rows });
        return page;
      }),

    getConversation: (conversationID) =>
      guarded('getConversation', async () => {
        const { conversationID: id } = await own(context, conversationID);
        const response: SdkResponse<{ conversation?: SdkConversation }> = await call.sdk('getConversationProfile', () => chat.getConversationProfile(id));
        // A 1:1 chat without messages is in no list, but asked for by ID it exists: nothing to read yet.
        const row = toSummary(response.data?.conversation ?? { conversationID: id, type: '' }, cache, true);
        if (row === undefined) throw new ChatError(ErrorCode.MALFORMED_PAYLOAD, `getConversationProfile answered no conversation for ${id}.`);
        return row;
      }),

    markConversationRead: (conversationID) =>
      guarded('markConversationRead', async () => {
        const conversation = await own(context, conversationID);
        if (conversation.type === 'c2c') return markC2CRead(context, conversation.peerID, context.me());
        await call.sdk('setMessageRead', () => chat.setMessageRead({ conversationID: conversation.conversationID }));
      }),

    getTotalUnreadMessageCount: () =>
      guarded('getTotalUnreadMessageCount', async () => {
        context.me();
        const total = validateUnreadTotal(await call.sdk('getTotalUnreadMessageCount', () => chat.getTotalUnreadMessageCount()));
        events.feed.start({ total });
        return total;
      }),
  };
}
