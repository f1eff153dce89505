import type TencentCloudChat from '@tencentcloud/chat';
import type { Message as SdkMessage } from '@tencentcloud/chat';
import type { TencentChatLike } from '../../src/tencent';
import { FakeTencentServer, type ServerClient, type ServerMessage } from './fake-server';

/**
 * A stand-in for a `TencentCloudChat.create()` instance with the SDK's method and event
 * surface and its payload shapes: promises resolve `{ code: 0, data }` and reject an Error with
 * `code`; handlers get `{ name, data }`; messages carry `ID`, `flow`, `time` in seconds,
 * `status`, `needReadReceipt`, `readReceiptInfo`, `payload.text`. Every call is logged, and
 * the next call of a method can be made to fail with any SDK or server code.
 */

export class FakeSdkError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data: unknown = {},
  ) {
    super(message);
  }
}

const sdkType = (value: string) => value as TencentCloudChat.TYPES;

export function makeSdkMessage(fields: Partial<SdkMessage> & Pick<SdkMessage, 'ID' | 'conversationID' | 'from' | 'to'>): SdkMessage {
  return {
    type: sdkType('TIMTextElem'),
    payload: { text: '' },
    conversationType: sdkType(fields.conversationID.startsWith('GROUP') ? 'GROUP' : 'C2C'),
    flow: 'in',
    time: 1_700_000_000,
    status: 'ready',
    isRevoked: false,
    priority: sdkType('Normal'),
    nick: '',
    avatar: '',
    isPeerRead: false,
    nameCard: '',
    atUserList: [],
    cloudCustomData: '',
    isDeleted: false,
    isModified: false,
    needReadReceipt: false,
    readReceiptInfo: {},
    isBroadcastMessage: false,
    isSupportExtension: false,
    revoker: '',
    revokerInfo: { userID: '', nick: '', avatar: '' },
    revokeReason: '',
    sequence: 0,
    hasRiskContent: false,
    ...fields,
  };
}

type Handler = (event: { name: string; data: unknown }) => void;
type Method = keyof TencentChatLike;
export interface Call {
  method: Method;
  args: unknown[];
}

