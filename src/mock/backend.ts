import { ChatError, DEFAULT_REMIND_INTERVAL_MS, ErrorCode } from '../core';
import { groupIDOf } from '../core/conversation-id';
import type {
  ChatEvent,
  ConversationID,
  ConversationPage,
  ConversationSummary,
  GroupID,
  GroupInfo,
  GroupType,
  HistoryPage,
  MemberPage,
  Message,
  MessageID,
  MessageReceipt,
  RemindUnreadResult,
  UserID,
  UserProfile,
} from '../core';
import { getMessageHistory, sendMessage } from './backend-messages';
import { getMessageReadReceipts, markC2CMessageAsRead, sendMessageReadReceipts } from './backend-receipts';
import { BackendState } from './backend-state';
import { totalUnread } from './conversation-summary';
import { getConversation, getConversationList, markConversationRead, setConversationMuted } from './conversations';
import { scan } from './bitset';
import { EventHub, type Session } from './event-hub';
import { createGroupRecord, isMember, joinGroup, leaveGroup } from './group-state';
import { getGroupMessageReadMemberList } from './member-list';
import { unreadWords } from './message-state';
import { invalid, requireID } from './params';
import type { Random } from './prng';
import { remindUnread } from './reminders';
import type { MockBackendOptions, MockGroup, MockUser } from './types';

/** A logged-in client of the backend; events for its user reach it until closed. */
export interface MockConnection {
  readonly userID: UserID;
  /** Whether it gets the conversation feed: set once it asked for the list or the total through this connection. */
  readonly listing: boolean;
  /** Turns the conversation feed on for this connection, e.g. for a client resuming a session that had it. */
  listConversations(): void;
  close(): void;
}

/**
 * An in-memory chat service. Calls take the acting user first and run synchronously, throwing
 * ChatError; `createMockAdapter` adds the network around them (latency, faults, copies).
 *
 * Receipt eligibility is fixed when a group message is sent: the members at that moment,
 * minus the sender, so `unreadCount = eligible - readers`. Members who join later cannot read
 * older messages into the counts; members who leave keep their read or unread state there.
 */
export interface MockBackend {
  /** Server time from the injected clock. */
  now(): number;
  addUser(user: MockUser): void;
  addGroup(group: MockGroup): void;
  addMember(groupID: GroupID, userID: UserID, nameCard?: string): void;
  removeMember(groupID: GroupID, userID: UserID): void;
  /** The console setting; Community and AVChatRoom stay off whatever it says. */
  setReceiptGroupTypes(types: readonly GroupType[]): void;
  connect(userID: UserID, deliver: (event: ChatEvent) => void): MockConnection;
  getUserProfiles(as: UserID, userIDs: unknown): UserProfile[];
  getGroupInfo(as: UserID, groupID: unknown): GroupInfo;
  getMessageHistory(as: UserID, query: unknown): HistoryPage;
  /** `from` is the sender's own connection, which does not get its message back as an event. */
  sendMessage(as: UserID, input: unknown, from?: MockConnection): Message;
  sendMessageReadReceipts(as: UserID, messageIDs: unknown): void;
  getMessageReadReceipts(as: UserID, messageIDs: unknown): MessageReceipt[];
  getGroupMessageReadMemberList(as: UserID, query: unknown): MemberPage;
  markC2CMessageAsRead(as: UserID, peerID: unknown): void;
  /** Reminds the members who have not read `as`'s group message; see `ChatAdapterFeatures.remindUnread`. */
  remindUnread(as: UserID, input: unknown): RemindUnreadResult;
  /**
   * `as`'s groups and the 1:1 chats that have a message, newest last message first. `from`, the
   * asking connection, gets the conversation feed from now on (also for the total).
   */
  getConversationList(as: UserID, query?: unknown, from?: MockConnection): ConversationPage;
  getConversation(as: UserID, conversationID: unknown): ConversationSummary;
  markConversationRead(as: UserID, conversationID: unknown): void;
  getTotalUnreadMessageCount(as: UserID, from?: MockConnection): number;
  /** Do-not-disturb for one of `userID`'s conversations: their own setting, outside the adapter contract. */
  setConversationMuted(userID: UserID, conversationID: ConversationID, muted: boolean): void;
  /** Pushes coalesced receipts now instead of at the end of the flush window. */
  flushReceipts(): void;
  /** Group messages that asked for receipts, in one group conversation or all, oldest first per group. */
  receiptMessageIDs(conversationID?: string): MessageID[];
  /** A current member who could read the message but has not, picked at random. */
  pickUnreadReader(messageID: MessageID, random: Random): UserID | undefined;
}

const DEFAULT_RECEIPT_TYPES: readonly GroupType[] = ['Work', 'Public', 'Meeting'];

