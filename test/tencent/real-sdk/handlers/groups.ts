import type { Body } from '../frames';
import type { StoredGroup } from '../directory';
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

function groupInfo(group: StoredGroup, userID: string): Body {
  const self = group.members.get(userID);
  return {
    GroupId: group.groupID,
    Type: group.type,
    Name: group.name,
    MemberNum: group.members.size,
    NextMsgSeq: group.nextSeq,
    SelfInfo: { Role: 'Member', JoinTime: self?.joinTime ?? 0, MsgFlag: 'AcceptAndNotify', MsgSeq: 0, NameCard: self?.nameCard ?? '' },
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
      .map((g) => groupInfo(g, session.userID));
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
    const members = [...group.members].map(([userID, m]) => ({ Member_Account: userID, NameCard: m.nameCard, Role: 'Member' }));
    return { ...groupInfo(group, session.userID), ErrorCode: 0, MemberList: members.filter((m) => m.Member_Account === session.userID) };
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

/**
 * The recent-contact list. The SDK takes 1:1 unread counts from the unread sync, not from here;
 * a user in `unlistedConversations` gets an empty list (the service's list lags).
 */
const conversationList: Handler = (request) => {
  const session = requireSession(request);
  const { directory } = request.service;
  const me = session.userID;
  const peers = new Set<string>();
  const groups = new Set<string>();
  if (!directory.unlistedConversations.has(me)) {
    for (const m of directory.messages) {
      if (m.kind === 'c2c' && (m.from === me || m.to === me)) peers.add(m.from === me ? m.to : m.from);
      if (m.kind === 'group' && directory.groups.get(m.to)?.members.has(me)) groups.add(m.to);
    }
  }
  const items = [
    ...[...peers].map((peer) => ({ Type: 1, To_Account: peer, UnreadMsgCount: 0, C2cPeerReadTime: directory.readMark(peer, me) })),
    ...[...groups].map((groupID) => ({ Type: 2, ToAccount: groupID, UnreadMsgCount: 0 })),
  ];
  return { CompleteFlag: 1, SessionItem: items, TimeStamp: directory.now(), StartIndex: 0, TopTimeStamp: 0, TopStartIndex: 0 };
};

export const GROUP_HANDLERS: ReadonlyArray<readonly [string, Handler]> = [
  ['group_open_http_svc.get_joined_group_list', joinedList(false)],
  ['million_group_open_http_svc.get_joined_group_list', joinedList(true)],
  ['group_open_http_svc.get_group_self_member_info', groupProfile],
  ['group_open_http_svc.get_specified_group_member_info', memberProfiles],
  ['profile.portrait_get_all', userProfiles],
  ['recentcontact.page_get', conversationList],
];
