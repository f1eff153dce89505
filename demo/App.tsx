import { useMemo, useState } from 'react';
import type { UserID } from '../src/core/types';
import { ChatProvider, LocaleProvider, type ReceiptStyle } from '../src/index';
import { ConversationView } from '../src/react/bound/ConversationView';
import { ControlPanel } from './ControlPanel';
import { ReaderPane } from './ReaderPane';
import { createDemoWorld, type DemoConversation } from './demo-world';
import { StatusBar } from './StatusBar';

/**
 * The demo: the sender ("Alex", left) and one reader (right) side by side on one mock
 * backend; on a phone, tabs between them and the controls in a drawer. Each pane is its own
 * ChatProvider with its own store, exactly as two apps would be.
 */
export function App() {
  const world = useMemo(() => createDemoWorld(), []);
  const [selected, setSelected] = useState<DemoConversation>(world.conversations[1] ?? world.conversations[0]!);
  const [readerID, setReaderID] = useState<UserID>(selected.readers[0] ?? world.me);
  const [theme, setTheme] = useState<'light' | 'dark'>('light');
  const [locale, setLocale] = useState('en');
  const [dir, setDir] = useState<'ltr' | 'rtl'>('ltr');
  const [receiptStyle, setReceiptStyle] = useState<ReceiptStyle | 'auto'>('auto');
  // On a phone one pane shows at a time (tabs), and the simulation controls open as a drawer.
  const [tab, setTab] = useState<'sender' | 'reader'>('sender');
  const [controlsOpen, setControlsOpen] = useState(false);

  const choose = (conversation: DemoConversation) => {
    setSelected(conversation);
    if (!conversation.readers.includes(readerID)) setReaderID(conversation.readers[0] ?? world.me);
  };
  const readerName = (userID: UserID) => world.backend.getUserProfiles(world.me, [userID])[0]?.nickname ?? userID;

  return (
    <LocaleProvider locale={locale} dir={dir} receiptStyle={receiptStyle === 'auto' ? undefined : receiptStyle}>
      <div className="rrr-root demo" data-theme={theme} data-tab={tab} dir={dir} lang={locale}>
        <header className="demo__header">
          <h1>react-read-receipts</h1>
          <p>Send as Alex, read as someone else, and watch the badge. Put the reader on Inbox to stay unread, then remind them from the Unread tab.</p>
          <div className="demo__pickers">
            <label>
              Theme{' '}
              <select value={theme} onChange={(e) => setTheme(e.target.value as 'light' | 'dark')}>
                <option value="light">Light</option>
                <option value="dark">Dark</option>
              </select>
            </label>
            <label>
              Language{' '}
              <select value={locale} onChange={(e) => setLocale(e.target.value)}>
                <option value="en">English</option>
                <option value="ko">한국어</option>
                <option value="zh-CN">简体中文</option>
                <option value="zh-TW">繁體中文</option>
              </select>
            </label>
            <label>
              Receipts{' '}
              <select value={receiptStyle} onChange={(e) => setReceiptStyle(e.target.value as ReceiptStyle | 'auto')}>
                <option value="auto">By language</option>
                <option value="read-by">Read by N (LINE)</option>
                <option value="count-down">Count-down (KakaoTalk)</option>
                <option value="unread">N unread (DingTalk)</option>
                <option value="ring">Progress ring (Feishu)</option>
              </select>
            </label>
            <label>
              Direction{' '}
              <select value={dir} onChange={(e) => setDir(e.target.value as 'ltr' | 'rtl')}>
                <option value="ltr">Left to right</option>
                <option value="rtl">Right to left</option>
              </select>
            </label>
          </div>
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
        <div className="demo__tabs" role="group" aria-label="Show">
          <button type="button" aria-pressed={tab === 'sender'} onClick={() => setTab('sender')}>
            Sender
          </button>
          <button type="button" aria-pressed={tab === 'reader'} onClick={() => setTab('reader')}>
            Reader
          </button>
          <button type="button" aria-expanded={controlsOpen} aria-controls="demo-controls" onClick={() => setControlsOpen(!controlsOpen)}>
            Controls
          </button>
        </div>
        <main className="demo__panes">
          <section className="demo__pane" data-pane="sender" aria-label="Alex's view (sender)">
            <ChatProvider adapter={world.adapterFor(world.me)}>
              <h2>Alex (you, the sender)</h2>
              <StatusBar />
              <ConversationView
                key={selected.conversationID}
                conversationID={selected.conversationID}
                label={`${selected.name}, as Alex`}
                title={selected.name}
              />
            </ChatProvider>
          </section>
          <section className="demo__pane" data-pane="reader" aria-label="Reader's view">
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
              <ReaderPane world={world} readerID={readerID} selected={selected} nameOf={readerName} onChoose={choose} />
            </ChatProvider>
          </section>
        </main>
        <div className="demo__drawer" id="demo-controls" data-open={controlsOpen}>
          <ControlPanel world={world} conversation={selected} />
        </div>
      </div>
    </LocaleProvider>
  );
}
