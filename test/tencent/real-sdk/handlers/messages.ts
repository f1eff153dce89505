import type { Body } from '../frames';
import type { StoredMessage } from '../directory';
import type { Session, TencentService } from '../service';
import { ServiceError } from '../service-error';
import { c2cItem, groupItem, pushBody, PushEvent } from '../wire';
import { requireMember } from './groups';
import type { Handler, Request } from './types';

const num = (value: unknown) => (typeof value === 'number' ? value : Number(value ?? 0));
const MSG_PUSH = 'im_open_push.msg_push';

export function requireSession(request: Request): Session {
  if (!request.session) throw new ServiceError(70003, 'no valid A2 key: not logged in');
  return request.session;
}

/** Pushes to every live session of the recipients, except the one that sent. */
function deliver(service: TencentService, recipients: Iterable<string>, sender: Session, event: Body): void {
  for (const userID of recipients) {
    for (const session of service.sessionsOf(userID)) {
      if (session !== sender) service.pushTo(session, MSG_PUSH, pushBody([event]));
    }
  }
}

/**
 * The app's console settings, which the SDK cannot read: a non-zero code here comes back as
 * the send's ReadReceiptCode (the SDK only logs it) and the message keeps no receipt info.
 */
function receiptRefusal(service: TencentService, kind: 'c2c' | 'group', to: string): number {
  return kind === 'group' ? (service.receiptRefusals.get(`GROUP${to}`) ?? 0) : (service.receiptRefusals.get('C2C') ?? 0);
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * What the SDK sends beside the text (request key maps of send_group_msg / sendmsg):
 * CloudCustomData, SendMsgControl ['NoUnread', 'NoLastMsg'] from `messageControlInfo`, and
 * GroupAtInfo items `{ GroupAtAllFlag, GroupAt_Account }` of an @ message.
 */
function extras(body: Body): Partial<StoredMessage> {
  const control = strings(body.SendMsgControl);
  const at = Array.isArray(body.GroupAtInfo) ? (body.GroupAtInfo as Array<{ GroupAt_Account?: unknown }>) : [];
  const atUsers = at.flatMap((item) => (typeof item.GroupAt_Account === 'string' ? [item.GroupAt_Account] : []));
  return {
    ...(typeof body.CloudCustomData === 'string' && body.CloudCustomData !== '' ? { cloudCustomData: body.CloudCustomData } : {}),
    ...(control.includes('NoUnread') ? { noUnread: true } : {}),
    ...(control.includes('NoLastMsg') ? { noLastMessage: true } : {}),
    ...(atUsers.length > 0 ? { atUsers } : {}),
  };
}

function store(request: Request, kind: 'c2c' | 'group', to: string, eligible: string[], sequence: number, receivers?: string[]): Body {
  const { service, body } = request;
  const session = requireSession(request);
  const wanted = num(kind === 'c2c' ? body.IsNeedReadReceipt : body.NeedReadReceipt) === 1;
  const refusal = wanted ? receiptRefusal(service, kind, to) : 0;
  const message: StoredMessage = {
    kind,
    from: session.userID,
    to,
    sequence,
    random: num(kind === 'c2c' ? body.MsgRandom : body.Random),
    clientTime: num(body.MsgClientTime),
    clientSequence: num(body.ClientSeq ?? body.MsgSeq),
    time: service.directory.now(),
    senderTinyID: session.tinyID,
    elements: Array.isArray(body.MsgBody) ? body.MsgBody : [],
    needReadReceipt: wanted && refusal === 0,
    eligible,
    readers: new Set(),
    ...extras(body),
    ...(receivers !== undefined ? { receivers } : {}),
  };
  service.directory.messages.push(message);
  const item = kind === 'c2c' ? c2cItem(message, service.directory) : groupItem(message, service.directory);
  const event = kind === 'c2c' ? { Event: PushEvent.C2C_MESSAGE, C2cMsgArray: [item] } : { Event: PushEvent.GROUP_MESSAGE, GroupMsgArray: [item] };
  deliver(service, kind === 'c2c' ? [to] : [session.userID, ...eligible], session, event);
  return { MsgTime: message.time, MsgSeq: message.sequence, ...(refusal !== 0 ? { ReadReceiptCode: refusal } : {}) };
}

const sendC2C: Handler = (request) => {
  const to = String(request.body.To_Account ?? '');
  // Assumption: the code for an unregistered receiver.
  if (!request.service.directory.users.has(to)) throw new ServiceError(20003, 'invalid To_Account');
  return store(request, 'c2c', to, [to], num(request.body.MsgSeq));
};

const sendGroup: Handler = (request) => {
  const session = requireSession(request);
  const group = requireMember(request.service, String(request.body.GroupId ?? ''), session.userID);
  const eligible = [...group.members.keys()].filter((m) => m !== session.userID);
  const sequence = group.nextSeq;
  group.nextSeq += 1;
  // A targeted message (receiverList): its members only. Assumption: other ones are dropped
  // silently, as the SDK caps the list at 50 and says nothing of foreign IDs.
  const targets = strings(request.body.To_Account);
  const receivers = targets.length > 0 ? eligible.filter((m) => targets.includes(m)) : undefined;
  return store(request, 'group', group.groupID, receivers ?? eligible, sequence, receivers);
};

/** Newest first, ReqMsgNumber at most, at or below ReqMsgSeq (the SDK reads the list backwards). */
const groupHistory: Handler = (request) => {
  const session = requireSession(request);
  const { service, body } = request;
  const group = requireMember(service, String(body.GroupId ?? ''), session.userID);
  const top = num(body.ReqMsgSeq) > 0 ? num(body.ReqMsgSeq) : group.nextSeq - 1;
  const count = Math.max(1, num(body.ReqMsgNumber));
  // Assumption: a targeted message is in the history of its receivers and sender only.
  const page = service.directory
    .groupMessages(group.groupID)
    .filter((m) => m.sequence <= top && service.directory.visibleTo(m, session.userID))
    .slice(-count)
    .reverse();
  const oldest = page.at(-1)?.sequence ?? 1;
  // Assumption: IsFinished 2 marks the start of the group's history, as the SDK tests for.
  return {
    RspMsgList: page.map((m) => groupItem(m, service.directory)),
    IsFinished: oldest <= 1 ? 2 : 0,
    NextReqMsgSeq: oldest - 1,
  };
};

/** Oldest first, MaxCnt at most, older than LastMsgTime; Complete 1 at the start of the chat. */
const c2cHistory: Handler = (request) => {
  const session = requireSession(request);
  const { service, body } = request;
  const peer = String(body.Peer_Account ?? '');
  const before = num(body.LastMsgTime) > 0 ? num(body.LastMsgTime) : Infinity;
  const all = service.directory.c2cMessages(session.userID, peer).filter((m) => m.time < before);
  const page = all.slice(-Math.max(1, num(body.MaxCnt)));
  const oldest = page[0];
  return {
    MsgList: page.map((m) => c2cItem(m, service.directory)),
    Complete: page.length === all.length ? 1 : 0,
    LastMsgTime: oldest?.time ?? 0,
    MsgKey: oldest ? `${oldest.sequence}_${oldest.random}_${oldest.time}` : '',
  };
};

/** setMessageRead on a 1:1 chat: the peer's sessions learn the read time (MESSAGE_READ_BY_PEER). */
const c2cRead: Handler = (request) => {
  const session = requireSession(request);
  const { service, body } = request;
  const container = (body.C2CMsgReaded ?? {}) as { C2CMsgReadedItem?: Array<Record<string, unknown>> };
  for (const item of container.C2CMsgReadedItem ?? []) {
    const peer = String(item.To_Account ?? '');
    const time = num(item.LastedMsgTime) || service.directory.now();
    service.directory.readMarks.set(`${session.userID}>${peer}`, time);
    const notice = { C2cReadedReceipt: { To_Account: session.userID, UinPairReadArray: [{ LastReadTime: time }] } };
    deliver(service, [peer], session, { Event: PushEvent.C2C_NOTICE, C2cNotifyMsgArray: [notice] });
  }
  return {};
};

const peerReadTimes: Handler = (request) => {
  const session = requireSession(request);
  const peers = Array.isArray(request.body.To_Account) ? (request.body.To_Account as string[]) : [];
  return { ReadTime: peers.map((peer) => request.service.directory.readMark(peer, session.userID)) };
};

/** setMessageRead on a group: the reader's read sequence moves up (it never goes back). */
const groupRead: Handler = (request) => {
  const session = requireSession(request);
  const { directory } = request.service;
  const groupID = String(request.body.GroupId ?? '');
  const key = `${session.userID}>${groupID}`;
  directory.groupReadSeqs.set(key, Math.max(directory.groupReadSeq(session.userID, groupID), num(request.body.MsgReadedSeq)));
  return {};
};

export const MESSAGE_HANDLERS: ReadonlyArray<readonly [string, Handler]> = [
  ['openim.sendmsg', sendC2C],
  ['group_open_http_svc.send_group_msg', sendGroup],
  ['group_open_http_svc.group_msg_get', groupHistory],
  ['openim.getroammsg', c2cHistory],
  ['openim.msgreaded', c2cRead],
  ['openim.get_peer_read_time', peerReadTimes],
  ['group_open_http_svc.msg_read_report', groupRead],
];
