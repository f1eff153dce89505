import { createContext, useContext, useState } from 'react';
import { useStore } from 'zustand';
import type { ChatStore } from '../../core/store';
import type { ConversationID, MessageID, Reminder } from '../../core/types';

type Kept = ReadonlyMap<MessageID, Reminder>;

// Pure: an app importing only leaf components drops it.
export const KeptReminders = /* @__PURE__ */ createContext<Kept | undefined>(undefined);

/** The reminder the open conversation has kept for this message, if any. */
export const useKeptReminder = (messageID: MessageID): Reminder | undefined => useContext(KeptReminders)?.get(messageID);

/**
 * Reading a message drops its reminder in the store, and the notice with it, but the highlight
 * stays while the conversation is open. A bubble cannot keep it: its row remounts when it is
 * virtualized away and back, and when the log's virtualizer takes over from the first plain
 * rows, which on a loaded machine happens after the plain row was seen and reported.
 */
export function useKeptReminders(store: ChatStore, conversationID: ConversationID): Kept {
  const received = useStore(store, (state) => state.receivedReminders);
  // One per conversation: ConversationView mounts afresh for another ID, so nothing resets here.
  const [kept, setKept] = useState<Kept>(() => new Map());
  let next: Map<MessageID, Reminder> | undefined;
  for (const reminder of received.values()) {
    if (reminder.conversationID !== conversationID || kept.get(reminder.messageID) === reminder) continue;
    next ??= new Map(kept);
    next.set(reminder.messageID, reminder);
  }
  // Adjusted during render, as React advises for state derived from a changing input.
  if (next) setKept(next);
  return next ?? kept;
}
