import { toChatError } from '../errors';
import type { GroupID, GroupInfo, UserID, UserProfile } from '../types';
import type { StoreContext } from './context';

interface Waiter {
  resolve: (profile: UserProfile | undefined) => void;
  reject: (error: unknown) => void;
}

/**
 * Profile look-ups of one tick share one `getUserProfiles` call: a list of 50 bubbles asks
 * once, not 50 times.
 */
export function createProfileLoader(ctx: StoreContext): (userID: UserID) => Promise<UserProfile | undefined> {
  let waiting = new Map<UserID, Waiter[]>();

  const flush = async (): Promise<void> => {
    const batch = waiting;
    waiting = new Map();
    try {
      const profiles = await ctx.adapter.getUserProfiles([...batch.keys()]);
      const byID = new Map(profiles.map((profile) => [profile.userID, profile]));
      const merged = new Map(ctx.store.getState().profiles);
      for (const [userID, profile] of byID) merged.set(userID, profile);
      ctx.store.setState({ profiles: merged });
      for (const [userID, waiters] of batch) for (const waiter of waiters) waiter.resolve(byID.get(userID));
    } catch (thrown) {
      const error = toChatError(thrown);
      for (const waiters of batch.values()) for (const waiter of waiters) waiter.reject(error);
    }
  };

  return (userID) => {
    const known = ctx.store.getState().profiles.get(userID);
    if (known) return Promise.resolve(known);
    return new Promise((resolve, reject) => {
      if (waiting.size === 0) queueMicrotask(() => void flush());
      const waiters = waiting.get(userID);
      if (waiters) waiters.push({ resolve, reject });
      else waiting.set(userID, [{ resolve, reject }]);
    });
  };
}

export async function loadGroupInfo(ctx: StoreContext, groupID: GroupID): Promise<GroupInfo> {
  try {
    const info = await ctx.adapter.getGroupInfo(groupID);
    ctx.store.setState({ groups: new Map(ctx.store.getState().groups).set(groupID, info) });
    return info;
  } catch (thrown) {
    throw toChatError(thrown);
  }
}
