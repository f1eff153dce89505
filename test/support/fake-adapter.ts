import { vi } from 'vitest';
import type { ChatAdapter, ChatEvent, ChatListener, SendMessageInput } from '../../src/core/adapter';
import { createChatStore, immediateUpdates, type ChatStoreOptions } from '../../src/core/store';
import type { GroupInfo, HistoryPage, MessageReceipt } from '../../src/core/types';
import { buildMessage } from './builders';

/** A scriptable in-memory adapter whose every method is a `vi.fn` (for the store's own tests). */
export interface FakeAdapter extends ChatAdapter {
  emit(event: ChatEvent): void;
  listenerCount(): number;
  /** Newest page per conversation; older pages are not modelled. */
  history: Map<string, HistoryPage>;
  /** What `getMessageReadReceipts` answers. */
  truth: Map<string, MessageReceipt>;
  /** What `getGroupInfo` answers; a group not listed is a Work group of 1,000 members. */
  groups: Map<string, GroupInfo>;
}

type Mocked<T> = { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? ReturnType<typeof vi.fn> & T[K] : T[K] };

export function createFakeAdapter(userID = 'me'): Mocked<FakeAdapter> {
  const listeners = new Set<ChatListener>();
  const history = new Map<string, HistoryPage>();
  const truth = new Map<string, MessageReceipt>();
  const groups = new Map<string, GroupInfo>();
  let serverSeq = 1000;
  const adapter = {
    history,
    truth,
    groups,
    emit: (event: ChatEvent) => {
      for (const listener of [...listeners]) listener(event);
    },
    listenerCount: () => listeners.size,
    login: vi.fn(async () => ({ userID })),
    logout: vi.fn(async () => undefined),
    getUserProfiles: vi.fn(async (ids: string[]) => ids.map((id) => ({ userID: id, nickname: `N-${id}` }))),
    getGroupInfo: vi.fn(
      async (groupID: string): Promise<GroupInfo> =>
        groups.get(groupID) ?? { groupID, name: `Group ${groupID}`, type: 'Work', memberCount: 1000, receiptsEnabled: true },
    ),
    getMessageHistory: vi.fn(
      async ({ conversationID }: { conversationID: string }) =>
        history.get(conversationID) ?? { messages: [], nextCursor: '', isFinished: true },
    ),
    sendMessage: vi.fn(async (input: SendMessageInput) => {
      serverSeq += 1;
      return buildMessage({
        messageID: `srv${serverSeq}`,
        seq: serverSeq,
        senderID: userID,
        conversationID: input.conversationID,
        text: input.text,
        needReadReceipt: input.needReadReceipt,
        ...(input.clientID === undefined ? {} : { clientID: input.clientID }),
      });
    }),
    sendMessageReadReceipts: vi.fn(async (_ids: string[]) => undefined),
    getMessageReadReceipts: vi.fn(async (ids: string[]) => ids.flatMap((id) => truth.get(id) ?? [])),
    getGroupMessageReadMemberList: vi.fn(async () => ({ members: [], nextSeq: '', isFinished: true })),
    markC2CMessageAsRead: vi.fn(async (_userID: string) => undefined),
    subscribe: vi.fn((listener: ChatListener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
  };
  return adapter as never;
}

/** Lets pending promise callbacks run (without fake timers). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
}

/**
 * A store over a fresh fake adapter, logged in and subscribed, publishing every change at
 * once. The groups named in `knownGroups` (default: "team") have their info loaded, so
 * receipts of their messages apply without waiting for it.
 */
export async function startedStore(options: ChatStoreOptions = {}, knownGroups: readonly string[] = ['team']) {
  const adapter = createFakeAdapter();
  const store = createChatStore(adapter, { scheduler: immediateUpdates, ...options });
  store.actions.start();
  await settle();
  for (const groupID of knownGroups) await store.actions.loadGroupInfo(groupID);
  adapter.getGroupInfo.mockClear();
  return { adapter, store };
}
