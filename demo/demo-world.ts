import { createMockAdapter, presets, simulate, type MockAdapter, type MockBackend } from '../src/mock';
import type { ConversationID, UserID } from '../src/core/types';

export interface DemoConversation {
  /** As the sender ("me") sees it. */
  conversationID: ConversationID;
  name: string;
  kind: 'c2c' | 'group';
  /** Who can act as the reader in this conversation. */
  readers: readonly UserID[];
  note?: string;
}

export interface DemoWorld {
  backend: MockBackend;
  me: UserID;
  conversations: readonly DemoConversation[];
  adapterFor(userID: UserID): MockAdapter;
  /** The same conversation as another user sees it (1:1 IDs name the peer). */
  conversationFor(userID: UserID, conversation: DemoConversation): ConversationID;
  startReaders(conversation: DemoConversation, readersPerSecond: number): () => void;
}

/** One in-memory backend holding every demo conversation; adapters are made per user, once. */
export function createDemoWorld(): DemoWorld {
  const demo = presets.demo();
  const adapters = new Map<UserID, MockAdapter>();
  return {
    backend: demo.backend,
    me: demo.me,
    conversations: demo.conversations,
    adapterFor(userID) {
      let adapter = adapters.get(userID);
      if (!adapter) {
        adapter = createMockAdapter(demo.backend, userID, { latency: { min: 40, max: 80 }, seed: adapters.size + 1 });
        adapters.set(userID, adapter);
      }
      return adapter;
    },
    conversationFor(userID, conversation) {
      if (conversation.kind === 'group' || userID === demo.me) return conversation.conversationID;
      return `C2C${demo.me}`;
    },
    startReaders(conversation, readersPerSecond) {
      return simulate(demo.backend, { conversationID: conversation.conversationID, readersPerSecond, seed: 42 });
    },
  };
}
