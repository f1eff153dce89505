import { useStore } from 'zustand';
import { groupIDOf } from '../../core/conversation-id';
import { selectShowReceipts } from '../../core/store';
import type { ConversationID } from '../../core/types';
import { useChatContext } from '../chat-context';
import { useGroupInfo } from '../use-group-info';

/**
 * Whether badges show in a conversation: the app's privacy setting allows it and, for a group,
 * the backend enables receipts for its type (Community and AVChatRoom never do). Unknown
 * until the group info arrives, so badges never flash zeros for an unsupported group.
 */
export function useReceiptsEnabled(conversationID: ConversationID): boolean {
  const { store } = useChatContext('useReceiptsEnabled');
  const showReceipts = useStore(store, selectShowReceipts);
  const groupID = groupIDOf(conversationID);
  const group = useGroupInfo(groupID);
  if (!showReceipts) return false;
  if (groupID === undefined) return true;
  return group.data?.receiptsEnabled === true;
}

/**
 * Whether the conversation is a group whose type is known to have no receipts. False while
 * its info is on its way (and on the server), so the note never flashes in a group that has them.
 */
export function useReceiptsUnavailable(conversationID: ConversationID): boolean {
  const group = useGroupInfo(groupIDOf(conversationID));
  return group.data?.receiptsEnabled === false;
}
