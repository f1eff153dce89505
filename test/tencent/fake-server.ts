/**
 * An in-memory stand-in for Tencent Cloud Chat's service, behind `FakeChat` (fake-sdk.ts).
 * It keeps what the real service keeps for the read-receipt feature: users, groups with their
 * SDK type strings ('Private', 'ChatRoom', ...), messages with sequences and per-message read
 * sets, and pushes the events the SDK would raise on each client.
 */

export interface ServerMessage {
  ID: string;
  from: string;
  /** userID for 1:1, groupID for groups. */
  to: string;
  kind: 'c2c' | 'group';
  text: string;
  /** Seconds, as the SDK counts. */
  time: number;
  sequence: number;
  needReadReceipt: boolean;
  /** Group members at send time minus the sender; they are the ones who can read it. */
  eligible: string[];
  readers: Set<string>;
  /** 1:1: when the peer read it (seconds). */
  peerReadTime?: number;
}

export interface ServerGroup {
  groupID: string;
  name: string;
  type: string;
  members: Map<string, { nameCard?: string }>;
}

export interface ServerClient {
  userID: string;
  deliver(event: string, data: unknown, apply?: () => void): void;
  store(message: ServerMessage): void;
}

export class FakeTencentServer {
  readonly users = new Map<string, { nick?: string; avatar?: string }>();
  readonly groups = new Map<string, ServerGroup>();
  readonly messages = new Map<string, ServerMessage>();
  readonly clients = new Set<ServerClient>();
  private clock = 1_700_000_000;
  private counter = 0;

  /** Seconds; moves forward by one per call so times are distinct and ordered. */
  now(): number {
    this.clock += 1;
    return this.clock;
  }

  addUser(userID: string, profile: { nick?: string; avatar?: string } = {}): void {
    this.users.set(userID, profile);
  }

  addGroup(groupID: string, type: string, members: string[], name = groupID): void {
    this.groups.set(groupID, { groupID, name, type, members: new Map(members.map((m) => [m, {}])) });
  }

  conversationMessages(kind: 'c2c' | 'group', a: string, b: string): ServerMessage[] {
    return [...this.messages.values()].filter((m) =>
      kind === 'group'
        ? m.kind === 'group' && m.to === b
        : m.kind === 'c2c' && ((m.from === a && m.to === b) || (m.from === b && m.to === a)),
    );
  }

  post(from: string, kind: 'c2c' | 'group', to: string, text: string, needReadReceipt: boolean, ID: string): ServerMessage {
    const group = kind === 'group' ? this.groups.get(to) : undefined;
    const sequence = this.conversationMessages(kind, from, to).length + 1;
    const message: ServerMessage = {
      ID,
      from,
      to,
      kind,
      text,
      time: this.now(),
      sequence,
      needReadReceipt,
      eligible: group ? [...group.members.keys()].filter((m) => m !== from) : [to],
      readers: new Set(),
    };
    this.messages.set(ID, message);
    this.counter += 1;
    const recipients = kind === 'group' ? [...(group?.members.keys() ?? [])] : [from, to];
    for (const client of this.clients) {
      if (recipients.includes(client.userID)) client.store(message);
    }
    return message;
  }

  forUser(userID: string, emitter: ServerClient | undefined, event: string, data: unknown, apply?: () => void): void {
    for (const client of this.clients) {
      if (client.userID === userID && client !== emitter) client.deliver(event, data, apply);
    }
  }

  clientsOf(userID: string): ServerClient[] {
    return [...this.clients].filter((c) => c.userID === userID);
  }
}
