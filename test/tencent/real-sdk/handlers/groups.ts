import type { Body } from '../frames';
import type { StoredGroup, StoredMessage } from '../directory';
import type { TencentService } from '../service';
import { ServiceError } from '../service-error';
import { requireSession } from './messages';
import type { Handler } from './types';

/** Server codes for group refusals (TENCENT.md's table). */
export const GroupCode = { NO_PERMISSION: 10007, NOT_FOUND: 10015 } as const;

export function requireMember(service: TencentService, groupID: string, userID: string): StoredGroup {
  const group = service.directory.groups.get(groupID);
  if (!group) throw new ServiceError(GroupCode.NOT_FOUND, `group id invalid: ${groupID}`);
  if (!group.members.has(userID)) throw new ServiceError(GroupCode.NO_PERMISSION, 'not a group member');
  return group;
}

/** A member's do-not-disturb setting for a group, as MsgFlag strings (TYPES.MSG_REMIND_*). */
function msgFlag(service: TencentService, groupID: string, userID: string): string {
  return service.directory.muted.has(`${userID}>GROUP${groupID}`) ? 'AcceptNotNotify' : 'AcceptAndNotify';
}

function groupInfo(group: StoredGroup, userID: string, flag = 'AcceptAndNotify'): Body {
  const self = group.members.get(userID);
  return {
    GroupId: group.groupID,
    Type: group.type,
    Name: group.name,
    FaceUrl: group.avatar ?? '',
    MemberNum: group.members.size,
    NextMsgSeq: group.nextSeq,
    SelfInfo: { Role: 'Member', JoinTime: self?.joinTime ?? 0, MsgFlag: flag, MsgSeq: 0, NameCard: self?.nameCard ?? '' },
  };
}

/**
 * The joined-group list, in two calls as the SDK makes them: first the ordinary groups, then
 * (with Type 'Community') the community ones on million_group_open_http_svc.
 */
function joinedList(communities: boolean): Handler {
  return (request) => {
    const session = requireSession(request);
    const groups = request.service.directory
      .joinedGroups(session.userID)
      .filter((g) => (g.type === 'Community') === communities)
      .map((g) => groupInfo(g, session.userID, msgFlag(request.service, g.groupID, session.userID)));
    return { GroupIdList: groups, TotalCount: groups.length };
  };
}

/**
 * getGroupProfile. Per-group refusals sit inside a successful answer, each item with its own
 * ErrorCode (the SDK builds those errors itself, so they keep their code with any module).
 */
const groupProfile: Handler = (request) => {
  const session = requireSession(request);
  const ids = Array.isArray(request.body.GroupIdList) ? (request.body.GroupIdList as string[]) : [];
  const items = ids.map((groupID) => {
    const group = request.service.directory.groups.get(groupID);
    if (!group) return { GroupId: groupID, ErrorCode: GroupCode.NOT_FOUND, ErrorInfo: 'group id invalid' };
    // Assumption: a non-member may not read a Work group's profile.
    if (!group.members.has(session.userID)) return { GroupId: groupID, ErrorCode: GroupCode.NO_PERMISSION, ErrorInfo: 'not a group member' };
    // The caller's own member info, with MsgFlag: the SDK asks for it (getMsgRemindType) for a group conversation it did not list yet.
    const flag = msgFlag(request.service, groupID, session.userID);
    const self = group.members.get(session.userID);
    const member = { Member_Account: session.userID, NameCard: self?.nameCard ?? '', Role: 'Member', MsgFlag: flag };
    return { ...groupInfo(group, session.userID, flag), ErrorCode: 0, MemberList: [member] };
  });
  return { GroupInfo: items };
};

const memberProfiles: Handler = (request) => {
  const session = requireSession(request);
  const group = requireMember(request.service, String(request.body.GroupId ?? ''), session.userID);
  const ids = Array.isArray(request.body.Member_List_Account) ? (request.body.Member_List_Account as string[]) : [];
  const members = ids.flatMap((userID) => {
    const member = group.members.get(userID);
    return member ? [{ Member_Account: userID, NameCard: member.nameCard, Role: 'Member', JoinTime: member.joinTime }] : [];
  });
  return { MemberList: members };
};

/** Profiles by tag; unknown IDs are left out (assumption: the live service may answer 40003 instead). */
const userProfiles: Handler = (request) => {
  requireSession(request);
  const items = Array.isArray(request.body.UserItem) ? (request.body.UserItem as Array<{ To_Account?: string }>) : [];
  const profiles = items.flatMap(({ To_Account: userID = '' }) => {
    const user = request.service.directory.users.get(userID);
    if (!user) return [];
    const tags = [
      { Tag: 'Tag_Profile_IM_Nick', Value: user.nick },
      { Tag: 'Tag_Profile_IM_Image', Value: user.avatar },
    ];
    return [{ To_Account: userID, ProfileItem: tags }];
  });
  return { UserProfileItem: profiles };
};

