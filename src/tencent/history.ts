import type { HistoryQuery } from '../core/adapter';
import { ChatError, ErrorCode } from '../core/errors';
import { DEFAULT_HISTORY_PAGE_SIZE, MAX_HISTORY_PAGE_SIZE } from '../core/limits';
import type { HistoryPage, Message } from '../core/types';
import type { Caller } from './calls';
import type { GroupDirectory } from './groups';
import { isDisplayable, requireConversation } from './mapping';
import type { MessageCache } from './message-cache';
import { isReminderMessage } from './reminder-marker';
import type { SdkMessage, SdkResponse, TencentChatLike } from './sdk';

/** `getMessageList` returns at most 15 messages per call. */
export const SDK_HISTORY_BATCH = 15;

interface SdkMessageListData {
  messageList: SdkMessage[];
  nextReqMessageID: string;
  isCompleted: boolean;
}

type GetMessageListOptions = Parameters<TencentChatLike['getMessageList']>[0];

function pageSize(count: unknown): number {
  if (count === undefined) return DEFAULT_HISTORY_PAGE_SIZE;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
    throw new ChatError(ErrorCode.INVALID_PARAMETER, `count must be a positive integer (got ${String(count)}).`);
  }
  return Math.min(count, MAX_HISTORY_PAGE_SIZE);
}

export interface HistoryContext {
  chat: Pick<TencentChatLike, 'getMessageList'>;
  cache: MessageCache;
  groups: GroupDirectory;
  call: Caller;
}

/**
 * One kit page may span several SDK pages of 15: the kit's page size is honoured by walking
 * `nextReqMessageID` back until enough messages arrived or the conversation is exhausted.
 */
export async function loadHistory(context: HistoryContext, query: HistoryQuery): Promise<HistoryPage> {
  const { chat, cache, call } = context;
  if (typeof query !== 'object' || query === null) {
    throw new ChatError(ErrorCode.INVALID_PARAMETER, 'getMessageHistory needs a query object.');
  }
  if (query.cursor !== undefined && typeof query.cursor !== 'string') {
    throw new ChatError(ErrorCode.INVALID_PARAMETER, 'cursor must be the nextCursor string of the previous page.');
  }
  const conversation = requireConversation(query.conversationID);
  const { conversationID } = conversation;
  // Before any of the group's messages are in SDK memory (see GroupDirectory.introduce).
  if (conversation.type === 'group') await context.groups.introduce(conversation.groupID);
  let remaining = pageSize(query.count);
  let cursor = query.cursor ?? '';
  let isCompleted = false;
  const pages: SdkMessage[][] = [];
  while (remaining > 0 && !isCompleted) {
    // `count` is accepted at runtime (≤ 15) but missing from the SDK's option type.
    const options: GetMessageListOptions & { count: number } = {
      conversationID,
      count: Math.min(remaining, SDK_HISTORY_BATCH),
    };
    if (cursor !== '') options.nextReqMessageID = cursor;
    const response: SdkResponse<SdkMessageListData> = await call.sdk('getMessageList', () =>
      chat.getMessageList(options),
    );
    const list = Array.isArray(response.data?.messageList) ? response.data.messageList : [];
    pages.unshift(list);
    remaining -= list.length;
    cursor = response.data?.nextReqMessageID ?? '';
    // No cursor means nothing older can be asked for, whatever isCompleted says.
    isCompleted = response.data?.isCompleted === true || cursor === '' || list.length === 0;
  }
  const messages: Message[] = [];
  for (const message of pages.flat()) {
    // A reminder is not part of the conversation (it reached its receivers as an event).
    if (isReminderMessage(message)) continue;
    cache.remember(message);
    if (isDisplayable(message)) messages.push(cache.kit(message));
  }
  return { messages, nextCursor: isCompleted ? '' : cursor, isFinished: isCompleted };
}
