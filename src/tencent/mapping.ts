import { parseConversationID, type ParsedConversationID } from '../core/conversation-id';
import { ChatError, ErrorCode } from '../core/errors';
import type { GroupMemberProfile, GroupType, Message, MessageStatus, UserProfile } from '../core/types';
import { TYPES, type SdkMessage } from './sdk';

/** The SDK's 1:1 receipt timestamps are server seconds; older builds sent milliseconds. */
export function toMillis(time: number): number {
  return time < 1e11 ? time * 1000 : time;
}

/** The SDK's own conversation IDs, parsed by the kit's one rule; anything else is refused. */
export function requireConversation(conversationID: string): ParsedConversationID {
  const parsed = parseConversationID(conversationID);
  if (parsed !== undefined) return parsed;
  throw new ChatError(
    ErrorCode.CONVERSATION_NOT_FOUND,
    `Conversation ID "${String(conversationID)}" is neither 'C2C' + userID nor 'GROUP' + groupID.`,
  );
}

const STATUS = new Map<string, MessageStatus>([
  ['unSend', 'sending'],
  ['success', 'sent'],
  ['fail', 'failed'],
]);

/**
 * Text messages only: group tips, system notices and media have no text for the kit to show,
 * and a recalled or deleted message must not come back as an empty bubble.
 */
export function isDisplayable(message: SdkMessage): boolean {
  return message.type === TYPES.MSG_TEXT && !message.isRevoked && !message.isDeleted;
}

export function toKitMessage(message: SdkMessage, clientID?: string): Message {
  const payload = message.payload as { text?: unknown } | undefined;
  const kit: Message = {
    messageID: message.ID,
    conversationID: message.conversationID,
    senderID: message.from,
    text: typeof payload?.text === 'string' ? payload.text : '',
    // The SDK counts in seconds; the kit in milliseconds.
    time: Math.round(Number(message.time) * 1000) || 0,
    seq: Number.isFinite(message.sequence) ? message.sequence : 0,
    status: STATUS.get(message.status) ?? 'sent',
    needReadReceipt: message.needReadReceipt === true,
  };
  if (clientID !== undefined) kit.clientID = clientID;
  return kit;
}

const GROUP_TYPES = new Map<string, GroupType>([
  [TYPES.GRP_WORK, 'Work'],
  [TYPES.GRP_PUBLIC, 'Public'],
  [TYPES.GRP_MEETING, 'Meeting'],
  [TYPES.GRP_AVCHATROOM, 'AVChatRoom'],
  [TYPES.GRP_COMMUNITY, 'Community'],
]);

/** Maps `Group.type` ('Private', 'ChatRoom', ...) to the kit's names; undefined if unknown. */
export function toGroupType(sdkType: string): GroupType | undefined {
  return GROUP_TYPES.get(sdkType);
}

/** Types whose groups can never have receipts, whatever the console says. */
export const NEVER_RECEIPT_TYPES: ReadonlySet<GroupType> = new Set(['Community', 'AVChatRoom']);

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function toUserProfile(profile: { userID: string; nick?: string; avatar?: string }): UserProfile {
  const result: UserProfile = { userID: profile.userID };
  const nickname = nonEmpty(profile.nick);
  const avatarURL = nonEmpty(profile.avatar);
  if (nickname !== undefined) result.nickname = nickname;
  if (avatarURL !== undefined) result.avatarURL = avatarURL;
  return result;
}

export function toMemberProfile(member: {
  userID: string;
  nick?: string;
  avatar?: string;
  nameCard?: string;
}): GroupMemberProfile {
  const result: GroupMemberProfile = toUserProfile(member);
  const nameCard = nonEmpty(member.nameCard);
  if (nameCard !== undefined) result.nameCard = nameCard;
  return result;
}
