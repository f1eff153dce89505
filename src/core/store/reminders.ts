import { ChatError, ErrorCode, toChatError } from '../errors';
import type { MessageID, Reminder, RemindUnreadResult } from '../types';
import { validateReminder, validateRemindUnreadResult } from '../validate-conversations';
import type { StoreContext } from './context';
import type { Draft } from './draft';
import type { ReminderSend } from './types';

/** Reminders kept for the receiver: the newest per message, this many messages at most. */
export const RECEIVED_REMINDER_LIMIT = 100;

/** A `reminder` event: checked, then kept as the newest reminder about its message. */
export function applyReminder(draft: Draft, reminder: unknown): void {
  try {
    const valid = validateReminder(reminder);
    const map = new Map(draft.receivedReminders);
    map.delete(valid.messageID);
    map.set(valid.messageID, valid);
    // Insertion order is arrival order: the oldest go first once the bound is passed.
    while (map.size > RECEIVED_REMINDER_LIMIT) map.delete(map.keys().next().value as MessageID);
    draft.receivedReminders = map;
  } catch (error) {
    draft.errors.push(toChatError(error));
  }
}

/**
 * The user has seen what these reminders were about: they have done their job. Dropped whether
 * or not receipts are sent, since a reminder is about the user reading, not about the report.
 * Walks the reminders (at most RECEIVED_REMINDER_LIMIT), never the conversation.
 */
export function dropReminders(ctx: StoreContext, seen: (reminder: Reminder) => boolean): void {
  const current = ctx.live.getState().receivedReminders;
  const drop = [...current.values()].filter(seen);
  if (drop.length === 0) return;
  ctx.commit((draft) => {
    const map = new Map(draft.receivedReminders);
    for (const reminder of drop) map.delete(reminder.messageID);
    draft.receivedReminders = map;
  });
}

/**
 * `remindUnread`, once per message at a time. The backend picks the recipients (the client
 * never lists them); a refusal for the rate limit keeps `retryAt` as the next allowed time,
 * so the UI can say when.
 */
export function createReminderActions(ctx: StoreContext) {
  const set = (messageID: MessageID, send: ReminderSend) =>
    ctx.commit((draft) => {
      const map = new Map(draft.reminderSends);
      map.set(messageID, send);
      draft.reminderSends = map;
    });
  return {
    remindUnread: async (messageID: MessageID): Promise<RemindUnreadResult | undefined> => {
      const before = ctx.live.getState().reminderSends.get(messageID);
      if (before?.status === 'loading') return undefined;
      if (!ctx.adapter.remindUnread) {
        const error = new ChatError(ErrorCode.INVALID_PARAMETER, 'This adapter has no remindUnread (see ChatAdapterFeatures).');
        set(messageID, { status: 'error', error });
        ctx.reportError(error);
        return undefined;
      }
      set(messageID, { ...before, status: 'loading', error: null });
      try {
        const result = validateRemindUnreadResult(await ctx.adapter.remindUnread({ messageID }));
        set(messageID, { status: 'ready', error: null, reminded: result.reminded, nextAllowedAt: result.nextAllowedAt });
        return result;
      } catch (thrown) {
        const error = toChatError(thrown);
        const nextAllowedAt = error.code === ErrorCode.RATE_LIMITED && error.retryAt !== undefined ? error.retryAt : before?.nextAllowedAt;
        set(messageID, { ...before, status: 'error', error, ...(nextAllowedAt !== undefined ? { nextAllowedAt } : {}) });
        // A refusal the UI explains by itself ("next allowed at") is not reported again.
        if (error.code !== ErrorCode.RATE_LIMITED) ctx.reportError(error);
        return undefined;
      }
    },
  };
}
