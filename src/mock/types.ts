import type { ErrorCode, GroupID, GroupType, UserID, UserProfile } from '../core';

/** A user of the mock backend. */
export type MockUser = UserProfile;

/** A member of a mock group: a user ID, or one with a name card. */
export interface MockGroupMember {
  userID: UserID;
  /** The member's name inside this group. */
  nameCard?: string;
}

/** A group of the mock backend. */
export interface MockGroup {
  groupID: GroupID;
  name: string;
  type: GroupType;
  /** The group's avatar in the conversation list. */
  avatarURL?: string;
  /** In join order; every member must be a known user. */
  members: ReadonlyArray<UserID | MockGroupMember>;
}

/** Options of `createMockBackend`: who exists, which groups, latency and faults. */
export interface MockBackendOptions {
  users?: readonly MockUser[];
  groups?: readonly MockGroup[];
  /**
   * The console setting: group types whose messages may ask for read receipts.
   * Community and AVChatRoom never support them, whatever this says.
   * @default ['Work', 'Public', 'Meeting']
   */
  receiptGroupTypes?: readonly GroupType[];
  /** Server clock in ms. @default Date.now */
  clock?: () => number;
  /**
   * Receipt pushes to a sender are coalesced per message for this long (ms), so a burst of
   * reads becomes one event with the latest counts. 0 coalesces within the same task.
   * @default 0
   */
  receiptFlushInterval?: number;
  /**
   * Names this backend instance in every message ID (`msg-<prefix>-<n>`), so IDs never repeat
   * across restarts. @default the start time and a random part
   */
  messageIDPrefix?: string;
  /**
   * How long after a reminder about a message `remindUnread` refuses the next one for it (ms),
   * with RATE_LIMITED and `retryAt`. @default DEFAULT_REMIND_INTERVAL_MS (5 minutes)
   */
  remindInterval?: number;
}

/** Adapter operations that latency and fault options can target. */
export type MockOperation =
  | 'login'
  | 'logout'
  | 'getUserProfiles'
  | 'getGroupInfo'
  | 'getMessageHistory'
  | 'sendMessage'
  | 'sendMessageReadReceipts'
  | 'getMessageReadReceipts'
  | 'getGroupMessageReadMemberList'
  | 'markC2CMessageAsRead'
  | 'remindUnread'
  | 'getConversationList'
  | 'getConversation'
  | 'markConversationRead'
  | 'getTotalUnreadMessageCount';

/** Latency in ms: fixed, or uniform in [min, max]. */
export type MockLatency = number | { min: number; max: number };

/** Faults injected into pushed events: drops, duplicates, delays and reordering. */
export interface MockEventFaults {
  /** Probability that an event is lost. @default 0 */
  dropRate?: number;
  /** Probability that an event is delivered twice. @default 0 */
  duplicateRate?: number;
  /** Probability that an event is held back by up to `reorderWindow` ms. @default 0 */
  reorderRate?: number;
  /** @default 50 */
  reorderWindow?: number;
}

/** Faults injected into calls and events. */
export interface MockFaults {
  /** Failure probability, for every operation or per operation. Fails with NETWORK. @default 0 */
  errorRate?: number | Partial<Record<MockOperation, number>>;
  /** Operations that always fail with the given code. */
  forceError?: Partial<Record<MockOperation, ErrorCode>>;
  events?: MockEventFaults;
}

/** Options of `createMockAdapter`: fault injection on top of the backend's. */
export interface MockAdapterOptions extends MockFaults {
  /** Seeds latency and faults so a run replays. @default 1 */
  seed?: number;
  /** Delay of every call and event. Even 0 resolves in a later macrotask. @default 0 */
  latency?: MockLatency;
}
