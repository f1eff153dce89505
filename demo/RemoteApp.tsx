import { useState } from 'react';
import type { ChatAdapter } from '../src/core/adapter';
import type { ChatStoreOptions } from '../src/core/store';
import type { ConversationID } from '../src/core/types';
import { ChatProvider } from '../src/index';
import { ConversationView } from '../src/react/bound/ConversationView';
import { StatusBar } from './StatusBar';

export interface RemoteConversation {
  conversationID: ConversationID;
  name: string;
}

interface RemoteAppProps {
  adapter: ChatAdapter;
  /** Who this tab is, for the heading. */
  userID: string;
  conversations: readonly RemoteConversation[];
  backendName: string;
  /** Options of the pane's store. */
  options?: ChatStoreOptions;
}

/** One user per browser tab, on a real network backend (the mock WebSocket server or Tencent). */
export function RemoteApp({ adapter, userID, conversations, backendName, options }: RemoteAppProps) {
  const [selected, setSelected] = useState(conversations[0]);
  return (
    <div className="rrr-root demo demo--remote">
      <header className="demo__header">
        <h1>react-read-receipts</h1>
        <p>
          Signed in as <strong>{userID}</strong> on {backendName}.
        </p>
      </header>
      <nav className="demo__conversations" aria-label="Conversations">
        <ul>
          {conversations.map((conversation) => (
            <li key={conversation.conversationID}>
              <button
                type="button"
                aria-current={conversation === selected ? 'true' : undefined}
                onClick={() => setSelected(conversation)}
              >
                {conversation.name}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="demo__panes demo__panes--single">
        <section className="demo__pane" aria-label={`${userID}'s view`}>
          <ChatProvider adapter={adapter} options={options} warnOnUnload>
            <StatusBar />
            {selected && (
              <ConversationView key={selected.conversationID} conversationID={selected.conversationID} label={selected.name} />
            )}
          </ChatProvider>
        </section>
      </main>
    </div>
  );
}
