import type { Body } from './frames';
import type { Directory, StoredMessage } from './directory';

/**
 * Stored messages in the server's key names, as pushes and history answers carry them. The SDK
 * rebuilds a message's ID from TinyId, MsgClientTime and MsgRandom (`Message.generateMessageID`),
 * so every item carries the three values the sender's SDK sent.
 *
 * Key names come from the SDK's response maps (io.res, and the msg_push, getroammsg and
 * group_msg_get maps). Assumptions, not in any map: the event numbers (9 for 1:1 messages, 3
 * for group messages, 10 for 1:1 notices), `GroupInfo.GroupType`, and `NeedReadReceipt` on
 * group items (the SDK camel-cases unmapped keys, so it reads as `needReadReceipt`).
 */
export const PushEvent = { C2C_MESSAGE: 9, GROUP_MESSAGE: 3, GROUP_TIPS: 5, C2C_NOTICE: 10, C2C_RECEIPT: 16 } as const;

/**
 * Assumption: a message's control flags come back as SendMsgControl with 1s (the SDK's response
 * map names SendMsgControl, NoUnread and NoLastMsg; it tests `1 === excludedFromLastMessage`).
 */
function control(message: StoredMessage): Body {
  const flags: Body = {};
  if (message.noUnread === true) flags.NoUnread = 1;
  if (message.noLastMessage === true) flags.NoLastMsg = 1;
  return Object.keys(flags).length > 0 ? { SendMsgControl: flags } : {};
}

function common(message: StoredMessage, directory: Directory): Body {
  const sender = directory.users.get(message.from);
  return {
    ...control(message),
    ...(message.cloudCustomData !== undefined ? { CloudCustomData: message.cloudCustomData } : {}),
    From_Account: message.from,
    MsgSeq: message.sequence,
    MsgRandom: message.random,
    MsgTimeStamp: message.time,
    MsgClientTime: message.clientTime,
    ClientSeq: message.clientSequence,
    TinyId: message.senderTinyID,
    MsgBody: message.elements,
    From_AccountNick: sender?.nick ?? '',
    From_AccountHeadurl: sender?.avatar ?? '',
  };
}

/** A 1:1 message in getroammsg's MsgList or a msg_push C2cMsgArray. */
export function c2cItem(message: StoredMessage, directory: Directory): Body {
  return {
    ...common(message, directory),
    To_Account: message.to,
    IsNeedReadReceipt: message.needReadReceipt ? 1 : 0,
    IsPeerRead: message.receiptTime !== undefined ? 1 : 0,
  };
}

/** A group message in group_msg_get's RspMsgList or a msg_push GroupMsgArray (an @ message names its members). */
export function groupItem(message: StoredMessage, directory: Directory): Body {
  const group = directory.groups.get(message.to);
  const member = group?.members.get(message.from);
  return {
    ...common(message, directory),
    Random: message.random,
    ToGroupId: message.to,
    NeedReadReceipt: message.needReadReceipt ? 1 : 0,
    // GroupAt_Account is in the SDK's response map; the receiving SDK fills atUserList from it.
    ...(message.atUsers !== undefined ? { GroupAtInfo: message.atUsers.map((userID) => ({ GroupAtAllFlag: 0, GroupAt_Account: userID })) } : {}),
    GroupInfo: {
      GroupId: message.to,
      GroupType: group?.type ?? '',
      MsgFrom_AccountExtraInfo: { NameCard: member?.nameCard ?? '' },
    },
  };
}

/** How a group receipt change reaches the sender: a group tip (event 5) with GroupMsgReceiptList. */
export function groupReceiptTip(message: StoredMessage): Body {
  return {
    GroupInfo: { GroupId: message.to },
    MsgBody: {
      GroupMsgReceiptList: [
        {
          TinyId: message.senderTinyID,
          MsgClientTime: message.clientTime,
          MsgRandom: message.random,
          MsgSeq: message.sequence,
          ReadNum: message.readers.size,
          UnreadNum: message.eligible.length - message.readers.size,
        },
      ],
    },
  };
}

export function pushBody(events: Body[]): Body {
  return { EventArray: events };
}
