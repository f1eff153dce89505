import type { Body } from '../frames';
import { ServiceError } from '../service-error';
import { groupReceiptTip, pushBody, PushEvent } from '../wire';
import { GroupCode, requireMember } from './groups';
import { requireSession } from './messages';
import type { Handler } from './types';

/** Server codes for receipt refusals (TENCENT.md's table). */
export const ReceiptCode = { NOT_FOUND: 10062 } as const;

const MSG_PUSH = 'im_open_push.msg_push';
const seqList = (value: unknown) =>
  (Array.isArray(value) ? (value as Array<{ MsgSeq?: unknown }>) : []).map((item) => Number(item.MsgSeq));

/** A reader reports group messages: counts change and the sender's sessions get a receipt tip. */
const sendGroupReceipt: Handler = (request) => {
  const session = requireSession(request);
  const { service, body } = request;
  const group = requireMember(service, String(body.GroupId ?? ''), session.userID);
  for (const sequence of seqList(body.MsgSeqList)) {
    const message = service.directory.findGroupMessage(group.groupID, sequence);
    if (!message?.needReadReceipt || !message.eligible.includes(session.userID) || message.readers.has(session.userID)) continue;
    message.readers.add(session.userID);
    service.push(message.from, MSG_PUSH, pushBody([{ Event: PushEvent.GROUP_TIPS, GroupTips: [groupReceiptTip(message)] }]));
  }
  return {};
};

/**
 * The sender pulls counts. Assumption: each item carries its own result as `Code` (the SDK
 * fills counts only where `code` is 0; no key map names the field).
 */
const groupReceipts: Handler = (request) => {
  const session = requireSession(request);
  const { service, body } = request;
  const group = requireMember(service, String(body.GroupId ?? ''), session.userID);
  const items = seqList(body.MsgSeqList).map((sequence): Body => {
    const message = service.directory.findGroupMessage(group.groupID, sequence);
    if (!message?.needReadReceipt) return { MsgSeq: sequence, Code: ReceiptCode.NOT_FOUND };
    return { MsgSeq: sequence, Code: 0, ReadNum: message.readers.size, UnreadNum: message.eligible.length - message.readers.size };
  });
  return { GroupMsgReceiptList: items };
};

/** One page of who read (Flag 0) or has not read (Flag 1); the cursor is an offset, opaque to the SDK. */
const receiptDetail: Handler = (request) => {
  const session = requireSession(request);
  const { service, body } = request;
  const group = requireMember(service, String(body.GroupId ?? ''), session.userID);
  const message = service.directory.findGroupMessage(group.groupID, Number(body.MsgSeq));
  if (!message?.needReadReceipt) throw new ServiceError(ReceiptCode.NOT_FOUND, 'read receipt info not found');
  if (message.from !== session.userID) throw new ServiceError(GroupCode.NO_PERMISSION, 'only the sender may list readers');
  const read = Number(body.Flag) === 0;
  const list = read ? [...message.readers] : message.eligible.filter((m) => !message.readers.has(m));
  const start = Number(String(body.Cursor ?? '').replace(/^c/, '')) || 0;
  const count = Math.min(100, Math.max(1, Number(body.Num) || 100));
  const page = list.slice(start, start + count);
  const end = start + page.length;
  return {
    ReadList: read ? page.map((userID) => ({ Read_Account: userID })) : [],
    UnreadList: read ? [] : page.map((userID) => ({ Unread_Account: userID })),
    Cursor: end < list.length ? `c${end}` : '',
    IsFinish: end < list.length ? 0 : 1,
  };
};

/**
 * A 1:1 receipt: the sender's sessions get event 16 with the messages (by TinyId, MsgClientTime,
 * MsgRandom). Assumption: the reader travels as `Peer_Account` (io.res maps it to userID).
 */
const c2cReceipt: Handler = (request) => {
  const session = requireSession(request);
  const { service, body } = request;
  const infos = Array.isArray(body.C2CMsgInfo) ? (body.C2CMsgInfo as Array<Record<string, unknown>>) : [];
  const time = service.directory.now();
  const bySender = new Map<string, Body[]>();
  for (const info of infos) {
    const message = service.directory.findC2CMessage(String(info.From_Account), session.userID, Number(info.MsgSeq), Number(info.MsgRandom));
    if (!message?.needReadReceipt) continue;
    message.receiptTime ??= time;
    const list = bySender.get(message.from) ?? [];
    list.push({ TinyId: message.senderTinyID, MsgClientTime: message.clientTime, MsgRandom: message.random });
    bySender.set(message.from, list);
  }
  for (const [sender, list] of bySender) {
    service.push(sender, MSG_PUSH, pushBody([{ Event: PushEvent.C2C_RECEIPT, Peer_Account: session.userID, PeerReadTime: time, C2cMsgInfo: list }]));
  }
  return {};
};

export const RECEIPT_HANDLERS: ReadonlyArray<readonly [string, Handler]> = [
  ['group_open_http_svc.group_msg_receipt', sendGroupReceipt],
  ['group_open_http_svc.get_group_msg_receipt', groupReceipts],
  ['group_open_http_svc.get_group_msg_receipt_detail', receiptDetail],
  ['openim.c2c_msg_read_receipt', c2cReceipt],
];
