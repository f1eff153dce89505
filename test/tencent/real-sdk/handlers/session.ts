import type { Body } from '../frames';
import { ServiceError } from '../service-error';
import { requireSession } from './messages';
import type { Handler, Request } from './types';

/** Server codes the SDK reacts to by itself (its `oi` table in index.es.js). */
export const ServerCode = {
  /** userSig (A2 key) expired on a request: the SDK reports KICKED_OUT userSigExpired, then reconnects. */
  A2KEY_EXPIRED: 70001,
  INVALID_ACCOUNT: 70107,
  /** A request with no valid A2 key. */
  NOT_SIGNED_IN: 70003,
} as const;

function login({ service, link, head }: Request): Body {
  const { directory } = service;
  // A first login names the user; a re-login after a reconnect carries only the tiny ID.
  const userID =
    typeof head.identifier === 'string'
      ? head.identifier
      : [...directory.users.values()].find((u) => u.tinyID === String(head.tinyid))?.userID;
  if (userID === undefined || !directory.users.has(userID)) {
    throw new ServiceError(ServerCode.INVALID_ACCOUNT, `account ${String(userID)} not found`);
  }
  const sig = typeof head.usersig === 'string' ? head.usersig : undefined;
  if (sig !== undefined && service.expiredUserSigs.has(sig)) {
    throw new ServiceError(ServerCode.A2KEY_EXPIRED, 'userSig expired');
  }
  service.expiredSessions.delete(userID);
  const session = service.openSession(link, userID);
  // Assumption: the field names the SDK reads after login (a2Key, tinyID, instanceID,
  // helloInterval, timeStamp) in the server's casing; TinyId and InstId are in its key maps.
  return {
    A2Key: session.a2Key,
    TinyId: session.tinyID,
    InstId: session.instanceID,
    HelloInterval: 120,
    TimeStamp: directory.now(),
  };
}

function logout({ service, link }: Request): Body {
  service.closeSession(link);
  return {};
}

const ok: Handler = () => ({});

/**
 * Answers to what the SDK syncs after login and never needs for receipts: empty and complete,
 * so its paging loops end (a missing StartIndex or CompleteFlag makes it ask again forever).
 */
const SYNC_DEFAULTS: ReadonlyArray<readonly [string, Body]> = [
  ['sns.black_list_get', { BlackListItem: [], StartIndex: 0, CurruentSequence: 0 }],
  ['sns.friend_get', { FriendNum: 0, UserDataItem: [], NextStartIndex: 0, CompleteFlag: 1 }],
  ['sns.group_get', { ResultItem: [], LastSequence: 0 }],
  ['sns.pendency_get', { PendencyItem: [], UnreadPendencyCount: 0, StartTime: 0, MaxLimited: 0 }],
  ['recentcontact.get_contact_group', { ContactGroupItem: [], CompleteFlag: 1 }],
  ['im_sdk_config_mgr.fetch_config', { int32_error_code: 0, str_json_config: '', uint32_expired_time: 3600 }],
];

/**
 * The unread sync after login. It carries no messages (readers load history, as the store
 * does) but the per-peer 1:1 unread counts, the only place the SDK takes them from.
 * Assumptions: the item keys From_Account and UnreadCount; SyncFlag 2 ends the sync.
 */
const unreadSync: Handler = (request) => {
  const session = requireSession(request);
  const { directory } = request.service;
  const me = session.userID;
  const counts = new Map<string, number>();
  if (!directory.unlistedConversations.has(me)) {
    for (const m of directory.messages) {
      if (m.kind === 'c2c' && m.to === me && m.time > directory.readMark(me, m.from)) counts.set(m.from, (counts.get(m.from) ?? 0) + 1);
    }
  }
  const pairs = [...counts].map(([From_Account, UnreadCount]) => ({ From_Account, UnreadCount }));
  return { Cookie: `sync-${me}`, SyncFlag: 2, MsgList: [], C2CPairUnreadCount: pairs };
};

export const SESSION_HANDLERS: ReadonlyArray<readonly [string, Handler]> = [
  ['im_open_status.wslogin', login],
  ['im_open_status.wslogout', logout],
  ['im_open_status.wshello', ok],
  ['heartbeat.alive', ok],
  ['openim.getmsg', unreadSync],
  ['imopenstat.tim_web_report_v2', ok],
  ['openim.ws_msg_push_ack', () => undefined],
  ...SYNC_DEFAULTS.map(([servcmd, body]): readonly [string, Handler] => [servcmd, () => body]),
  // The edition's features (TencentService.purchaseBits): all bought unless a test says otherwise.
  [
    'im_sdk_config_mgr.fetch_imsdk_purchase_bitsv2',
    ({ service }) => ({ int32_error_code: 0, str_purchase_bits: service.purchaseBits, uint32_expired_time: 3600 }),
  ],
];
