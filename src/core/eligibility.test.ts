import { buildMessage, c2cReceipt, groupReceipt } from '../../test/support/builders';
import { readDue, reportsRead, showsCountToReader, showsReceipt } from './eligibility';

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

// Issue 20: the count-down style shows counts on others' messages only where the backend gave them.
describe("who sees the count of someone else's message", () => {
  const theirs = buildMessage({ senderID: 'alice' });

  it('a reader the backend gave valid group counts to', () => {
    expect(showsCountToReader(theirs, groupReceipt(theirs.messageID, 3, 9), true)).toBe(true);
  });

  it('nobody without counts: Tencent and the mock give a non-sender none, so nothing shows', () => {
    expect(showsCountToReader(theirs, undefined, true)).toBe(false);
    expect(showsCountToReader(theirs, null, true)).toBe(false);
  });

  it('nobody for counts that break the contract, a 1:1 receipt, or where receipts are off or not asked for', () => {
    expect(showsCountToReader(theirs, groupReceipt(theirs.messageID, Number.NaN, 9), true)).toBe(false);
    expect(showsCountToReader(theirs, groupReceipt(theirs.messageID, 3, -1), true)).toBe(false);
    expect(showsCountToReader(theirs, c2cReceipt(theirs.messageID, true), true)).toBe(false);
    expect(showsCountToReader(theirs, groupReceipt(theirs.messageID, 3, 9), false)).toBe(false);
    const unasked = buildMessage({ senderID: 'alice', needReadReceipt: false });
    expect(showsCountToReader(unasked, groupReceipt(unasked.messageID, 3, 9), true)).toBe(false);
  });

  it('nobody for a message not sent', () => {
    const failed = buildMessage({ senderID: 'alice', status: 'failed' });
    expect(showsCountToReader(failed, groupReceipt(failed.messageID, 3, 9), true)).toBe(false);
  });
});
