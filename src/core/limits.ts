/**
 * Limits shared by every adapter, so the store and the contract suite agree with backends.
 * Tencent's own caps are lower in places (30 receipts per call); its adapter splits batches.
 */

/** Most message IDs accepted by one `sendMessageReadReceipts` / `getMessageReadReceipts` call. */
export const MAX_RECEIPT_BATCH = 100;

/** `getGroupMessageReadMemberList` page size: default and cap (as in Tencent's SDK). */
export const DEFAULT_MEMBER_PAGE_SIZE = 100;
/** The most members one `getGroupMessageReadMemberList` page holds (as in Tencent's SDK). */
export const MAX_MEMBER_PAGE_SIZE = 100;

/** `getMessageHistory` page size: default and cap. */
export const DEFAULT_HISTORY_PAGE_SIZE = 20;
/** The most messages one `getMessageHistory` call returns. */
export const MAX_HISTORY_PAGE_SIZE = 100;

/** Longest message text accepted, in UTF-16 code units (Tencent caps a message at 12 KB). */
export const MAX_MESSAGE_TEXT_LENGTH = 8000;

/** `getConversationList` page size: default and cap. */
export const DEFAULT_CONVERSATION_PAGE_SIZE = 50;
/** The most conversations one `getConversationList` page holds. */
export const MAX_CONVERSATION_PAGE_SIZE = 100;

/** How long `remindUnread` refuses a second reminder about the same message, unless a backend is set otherwise (5 minutes). */
export const DEFAULT_REMIND_INTERVAL_MS = 5 * 60_000;
