import { useMemo, useState } from 'react';
import type { UserID } from '../src/core/types';
import { ChatProvider } from '../src/index';
import { ConversationView } from '../src/react/bound/ConversationView';
import { ControlPanel } from './ControlPanel';
import { createDemoWorld, type DemoConversation } from './demo-world';
import { StatusBar } from './StatusBar';

/**
 * The demo: the sender ("Alex", left) and one reader (right) side by side on one mock
 * backend. Each pane is its own ChatProvider with its own store, exactly as two apps would be.
 */
export function App() {
  const world = useMemo(() => createDemoWorld(), []);
  const [selected, setSelected] = useState<DemoConversation>(world.conversations[1] ?? world.conversations[0]!);
  const [readerID, setReaderID] = useState<UserID>(selected.readers[0] ?? world.me);
  const [theme, setTheme] = useState<'light' | 'dark'>('light');

  const choose = (conversation: DemoConversation) => {
    setSelected(conversation);
    if (!conversation.readers.includes(readerID)) setReaderID(conversation.readers[0] ?? world.me);
  };
  const readerName = (userID: UserID) => world.backend.getUserProfiles(world.me, [userID])[0]?.nickname ?? userID;

  return (
    <div className="rrr-root demo" data-theme={theme}>
      <header className="demo__header">
        <h1>react-read-receipts</h1>
        <p>Send as Alex on the left, read as someone else on the right, and watch the badge.</p>
        <label>
          Theme{' '}
          <select value={theme} onChange={(e) => setTheme(e.target.value as 'light' | 'dark')}>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
      </header>
      <nav className="demo__conversations" aria-label="Conversations">
        <ul>
          {world.conversations.map((conversation) => (
            <li key={conversation.conversationID}>
              <button
                type="button"
                aria-current={conversation === selected ? 'true' : undefined}
                onClick={() => choose(conversation)}
              >
                <span>{conversation.name}</span>
                {conversation.note && <small>{conversation.note}</small>}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="demo__panes">
        <section className="demo__pane" aria-label="Alex's view (sender)">
          <ChatProvider adapter={world.adapterFor(world.me)}>
            <h2>Alex (you, the sender)</h2>
            <StatusBar />
            <ConversationView
              key={selected.conversationID}
              conversationID={selected.conversationID}
              label={`${selected.name}, as Alex`}
            />
          </ChatProvider>
        </section>
        <section className="demo__pane" aria-label="Reader's view">
          <ChatProvider key={readerID} adapter={world.adapterFor(readerID)}>
            <h2>
              <label>
                Reading as{' '}
                <select value={readerID} onChange={(e) => setReaderID(e.target.value)}>
                  {selected.readers.map((userID) => (
                    <option key={userID} value={userID}>
                      {readerName(userID)}
                    </option>
                  ))}
                </select>
              </label>
            </h2>
            <StatusBar />
            <ConversationView
              key={selected.conversationID}
              conversationID={world.conversationFor(readerID, selected)}
              label={`${selected.name}, as ${readerName(readerID)}`}
            />
          </ChatProvider>
        </section>
      </main>
      <ControlPanel world={world} conversation={selected} />
    </div>
  );
}
