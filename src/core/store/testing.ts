import { vi } from 'vitest';
import type { ChatAdapter, ChatEvent, ChatListener } from '../adapter';
import type { GroupMessageReceipt, HistoryPage, Message, MessageReceipt } from '../types';
import { createChatStore } from './create-chat-store';
import type { ChatStoreOptions } from './types';

/** Test-only builders and a scriptable in-memory adapter. Not part of the public API. */

let seq = 0;

export function buildMessage(overrides: Partial<Message> = {}): Message {
  seq += 1;
  return {
    messageID: `m${seq}`,
    conversationID: 'GROUPg1',
    senderID: 'me',
    text: `hello ${seq}`,
    time: 1_000_000 + seq,
    seq,
    status: 'sent',
    needReadReceipt: true,
    ...overrides,
  };
}

export function groupReceipt(messageID: string, readCount: number, unreadCount: number, version?: number): GroupMessageReceipt {
  return { kind: 'group', messageID, groupID: 'g1', readCount, unreadCount, ...(version === undefined ? {} : { version }) };
}

export interface FakeAdapter extends ChatAdapter {
  emit(event: ChatEvent): void;
  listenerCount(): number;
  /** Newest page per conversation; older pages are not modelled. */
  history: Map<string, HistoryPage>;
  /** What `getMessageReadReceipts` answers. */
  truth: Map<string, MessageReceipt>;
}

export function createFakeAdapter(userID = 'me'): FakeAdapter & { [K in keyof ChatAdapter]: ReturnType<typeof vi.fn> & ChatAdapter[K] } {
  const listeners = new Set<ChatListener>();
  const history = new Map<string, HistoryPage>();
  const truth = new Map<string, MessageReceipt>();
  let serverSeq = 1000;
  const adapter = {
    history,
    truth,
    emit: (event: ChatEvent) => {
      for (const listener of [...listeners]) listener(event);
    },
    listenerCount: () => listeners.size,
    login: vi.fn(async () => ({ userID })),
    logout: vi.fn(async () => undefined),
    getUserProfiles: vi.fn(async (ids: string[]) => ids.map((id) => ({ userID: id, nickname: `N-${id}` }))),
    getGroupInfo: vi.fn(async (groupID: string) => ({
      groupID,
      name: `Group ${groupID}`,
      type: 'Work' as const,
      memberCount: 5,
      receiptsEnabled: true,
    })),
    getMessageHistory: vi.fn(
      async ({ conversationID }: { conversationID: string }) =>
        history.get(conversationID) ?? { messages: [], nextCursor: '', isFinished: true },
    ),
    sendMessage: vi.fn(async (input: { conversationID: string; text: string; needReadReceipt: boolean; clientID?: string }) => {
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
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
}

/** A store over a fresh fake adapter, logged in and subscribed. */
export async function startedStore(options: ChatStoreOptions = {}) {
  const adapter = createFakeAdapter();
  const store = createChatStore(adapter, options);
  store.getState().actions.start();
  await settle();
  return { adapter, store };
}
