/**
 * What the stand-in service stores: users, groups with the SDK's type strings, messages with
 * the fields the SDK builds message IDs from (`${TinyId}-${MsgClientTime}-${MsgRandom}`), who
 * read what, and 1:1 read marks.
 */

export interface DirectorySeed {
  users: ReadonlyArray<{ userID: string; nick?: string; avatar?: string }>;
  /** `type` is the SDK's string: 'Private' (Work), 'Public', 'ChatRoom' (Meeting), 'Community', 'AVChatRoom'. */
  groups: ReadonlyArray<{ groupID: string; name: string; type: string; members: readonly string[]; avatar?: string }>;
}

export interface StoredUser {
  userID: string;
  nick: string;
  avatar: string;
  tinyID: string;
}

export interface StoredGroup {
  groupID: string;
  name: string;
  type: string;
  /** FaceUrl; absent for none. */
  avatar?: string;
  members: Map<string, { nameCard: string; joinTime: number }>;
  /** Sequence the next group message gets. */
  nextSeq: number;
}

export interface StoredMessage {
  kind: 'c2c' | 'group';
  from: string;
  /** The peer's userID (1:1) or the groupID. */
  to: string;
  sequence: number;
  random: number;
  clientTime: number;
  clientSequence: number;
  /** Server time, seconds. */
  time: number;
  senderTinyID: string;
  elements: unknown[];
  needReadReceipt: boolean;
  /** Group: members at send time minus the sender. 1:1: the peer. */
  eligible: string[];
  readers: Set<string>;
  /** 1:1: when the peer sent its receipt, seconds. */
  receiptTime?: number;
  /** As the sender set it (`CloudCustomData`), e.g. the adapter's reminder marker. */
  cloudCustomData?: string;
  /** A targeted group message (`receiverList`, sent as To_Account): only these members and the sender see it. */
  receivers?: string[];
  /** Members an @ message names (GroupAtInfo). */
  atUsers?: string[];
  /** `messageControlInfo` (SendMsgControl): left out of unread counts / of the conversation's last message. */
  noUnread?: boolean;
  noLastMessage?: boolean;
}

export class Directory {
  readonly users = new Map<string, StoredUser>();
  readonly groups = new Map<string, StoredGroup>();
  readonly messages: StoredMessage[] = [];
  /** `${reader}>${peer}` → the last 1:1 read mark (seconds), from msgreaded. */
  readonly readMarks = new Map<string, number>();
  /** Groups a user joined but get_joined_group_list leaves out (the service's list lags). */
  readonly unlistedGroups = new Map<string, Set<string>>();
  /** Users whose recent-contact data lags: page_get lists nothing and the unread sync counts nothing. */
  readonly unlistedConversations = new Set<string>();
  /** `${user}>${groupID}` → the group sequence the user read up to (msg_read_report's MsgReadedSeq). */
  readonly groupReadSeqs = new Map<string, number>();
  /** `${user}>${conversationID}`: conversations the user muted (do not disturb), as MsgRecvOption 2. */
  readonly muted = new Set<string>();
  private clock = 1_700_000_000;

  constructor(seed: DirectorySeed) {
    seed.users.forEach((user, index) => {
      this.users.set(user.userID, {
        userID: user.userID,
        nick: user.nick ?? '',
        avatar: user.avatar ?? '',
        tinyID: String(144115198244471000 + index + 1),
      });
    });
    for (const group of seed.groups) {
      const members = new Map(group.members.map((userID) => [userID, { nameCard: '', joinTime: this.clock }]));
      this.groups.set(group.groupID, { groupID: group.groupID, name: group.name, type: group.type, avatar: group.avatar ?? '', members, nextSeq: 1 });
    }
  }

  /** Server seconds; one tick per call, so times are distinct and ordered. */
  now(): number {
    this.clock += 1;
    return this.clock;
  }

  tinyIDOf(userID: string): string {
    return this.users.get(userID)?.tinyID ?? '0';
  }

  joinedGroups(userID: string): StoredGroup[] {
    const hidden = this.unlistedGroups.get(userID);
    return [...this.groups.values()].filter((g) => g.members.has(userID) && !hidden?.has(g.groupID));
  }

  groupMessages(groupID: string): StoredMessage[] {
    return this.messages.filter((m) => m.kind === 'group' && m.to === groupID);
  }

  c2cMessages(a: string, b: string): StoredMessage[] {
    return this.messages.filter((m) => m.kind === 'c2c' && ((m.from === a && m.to === b) || (m.from === b && m.to === a)));
  }

  findGroupMessage(groupID: string, sequence: number): StoredMessage | undefined {
    return this.messages.find((m) => m.kind === 'group' && m.to === groupID && m.sequence === sequence);
  }

  findC2CMessage(from: string, to: string, sequence: number, random: number): StoredMessage | undefined {
    return this.messages.find(
      (m) => m.kind === 'c2c' && m.from === from && m.to === to && m.sequence === sequence && m.random === random,
    );
  }

  readMark(reader: string, peer: string): number {
    return this.readMarks.get(`${reader}>${peer}`) ?? 0;
  }

  /** Whether `userID` sees a message at all: a targeted one only its receivers and sender do. */
  visibleTo(message: StoredMessage, userID: string): boolean {
    return message.receivers === undefined || message.from === userID || message.receivers.includes(userID);
  }

  groupReadSeq(userID: string, groupID: string): number {
    return this.groupReadSeqs.get(`${userID}>${groupID}`) ?? 0;
  }
}
