import { useCallback, useState } from 'react';
import { useStore } from 'zustand';
import type { ConversationID } from '../../core/types';
import { useChatContext } from '../chat-context';

/**
 * The composer's text, kept as the conversation's draft in the store (and so across
 * conversation switches and reloads). The field answers from local state: the store publishes
 * once per frame, and a field fed from it would lag behind the keys and move the caret.
 */
export function useDraft(conversationID: ConversationID): [string, (text: string) => void] {
  const { store } = useChatContext('useDraft');
  const stored = useStore(store, (state) => state.drafts.get(conversationID) ?? '');
  const [local, setLocal] = useState({ text: stored, seen: stored, typed: false });
  // A draft read back from storage after mounting (the login reads it) fills a field the user
  // has not touched; after a keystroke the field is the truth, and the store only follows it.
  if (stored !== local.seen) setLocal({ ...local, seen: stored, text: !local.typed && local.text === '' ? stored : local.text });
  const change = useCallback(
    (next: string) => {
      setLocal((current) => ({ ...current, text: next, typed: true }));
      store.actions.setDraft(conversationID, next);
    },
    [store, conversationID],
  );
  return [local.text, change];
}
