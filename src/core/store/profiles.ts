import type { ChatAdapter } from '../adapter';
import { toChatError } from '../errors';
import type { UserID, UserProfile } from '../types';

interface Waiter {
  resolve: (profile: UserProfile | undefined) => void;
  reject: (error: unknown) => void;
}

/**
 * Profile look-ups of one tick share one `getUserProfiles` call: a list of 50 bubbles asks
 * once, not 50 times. The query cache keeps the results; this only batches the requests.
 */
export function createProfileBatcher(adapter: Pick<ChatAdapter, 'getUserProfiles'>): (userID: UserID) => Promise<UserProfile | undefined> {
  let waiting = new Map<UserID, Waiter[]>();

  const flush = async (): Promise<void> => {
    const batch = waiting;
    waiting = new Map();
    try {
      const profiles = await adapter.getUserProfiles([...batch.keys()]);
      const byID = new Map<UserID, UserProfile>();
      for (const profile of Array.isArray(profiles) ? profiles : []) {
        if (typeof profile?.userID === 'string') byID.set(profile.userID, profile);
      }
      for (const [userID, waiters] of batch) for (const waiter of waiters) waiter.resolve(byID.get(userID));
    } catch (thrown) {
      const error = toChatError(thrown);
      for (const waiters of batch.values()) for (const waiter of waiters) waiter.reject(error);
    }
  };

  return (userID) =>
    new Promise((resolve, reject) => {
      if (waiting.size === 0) queueMicrotask(() => void flush());
      const waiters = waiting.get(userID);
      if (waiters) waiters.push({ resolve, reject });
      else waiting.set(userID, [{ resolve, reject }]);
    });
}