/** The newest message that may show as a conversation's last one (not sent with NoLastMsg). */
function lastShown(messages: readonly StoredMessage[]): StoredMessage | undefined {
  for (let i = messages.length - 1; i >= 0; i -= 1) if (messages[i]?.noLastMessage !== true) return messages[i];
  return undefined;
}

/** The last message's fields of a page_get item: camel-cased by the SDK to lastMsg, time, sequence. */
function lastFields(message: StoredMessage): Body {
  return {
    MsgTime: message.time,
    MsgSeq: message.sequence,
    MsgRandom: message.random,
    LastMsg: { MsgBody: message.elements, ...(message.cloudCustomData !== undefined ? { CloudCustomData: message.cloudCustomData } : {}) },
  };
}

/**
 * The recent-contact list: every conversation with a message the user may see, its last
 * message, the peer's or group's name, and the do-not-disturb flag (MsgRecvOption 2). Group
 * unread counts come from here; the SDK takes 1:1 ones from the unread sync. A user in
 * `unlistedConversations` gets an empty list (the service's list lags).
 * Assumptions, beyond the SDK's key map (SessionItem, ToAccount, To_Account, UnreadMsgCount,
 * MsgGroupReadedSeq, C2cPeerReadTime, MsgRecvOption, GroupNextMsgSeq, C2cNick, C2cImage): the
 * camel-cased LastMsg, MsgGroupFrom_Account, LastC2cMsgFrom_Account, GroupNick, GroupImage, GroupType
 * (the SDK reads them as lastMsg, groupNick, groupImage...: stand-in-shapes.test.ts checks each).
 */
const conversationList: Handler = (request) => {
  const session = requireSession(request);
  const { directory } = request.service;
  const me = session.userID;
  const items: Body[] = [];
  if (!directory.unlistedConversations.has(me)) {
    const visible = directory.messages.filter((m) => directory.visibleTo(m, me));
    const peers = new Set(visible.filter((m) => m.kind === 'c2c' && (m.from === me || m.to === me)).map((m) => (m.from === me ? m.to : m.from)));
    for (const peer of peers) {
      const last = lastShown(directory.c2cMessages(me, peer));
      const user = directory.users.get(peer);
      if (!last) continue;
      items.push({
        Type: 1,
        To_Account: peer,
        UnreadMsgCount: 0,
        C2cPeerReadTime: directory.readMark(peer, me),
        LastC2cMsgFrom_Account: last.from,
        C2cNick: user?.nick ?? '',
        C2cImage: user?.avatar ?? '',
        MsgRecvOption: directory.muted.has(`${me}>C2C${peer}`) ? 2 : 0,
        ...lastFields(last),
      });
    }
    for (const group of directory.joinedGroups(me)) {
      const messages = visible.filter((m) => m.kind === 'group' && m.to === group.groupID);
      const last = lastShown(messages);
      if (!last) continue;
      const readSeq = directory.groupReadSeq(me, group.groupID);
      const unread = messages.filter((m) => m.sequence > readSeq && m.from !== me && m.noUnread !== true).length;
      items.push({
        Type: 2,
        ToAccount: group.groupID,
        UnreadMsgCount: unread,
        GroupIgnoredUnreadSeqCount: 0,
        MsgGroupReadedSeq: readSeq,
        GroupNextMsgSeq: group.nextSeq,
        MsgGroupFrom_Account: last.from,
        GroupNick: group.name,
        GroupImage: group.avatar ?? '',
        GroupType: group.type,
        MsgRecvOption: directory.muted.has(`${me}>GROUP${group.groupID}`) ? 2 : 0,
        ...lastFields(last),
      });
    }
  }
  return { CompleteFlag: 1, SessionItem: items, TimeStamp: directory.now(), StartIndex: 0, TopTimeStamp: 0, TopStartIndex: 0 };
};

/**
 * Do-not-disturb of 1:1 chats, which the SDK asks for when a chat appears after the list was
 * synced. Without an answer its messageRemindType stays unset and getTotalUnreadMessageCount
 * leaves the chat out. MuteNotifications 2 is AcceptNotNotify (`_transMsgRemindType`).
 */
const c2cMuteFlags: Handler = (request) => {
  const session = requireSession(request);
  const peers = Array.isArray(request.body.Peer_Account) ? (request.body.Peer_Account as string[]) : [];
  const list = peers.map((peer) => ({ Peer_Account: peer, MuteNotifications: request.service.directory.muted.has(`${session.userID}>C2C${peer}`) ? 2 : 0 }));
  return { MuteNotificationsList: list };
};

export const GROUP_HANDLERS: ReadonlyArray<readonly [string, Handler]> = [
  ['openim.get_c2c_peer_mute_notifications', c2cMuteFlags],
  ['group_open_http_svc.get_joined_group_list', joinedList(false)],
  ['million_group_open_http_svc.get_joined_group_list', joinedList(true)],
  ['group_open_http_svc.get_group_self_member_info', groupProfile],
  ['group_open_http_svc.get_specified_group_member_info', memberProfiles],
  ['profile.portrait_get_all', userProfiles],
  ['recentcontact.page_get', conversationList],
];
