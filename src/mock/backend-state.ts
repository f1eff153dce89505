import { ChatError, ErrorCode } from '../core';
import type { ConversationID, GroupID, GroupType, MessageID, UserID, UserProfile } from '../core';
import { parseConversationID } from '../core/conversation-id';
import type { EventHub } from './event-hub';
import { isMember, type GroupRecord } from './group-state';
import type { MessageRecord } from './message-state';
import { invalid } from './params';
import { ReadPositions } from './read-positions';

/** Group types that can never have receipts, whatever the console says. */
const NEVER_RECEIPTS: ReadonlySet<GroupType> = new Set<GroupType>(['Community', 'AVChatRoom']);

/** A 1:1 conversation, keyed by the sorted pair. `reads`: how far each side has read. */
export interface C2CRecord {
  messages: MessageRecord[];
  reads: ReadPositions;
}

export type ResolvedConversation =
  | { kind: 'group'; group: GroupRecord; messages: MessageRecord[] }
  | { kind: 'c2c'; peerID: UserID; c2c: C2CRecord; messages: MessageRecord[] };

/** The backend's in-memory data and the lookups every operation shares. */
export class BackendState {
  readonly users = new Map<UserID, UserProfile>();
  readonly groups = new Map<GroupID, GroupRecord>();
  readonly c2c = new Map<string, C2CRecord>();
  readonly messages = new Map<MessageID, MessageRecord>();
  receiptTypes: Set<GroupType>;
  /** Each sender's messages by the clientID it sent them with: a repeated send is the same message. */
  readonly byClientID = new Map<string, MessageRecord>();
  /** Who each user has a 1:1 record with, so listing one user's chats never walks everyone's. */
  readonly c2cPeers = new Map<UserID, Set<UserID>>();
  /** Each user's do-not-disturb conversations, by the conversation ID as that user sees it. */
  readonly muted = new Map<UserID, Set<ConversationID>>();
  /** When each message was last reminded about (`remindUnread`). */
  readonly reminded = new Map<MessageID, number>();
  private messageCounter = 0;
  private readonly idPrefix: string;

  constructor(
    readonly clock: () => number,
    readonly hub: EventHub,
    receiptTypes: readonly GroupType[],
    idPrefix: string | undefined,
    /** How long `remindUnread` refuses a second reminder about one message (ms). */
    readonly remindInterval: number,
  ) {
    this.receiptTypes = new Set(receiptTypes);
    // A restarted backend must never hand out an ID a client still holds: the prefix names
    // this instance (its start time and a random part), the counter the message within it.
    this.idPrefix = idPrefix ?? `${clock().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  }

  nextMessageID(): MessageID {
    this.messageCounter += 1;
    return `msg-${this.idPrefix}-${this.messageCounter.toString(36).padStart(4, '0')}`;
  }

  isMuted(userID: UserID, conversationID: ConversationID): boolean {
    return this.muted.get(userID)?.has(conversationID) === true;
  }

  receiptsEnabled(type: GroupType): boolean {
    return this.receiptTypes.has(type) && !NEVER_RECEIPTS.has(type);
  }

  requireUser(userID: UserID): UserProfile {
    const user = this.users.get(userID);
    if (user === undefined) throw new ChatError(ErrorCode.USER_NOT_FOUND, `Unknown user ${JSON.stringify(userID)}`);
    return user;
  }

  requireGroup(groupID: GroupID): GroupRecord {
    const group = this.groups.get(groupID);
    if (group === undefined) throw new ChatError(ErrorCode.GROUP_NOT_FOUND, `Unknown group ${JSON.stringify(groupID)}`);
    return group;
  }

  requireReceiptsEnabled(group: GroupRecord): void {
    if (this.receiptsEnabled(group.type)) return;
    const why = NEVER_RECEIPTS.has(group.type)
      ? `${group.type} groups never support read receipts`
      : `read receipts are not enabled for ${group.type} groups in the console setting`;
    throw new ChatError(ErrorCode.RECEIPTS_NOT_ENABLED, `Group ${JSON.stringify(group.groupID)}: ${why}`);
  }

  c2cRecord(a: UserID, b: UserID): C2CRecord {
    const key = JSON.stringify(a < b ? [a, b] : [b, a]);
    let record = this.c2c.get(key);
    if (record === undefined) {
      record = { messages: [], reads: new ReadPositions() };
      this.c2c.set(key, record);
      for (const [one, other] of [[a, b], [b, a]] as const) {
        const peers = this.c2cPeers.get(one) ?? new Set<UserID>();
        peers.add(other);
        this.c2cPeers.set(one, peers);
      }
    }
    return record;
  }

  /** A conversation as `viewer` sees it; throws when it does not exist or is not theirs. */
  resolveConversation(viewer: UserID, conversationID: ConversationID): ResolvedConversation {
    if (typeof conversationID !== 'string') throw invalid('conversationID must be a string');
    const parsed = parseConversationID(conversationID);
    if (parsed?.type === 'group') {
      const group = this.requireGroup(parsed.groupID);
      if (!isMember(group, viewer)) {
        throw new ChatError(ErrorCode.NO_PERMISSION, `${JSON.stringify(viewer)} is not a member of group ${JSON.stringify(group.groupID)}`);
      }
      return { kind: 'group', group, messages: group.messages };
    }
    if (parsed?.type === 'c2c') {
      const { peerID } = parsed;
      this.requireUser(peerID);
      if (peerID === viewer) throw invalid('A 1:1 conversation needs a peer other than yourself');
      const c2c = this.c2cRecord(viewer, peerID);
      return { kind: 'c2c', peerID, c2c, messages: c2c.messages };
    }
    throw new ChatError(ErrorCode.CONVERSATION_NOT_FOUND, `Unknown conversation ${JSON.stringify(conversationID)}`);
  }

  /**
   * A message `viewer` may see. One in a conversation the viewer is not part of (another
   * pair's 1:1, a group they are not in) is refused with NO_PERMISSION, as Tencent does.
   */
  requireVisibleMessage(viewer: UserID, messageID: MessageID): MessageRecord {
    const record = this.messages.get(messageID);
    if (record === undefined) throw new ChatError(ErrorCode.MESSAGE_NOT_FOUND, `Unknown message ${JSON.stringify(messageID)}`);
    if (!this.canSee(viewer, record)) throw forbidden(viewer, messageID);
    return record;
  }

  canSee(viewer: UserID, record: MessageRecord): boolean {
    if (record.senderID === viewer) return true;
    if (record.target.kind === 'c2c') return record.target.receiverID === viewer;
    const group = this.groups.get(record.target.groupID);
    return group !== undefined && isMember(group, viewer);
  }
}

export function forbidden(viewer: UserID, messageID: MessageID): ChatError {
  return new ChatError(
    ErrorCode.NO_PERMISSION,
    `${JSON.stringify(viewer)} is not part of the conversation of message ${JSON.stringify(messageID)}`,
  );
}