/** An in-memory chat service with users, groups, read receipts, latency and faults. */
export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const hub = new EventHub(options.receiptFlushInterval ?? 0);
  const state = new BackendState(
    options.clock ?? Date.now,
    hub,
    options.receiptGroupTypes ?? DEFAULT_RECEIPT_TYPES,
    options.messageIDPrefix,
    options.remindInterval ?? DEFAULT_REMIND_INTERVAL_MS,
  );
  const acting = (as: UserID): UserID => (state.requireUser(as), as);

  const backend: MockBackend = {
    now: () => state.clock(),
    addUser(user) {
      state.users.set(requireID(user.userID, 'userID'), { ...user });
    },
    addGroup(group) {
      const groupID = requireID(group.groupID, 'groupID');
      if (state.groups.has(groupID)) throw invalid(`Group ${JSON.stringify(groupID)} already exists`);
      const record = createGroupRecord(groupID, group.name, group.type, group.avatarURL);
      for (const member of group.members) {
        const { userID, nameCard } = typeof member === 'string' ? { userID: member, nameCard: undefined } : member;
        state.requireUser(userID);
        joinGroup(record, userID, nameCard);
      }
      state.groups.set(groupID, record);
    },
    addMember(groupID, userID, nameCard) {
      state.requireUser(userID);
      if (!joinGroup(state.requireGroup(groupID), userID, nameCard)) {
        throw invalid(`${JSON.stringify(userID)} is already a member of ${JSON.stringify(groupID)}`);
      }
    },
    removeMember: (groupID, userID) => leaveGroup(state.requireGroup(groupID), userID),
    setReceiptGroupTypes(types) {
      state.receiptTypes = new Set(types);
    },
    connect(userID, deliver) {
      state.requireUser(userID);
      const session: Session & MockConnection = {
        userID,
        deliver,
        listing: false,
        listConversations: () => (session.listing = true),
        close: () => remove(),
      };
      const remove = hub.add(session);
      return session;
    },
    getUserProfiles(as, userIDs) {
      acting(as);
      if (!Array.isArray(userIDs)) throw invalid('userIDList must be an array');
      if (userIDs.length > 100) throw invalid('userIDList has more than 100 IDs');
      return userIDs.flatMap((id: unknown) => {
        const user = typeof id === 'string' ? state.users.get(id) : undefined;
        return user === undefined ? [] : [{ ...user }];
      });
    },
    getGroupInfo(as, groupID) {
      acting(as);
      const group = state.requireGroup(requireID(groupID, 'groupID'));
      // Name, type and size of a private group are its members' business only (Tencent: 10007).
      if (!isMember(group, as)) {
        throw new ChatError(ErrorCode.NO_PERMISSION, `${JSON.stringify(as)} is not a member of group ${JSON.stringify(group.groupID)}`);
      }
      const { name, type, activeCount } = group;
      return { groupID: group.groupID, name, type, memberCount: activeCount, receiptsEnabled: state.receiptsEnabled(type) };
    },
    getMessageHistory: (as, query) => getMessageHistory(state, acting(as), query),
    sendMessage: (as, input, from) => sendMessage(state, acting(as), input, from as (Session & MockConnection) | undefined),
    sendMessageReadReceipts: (as, ids) => sendMessageReadReceipts(state, acting(as), ids),
    getMessageReadReceipts: (as, ids) => getMessageReadReceipts(state, acting(as), ids),
    getGroupMessageReadMemberList: (as, query) => getGroupMessageReadMemberList(state, acting(as), query),
    markC2CMessageAsRead: (as, peerID) => markC2CMessageAsRead(state, acting(as), peerID),
    remindUnread: (as, input) => remindUnread(state, acting(as), input),
    getConversationList(as, query, from) {
      const page = getConversationList(state, acting(as), query);
      from?.listConversations();
      return page;
    },
    getConversation: (as, conversationID) => getConversation(state, acting(as), conversationID),
    markConversationRead: (as, conversationID) => markConversationRead(state, acting(as), conversationID),
    getTotalUnreadMessageCount(as, from) {
      const total = totalUnread(state, acting(as));
      from?.listConversations();
      return total;
    },
    setConversationMuted: (userID, conversationID, muted) => setConversationMuted(state, userID, conversationID, muted),
    flushReceipts: () => hub.flush(),
    receiptMessageIDs(conversationID) {
      const records =
        conversationID === undefined
          ? [...state.groups.values()].flatMap((g) => g.messages)
          : (state.groups.get(groupIDOf(conversationID) ?? '')?.messages ?? []);
      return records.filter((r) => r.receipt !== undefined).map((r) => r.messageID);
    },
    pickUnreadReader(messageID, random) {
      const record = state.messages.get(messageID);
      const receipt = record?.receipt;
      if (record === undefined || receipt === undefined || record.target.kind !== 'group') return undefined;
      const group = state.requireGroup(record.target.groupID);
      const unread = unreadWords(receipt);
      const active = group.active;
      const words = (w: number): number => unread(w) & (active[w] ?? 0);
      const start = random.int(0, Math.max(0, receipt.slotCount - 1));
      const found = scan(words, start, receipt.slotCount, 1).indexes[0] ?? scan(words, 0, start, 1).indexes[0];
      return found === undefined ? undefined : group.memberIDs[found];
    },
  };

  for (const user of options.users ?? []) backend.addUser(user);
  for (const group of options.groups ?? []) backend.addGroup(group);
  return backend;
}
