import { sigFor } from './harness';

/**
 * Params each op accepts on the ws fixture (alice in `team`), so a test can break one field and
 * know that field is the only thing wrong.
 */
export const VALID_PARAMS: Readonly<Record<string, Record<string, unknown>>> = {
  login: { userID: 'alice', userSig: sigFor('alice') },
  logout: {},
  getUserProfiles: { userIDs: ['bob'] },
  getGroupInfo: { groupID: 'team' },
  getMessageHistory: { conversationID: 'GROUPteam', cursor: '', count: 20 },
  sendMessage: { conversationID: 'GROUPteam', text: 'x', needReadReceipt: true, clientID: 'c1' },
  sendMessageReadReceipts: { messageIDs: ['m1'] },
  getMessageReadReceipts: { messageIDs: ['m1'] },
  getGroupMessageReadMemberList: { messageID: 'm1', filter: 'read', nextSeq: '', count: 10 },
  markC2CMessageAsRead: { peerID: 'bob' },
  remindUnread: { messageID: 'm1' },
  getConversationList: { nextSeq: '', count: 10 },
  getConversation: { conversationID: 'GROUPteam' },
  markConversationRead: { conversationID: 'GROUPteam' },
  getTotalUnreadMessageCount: {},
};

/** A frame of `op` with valid params where `field` is the raw JSON `value`. */
export function frameWith(id: number, op: string, field: string, value: string): string {
  const marker = '"__VALUE__"';
  return JSON.stringify({ id, op, params: { ...VALID_PARAMS[op], [field]: '__VALUE__' } }).replace(marker, value);
}
