import { ErrorCode } from '../core';
import { buildBackend, listen } from '../../test/support/mock-backend';

const send = (backend: ReturnType<typeof buildBackend>, clientID: string, conversationID = 'GROUPteam') =>
  backend.sendMessage('alice', { conversationID, text: 'hello', needReadReceipt: true, clientID });

describe('a send repeated with the same clientID (a retry after a lost reply)', () => {
  it('is the same message: one copy in history, one push to each member', () => {
    const backend = buildBackend();
    const bobSees = listen(backend, 'bob');
    const first = send(backend, 'local-1');
    const again = send(backend, 'local-1');
    expect(again.messageID).toBe(first.messageID);
    expect(backend.getMessageHistory('bob', { conversationID: 'GROUPteam' }).messages.map((m) => m.clientID)).toEqual(['local-1']);
    backend.flushReceipts();
    expect(bobSees.filter((event) => event.type === 'messages')).toHaveLength(1);
  });

  it('is per sender: another member may use the same clientID for a message of its own', () => {
    const backend = buildBackend();
    const mine = send(backend, 'local-1');
    const theirs = backend.sendMessage('bob', { conversationID: 'GROUPteam', text: 'hi', needReadReceipt: true, clientID: 'local-1' });
    expect(theirs.messageID).not.toBe(mine.messageID);
  });

  it('refuses the key for a message in another conversation', () => {
    const backend = buildBackend();
    send(backend, 'local-1');
    expect(() => send(backend, 'local-1', 'C2Cbob')).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_PARAMETER }));
  });
});

describe('message IDs', () => {
  it('never repeat across a restart, even on the same clock', () => {
    const clock = () => 1_700_000_000_000;
    const before = buildBackend({ clock });
    const after = buildBackend({ clock });
    const a = before.sendMessage('alice', { conversationID: 'GROUPteam', text: 'one', needReadReceipt: false });
    const b = after.sendMessage('alice', { conversationID: 'GROUPteam', text: 'one', needReadReceipt: false });
    expect(a.messageID).not.toBe(b.messageID);
  });
});
