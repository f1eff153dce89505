import { ChatError, ErrorCode } from '../core/errors';
import type { GroupInfo, GroupType } from '../core/types';
import type { Caller } from './calls';
import { NEVER_RECEIPT_TYPES, toGroupType } from './mapping';
import { EVENT, type SdkResponse, type TencentChatLike } from './sdk';

interface SdkGroup {
  groupID: string;
  name?: string;
  type: string;
  memberCount?: number;
}

/**
 * Group profiles, fetched once per group and kept, because every receipt call on a group
 * message must first know whether that group's type can have receipts at all.
 */
export class GroupDirectory {
  private readonly infos = new Map<string, GroupInfo>();
  private readonly inFlight = new Map<string, Promise<GroupInfo>>();
  /** Groups whose profile this SDK session has fetched; a new session (SDK_READY) starts empty. */
  private readonly introduced = new Set<string>();

  constructor(
    private readonly chat: Pick<TencentChatLike, 'getGroupProfile' | 'on'>,
    /** The console setting cannot be read from the SDK, so the app states it. */
    private readonly receiptGroupTypes: ReadonlySet<GroupType>,
    private readonly call: Caller,
  ) {
    chat.on(EVENT.SDK_READY, () => this.introduced.clear());
  }

  /**
   * Fetches the profile once per SDK session before any of the group's messages enter SDK
   * memory: the SDK's first getGroupProfile for a group missing from its joined-group list adds
   * the group and drops that group's messages from memory (`deleteGroupRoamingInfo`), and
   * receipt events only fire for messages in memory.
   */
  async introduce(groupID: string): Promise<GroupInfo> {
    if (this.introduced.has(groupID)) return this.get(groupID);
    return this.fetch(groupID);
  }

  /** Always asks the SDK (group names and member counts change). */
  fetch(groupID: string): Promise<GroupInfo> {
    const running = this.inFlight.get(groupID);
    if (running) return running;
    const request = this.load(groupID).finally(() => this.inFlight.delete(groupID));
    this.inFlight.set(groupID, request);
    return request;
  }

  /** The kept profile if there is one; receipt checks need the type only, which never changes. */
  get(groupID: string): Promise<GroupInfo> {
    const known = this.infos.get(groupID);
    return known ? Promise.resolve(known) : this.fetch(groupID);
  }

  async assertReceiptsEnabled(groupID: string): Promise<void> {
    const info = await this.get(groupID);
    if (info.receiptsEnabled) return;
    const why = NEVER_RECEIPT_TYPES.has(info.type)
      ? `${info.type} groups never support read receipts`
      : `receipts are not enabled for ${info.type} groups (receiptGroupTypes; console: ` +
        'Feature Configuration > Login and Message > Group Message Read Receipts)';
    throw new ChatError(ErrorCode.RECEIPTS_NOT_ENABLED, `Group "${groupID}": ${why}.`);
  }

  private async load(groupID: string): Promise<GroupInfo> {
    const response: SdkResponse<{ group: SdkGroup }> = await this.call.sdk('getGroupProfile', () =>
      this.chat.getGroupProfile({ groupID }),
    );
    this.introduced.add(groupID);
    const group = response.data.group;
    const type = toGroupType(group.type);
    if (!type) {
      throw new ChatError(ErrorCode.MALFORMED_PAYLOAD, `Group "${groupID}" has an unknown type "${group.type}".`);
    }
    const info: GroupInfo = {
      groupID: group.groupID || groupID,
      name: group.name ?? '',
      type,
      memberCount: Number.isFinite(group.memberCount) ? Number(group.memberCount) : 0,
      receiptsEnabled: !NEVER_RECEIPT_TYPES.has(type) && this.receiptGroupTypes.has(type),
    };
    this.infos.set(groupID, info);
    return info;
  }
}
