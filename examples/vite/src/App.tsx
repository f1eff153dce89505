import { ChatProvider, ConversationView } from 'react-read-receipts';
import { createMockAdapter, presets } from 'react-read-receipts/mock';
import 'react-read-receipts/styles.css';

// The README's Usage, twice over one mock backend: the sender ("me") beside a teammate who
// reads, so the sender's "Read by N" moves when the teammate's view shows the message.
const { backend } = presets.workTeam();
const adapter = createMockAdapter(backend, 'me'); // or createTencentChatAdapter(chat), or your own
const teammate = createMockAdapter(backend, 'user1');

export function App() {
  return (
    <main style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16, blockSize: '90vh' }}>
      <ChatProvider adapter={adapter} onError={({ error }) => console.info('chat error', error.code)}>
        <ConversationView conversationID="GROUPteam" label="Design Team" />
      </ChatProvider>
      <ChatProvider adapter={teammate}>
        <ConversationView conversationID="GROUPteam" label="Design Team, as a teammate" />
      </ChatProvider>
    </main>
  );
}
