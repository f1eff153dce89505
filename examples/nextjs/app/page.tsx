import { ReadReceiptBadge } from 'react-read-receipts';
import { Chat } from './chat';

// A Server Component. The kit's React entry is marked 'use client', so its pure components
// render straight from here with plain props, like this badge.
export default function Page() {
  return (
    <main style={{ padding: 16 }}>
      <h1>Design Team</h1>
      <p>
        Yesterday's agenda: <ReadReceiptBadge receipt={{ kind: 'group', messageID: 'agenda', groupID: 'team', readCount: 12, unreadCount: 7 }} />
      </p>
      <Chat />
    </main>
  );
}
