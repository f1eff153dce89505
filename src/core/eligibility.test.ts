import { buildMessage } from '../../test/support/builders';
import { readDue, reportsRead, showsReceipt } from './eligibility';

describe('who reports a read', () => {
  it('owes a receipt for an incoming group message that asked for one, and nothing else', () => {
    expect(readDue(buildMessage({ senderID: 'alice' }), 'me')).toEqual({ receipt: true, readMark: false });
    expect(readDue(buildMessage({ senderID: 'alice', needReadReceipt: false }), 'me')).toEqual({ receipt: false, readMark: false });
  });

  it('moves the 1:1 read mark for any incoming 1:1 message, with a receipt where asked', () => {
    expect(readDue(buildMessage({ senderID: 'bob', conversationID: 'C2Cbob', needReadReceipt: false }), 'me')).toEqual({ receipt: false, readMark: true });
    expect(readDue(buildMessage({ senderID: 'bob', conversationID: 'C2Cbob' }), 'me')).toEqual({ receipt: true, readMark: true });
  });

  it('never reports own messages, unsent ones, or anything before login', () => {
    for (const [message, me] of [
      [buildMessage({ senderID: 'me' }), 'me'],
      [buildMessage({ senderID: 'alice', status: 'sending' }), 'me'],
      [buildMessage({ senderID: 'alice', status: 'failed' }), 'me'],
      [buildMessage({ senderID: 'alice' }), null],
    ] as const) {
      expect(reportsRead(message, me)).toBe(false);
    }
  });
});

describe('who sees a receipt', () => {
  it('only where the message asked for one and receipts are on in the conversation', () => {
    expect(showsReceipt(true, true)).toBe(true);
    expect(showsReceipt(false, true)).toBe(false);
    expect(showsReceipt(true, false)).toBe(false);
  });
});
