'use client';

import { useState } from 'react';
import { ChatProvider, ConversationView } from 'react-read-receipts';
import { createMockAdapter, presets } from 'react-read-receipts/mock';

/**
 * The adapter lives in the browser, so this is a client component. On the server (and in
 * `next build`'s prerender) the provider renders the conversation's loading shell; the browser
 * hydrates it and logs in. Two views over one mock backend: the sender and a teammate who reads.
 */
export function Chat() {
  const [adapters] = useState(() => {
    const { backend } = presets.workTeam();
    return { me: createMockAdapter(backend, 'me'), teammate: createMockAdapter(backend, 'user1') };
  });
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16, blockSize: '80vh' }}>
      <ChatProvider adapter={adapters.me} onError={({ error }) => console.info('chat error', error.code)}>
        <ConversationView conversationID="GROUPteam" label="Design Team" />
      </ChatProvider>
      <ChatProvider adapter={adapters.teammate}>
        <ConversationView conversationID="GROUPteam" label="Design Team, as a teammate" />
      </ChatProvider>
    </div>
  );
}
