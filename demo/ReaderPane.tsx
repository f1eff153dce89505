import { useState } from 'react';
import type { ConversationID, UserID } from '../src/core/types';
import { BoundConversationList, BoundReminderNotice, ConversationView, useTotalUnreadCount } from '../src/index';
import type { DemoConversation, DemoWorld } from './demo-world';
import { StatusBar } from './StatusBar';

interface ReaderPaneProps {
  world: DemoWorld;
  readerID: UserID;
  selected: DemoConversation;
  nameOf: (userID: UserID) => string;
  onChoose: (conversation: DemoConversation) => void;
}

/**
 * The reader's app, inside its own ChatProvider: the open chat, or the reader's inbox (the
 * kit's conversation list with unread counts). While the inbox shows, nothing is read, so
 * the reader stays among the unread members Alex can remind, and the reminder shows here.
 */
export function ReaderPane({ world, readerID, selected, nameOf, onChoose }: ReaderPaneProps) {
  const [view, setView] = useState<'chat' | 'inbox'>('chat');
  const total = useTotalUnreadCount();
  // The reader's IDs name Alex for a 1:1 chat; the demo's list names the reader.
  const demoConversationOf = (conversationID: ConversationID) =>
    world.conversations.find((c) => world.conversationFor(readerID, c) === conversationID && (c.kind === 'group' || c.readers.includes(readerID)));
  const open = (conversationID: ConversationID) => {
    const conversation = demoConversationOf(conversationID);
    if (conversation) onChoose(conversation);
    setView('chat');
  };
  const readerConversation = world.conversationFor(readerID, selected);
  return (
    <>
      <div className="demo__reader-views" role="group" aria-label="Reader shows">
        <button type="button" aria-pressed={view === 'chat'} onClick={() => setView('chat')}>
          Chat
        </button>
        <button type="button" aria-pressed={view === 'inbox'} onClick={() => setView('inbox')}>
          Inbox{total ? ` (${total} unread)` : ''}
        </button>
      </div>
      <StatusBar />
      <BoundReminderNotice
        className="demo__reminder"
        conversationName={(id) => demoConversationOf(id)?.name}
        onOpen={(reminder) => open(reminder.conversationID)}
      />
      {view === 'inbox' ? (
        <BoundConversationList aria-label={`Inbox of ${nameOf(readerID)}`} selectedID={readerConversation} onSelect={open} />
      ) : (
        <ConversationView
          key={selected.conversationID}
          conversationID={readerConversation}
          label={`${selected.name}, as ${nameOf(readerID)}`}
          title={selected.name}
        />
      )}
    </>
  );
}