const ok = <T>(data: T) => ({ code: 0, data });
const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class FakeChat implements TencentChatLike, ServerClient {
  readonly calls: Call[] = [];
  readonly local = new Map<string, SdkMessage>();
  readonly handlers = new Map<string, Set<Handler>>();
  private readonly failures = new Map<Method, FakeSdkError[]>();
  private loggedIn = false;
  private ready = false;
  private seed = 0;

  constructor(
    readonly server: FakeTencentServer,
    readonly userID: string,
  ) {}

  // ---- test controls -------------------------------------------------------------------

  /** What `chat.login({ userID, userSig })` does: logs in now, SDK_READY one macrotask later. */
  async signIn(): Promise<void> {
    this.loggedIn = true;
    this.server.clients.add(this);
    await macrotask();
    this.ready = true;
    this.emit('sdkStateReady', undefined);
  }

  failNext(method: Method, code: number, message = `fake ${code}`): void {
    const queue = this.failures.get(method) ?? [];
    queue.push(new FakeSdkError(code, message));
    this.failures.set(method, queue);
  }

  emit(name: string, data: unknown): void {
    for (const handler of [...(this.handlers.get(name) ?? [])]) handler({ name, data });
  }

  handlerCount(): number {
    return [...this.handlers.values()].reduce((sum, set) => sum + set.size, 0);
  }

  callsOf(method: Method): Call[] {
    return this.calls.filter((c) => c.method === method);
  }

  // ---- ServerClient --------------------------------------------------------------------

  deliver(event: string, data: unknown, apply?: () => void): void {
    setTimeout(() => {
      apply?.();
      this.emit(event, typeof data === 'function' ? (data as () => unknown)() : data);
    }, 0);
  }

  store(message: ServerMessage): void {
    if (this.local.has(message.ID)) return;
    const local = this.toLocal(message);
    this.local.set(message.ID, local);
    this.deliver('onMessageReceived', [local]);
  }

  toLocal(message: ServerMessage): SdkMessage {
    const own = message.from === this.userID;
    const conversationID = message.kind === 'group' ? `GROUP${message.to}` : `C2C${own ? message.to : message.from}`;
    return makeSdkMessage({
      ID: message.ID,
      conversationID,
      from: message.from,
      to: message.to,
      flow: own ? 'out' : 'in',
      time: message.time,
      sequence: message.sequence,
      needReadReceipt: message.needReadReceipt,
      payload: { text: message.text },
      readReceiptInfo: message.kind === 'c2c' ? { isPeerRead: message.peerReadTime !== undefined } : {},
    });
  }

  // ---- the SDK surface -----------------------------------------------------------------

  private async call<T>(method: Method, args: unknown[], run: () => T | Promise<T>): Promise<T> {
    this.calls.push({ method, args });
    await macrotask();
    const failure = this.failures.get(method)?.shift();
    if (failure) throw failure;
    if (!this.loggedIn) throw new FakeSdkError(2024, 'user not logged in');
    if (!this.ready) throw new FakeSdkError(2999, 'sdk not ready');
    return run();
  }

  on(eventName: string, handler: Handler): void {
    const set = this.handlers.get(eventName) ?? new Set();
    set.add(handler);
    this.handlers.set(eventName, set);
  }

  off(eventName: string, handler: Handler): void {
    this.handlers.get(eventName)?.delete(handler);
  }

  isReady(): boolean {
    return this.ready;
  }

  getLoginUser(): string {
    return this.loggedIn ? this.userID : '';
  }

  logout(): Promise<void> {
    return this.call('logout', [], () => {
      this.loggedIn = false;
      this.ready = false;
      this.local.clear();
      this.server.clients.delete(this);
    });
  }

  createTextMessage(options: Parameters<TencentChatLike['createTextMessage']>[0]): SdkMessage {
    this.calls.push({ method: 'createTextMessage', args: [options] });
    this.seed += 1;
    const group = String(options.conversationType) === 'GROUP';
    return makeSdkMessage({
      ID: `${this.userID}-${Date.now()}-${this.seed}`,
      conversationID: `${group ? 'GROUP' : 'C2C'}${options.to}`,
      from: this.userID,
      to: options.to,
      flow: 'out',
      status: 'unSend',
      time: 0,
      payload: options.payload,
      needReadReceipt: options.needReadReceipt === true,
    });
  }

  sendMessage(message: SdkMessage): Promise<unknown> {
    return this.call('sendMessage', [message], () => {
      const group = message.conversationID.startsWith('GROUP');
      if (group) this.requireMember(message.to);
      else if (!this.server.users.has(message.to)) throw new FakeSdkError(20003, 'invalid to account');
      this.local.set(message.ID, message);
      const stored = this.server.post(this.userID, group ? 'group' : 'c2c', message.to, message.payload.text, message.needReadReceipt, message.ID);
      Object.assign(message, { status: 'ready', time: stored.time, sequence: stored.sequence });
      return ok({ message });
    });
  }

  private requireMember(groupID: string) {
    const group = this.server.groups.get(groupID);
    if (!group) throw new FakeSdkError(10015, 'group id invalid');
    if (!group.members.has(this.userID)) throw new FakeSdkError(10007, 'not a group member');
    return group;
  }

  getMessageList(options: { conversationID: string; nextReqMessageID?: string; count?: number }): Promise<unknown> {
    return this.call('getMessageList', [options], () => {
      const count = Math.min(options.count ?? 15, 15);
      const group = options.conversationID.startsWith('GROUP');
      const other = options.conversationID.replace(/^(GROUP|C2C)/, '');
      if (group) this.requireMember(other);
      const all = this.server.conversationMessages(group ? 'group' : 'c2c', this.userID, other);
      const end = options.nextReqMessageID ? all.findIndex((m) => m.ID === options.nextReqMessageID) : all.length;
      const start = Math.max(0, end - count);
      const messageList = all.slice(start, end).map((m) => {
        if (!this.local.has(m.ID)) this.local.set(m.ID, this.toLocal(m));
        return this.local.get(m.ID) as SdkMessage;
      });
      return ok({ messageList, nextReqMessageID: messageList[0]?.ID ?? '', isCompleted: start === 0 });
    });
  }

  setMessageRead(options: { conversationID: string }): Promise<unknown> {
    return this.call('setMessageRead', [options], () => {
      const peer = options.conversationID.replace(/^C2C/, '');
      const fresh = this.server
        .conversationMessages('c2c', this.userID, peer)
        .filter((m) => m.from === peer && m.peerReadTime === undefined);
      const time = this.server.now();
      for (const m of fresh) m.peerReadTime = time;
      if (fresh.length > 0) {
        for (const client of this.server.clientsOf(peer)) {
          const mine = () => fresh.map((m) => (client as FakeChat).local.get(m.ID)).filter(Boolean);
          client.deliver('onMessageReadByPeer', mine, () => {
            for (const m of mine()) Object.assign(m as SdkMessage, { isPeerRead: true });
          });
        }
      }
      return ok({});
    });
  }

  sendMessageReadReceipt(messageList: SdkMessage[]): Promise<unknown> {
    assertOneConversation(messageList);
    return this.call('sendMessageReadReceipt', [messageList], () => {
      const list = messageList.filter((m) => m.from !== this.userID && m.needReadReceipt === true);
      if (list.length === 0) throw new FakeSdkError(2114, 'no message needs a read receipt');
      for (const local of list) this.read(this.server.messages.get(local.ID) as ServerMessage);
      return ok({});
    });
  }

  private read(message: ServerMessage): void {
    const time = this.server.now();
    if (message.kind === 'c2c') {
      message.peerReadTime ??= time;
      const item = { userID: this.userID, messageID: message.ID, isPeerRead: true, timestamp: message.peerReadTime };
      this.pushToSender(message, item, (local) => Object.assign(local.readReceiptInfo, { isPeerRead: true, timestamp: item.timestamp }));
      return;
    }
    if (!message.eligible.includes(this.userID) || message.readers.has(this.userID)) return;
    message.readers.add(this.userID);
    const item = {
      groupID: message.to,
      messageID: message.ID,
      readCount: message.readers.size,
      unreadCount: message.eligible.length - message.readers.size,
    };
    this.pushToSender(message, item, (local) => Object.assign(local.readReceiptInfo, { readCount: item.readCount, unreadCount: item.unreadCount }));
  }

  /** Like the SDK, a receipt event fires only on clients holding the message in memory. */
  private pushToSender(message: ServerMessage, item: object, update: (local: SdkMessage) => void): void {
    for (const client of this.server.clientsOf(message.from) as FakeChat[]) {
      const local = client.local.get(message.ID);
      if (local) client.deliver('onMessageReadReceiptReceived', [item], () => update(local));
    }
  }

  getMessageReadReceiptList(messageList: SdkMessage[]): Promise<unknown> {
    assertOneConversation(messageList);
    return this.call('getMessageReadReceiptList', [messageList], () => {
      for (const local of messageList) {
        const stored = this.server.messages.get(local.ID);
        if (!stored || stored.kind !== 'group' || local.from !== this.userID || !local.needReadReceipt) continue;
        Object.assign(local.readReceiptInfo, { readCount: stored.readers.size, unreadCount: stored.eligible.length - stored.readers.size });
      }
      return ok({ messageList });
    });
  }

  getGroupMessageReadMemberList(options: { message: SdkMessage; filter: number; cursor: string; count: number }): Promise<unknown> {
    return this.call('getGroupMessageReadMemberList', [options], () => {
      const stored = this.server.messages.get(options.message.ID);
      if (!stored) throw new FakeSdkError(10062, 'read receipt info not found');
      const count = options.count > 0 && options.count < 100 ? options.count : 100;
      const filter = options.filter === 1 ? 1 : 0;
      const all = stored.eligible.filter((id) => stored.readers.has(id) === (filter === 0));
      const start = options.cursor === '' ? 0 : Number(options.cursor);
      const page = all.slice(start, start + count);
      const end = start + page.length;
      return ok({
        messageID: stored.ID,
        cursor: String(end),
        isCompleted: end >= all.length,
        readUserIDList: filter === 0 ? page : [],
        unreadUserIDList: filter === 1 ? page : [],
      });
    });
  }

  getGroupMemberProfile(options: { groupID: string; userIDList: string[] }): Promise<unknown> {
    return this.call('getGroupMemberProfile', [options], () => {
      const group = this.requireMember(options.groupID);
      // The real SDK silently keeps only the first 50 IDs.
      const memberList = options.userIDList.slice(0, 50).flatMap((userID) => {
        const member = group.members.get(userID);
        if (!member) return [];
        const user = this.server.users.get(userID) ?? {};
        return [{ userID, nick: user.nick ?? '', avatar: user.avatar ?? '', nameCard: member.nameCard ?? '', role: 'Member', joinTime: 0, muteUntil: 0, memberCustomField: [] }];
      });
      return ok({ memberList });
    });
  }

  getUserProfile(options: { userIDList: string[] }): Promise<unknown> {
    return this.call('getUserProfile', [options], () =>
      ok(
        options.userIDList.flatMap((userID) => {
          const user = this.server.users.get(userID);
          return user ? [{ userID, nick: user.nick ?? '', avatar: user.avatar ?? '' }] : [];
        }),
      ),
    );
  }

  getGroupProfile(options: { groupID: string }): Promise<unknown> {
    return this.call('getGroupProfile', [options], () => {
      const group = this.requireMember(options.groupID);
      return ok({ group: { groupID: group.groupID, name: group.name, type: group.type, memberCount: group.members.size } });
    });
  }

  findMessage(messageID: string): SdkMessage | null {
    this.calls.push({ method: 'findMessage', args: [messageID] });
    // Before SDK_READY the real SDK's API guard returns a rejected promise even here.
    if (!this.ready) return Promise.reject(new FakeSdkError(2999, 'sdk not ready')) as unknown as SdkMessage;
    return this.local.get(messageID) ?? null;
  }
}

/** The adapter must never pass an empty list, mix conversations or exceed 30 in one call. */
function assertOneConversation(list: SdkMessage[]): void {
  if (list.length === 0) throw new TypeError("Cannot read properties of undefined (reading 'conversationID')");
  if (list.length > 30) throw new Error(`fake SDK: ${list.length} messages in one receipt call (max 30)`);
  if (new Set(list.map((m) => m.conversationID)).size > 1) throw new Error('fake SDK: several conversations in one call');
}

export { FakeTencentServer };
