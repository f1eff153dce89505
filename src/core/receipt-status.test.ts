import { describe, expect, it } from 'vitest';
import { buildMessage, c2cReceipt, groupReceipt } from '../../test/support/builders';
import { receiptStatus } from './receipt-status';

describe('receiptStatus', () => {
  it.each([
    ['sending', 'sending'],
    ['failed', 'failed'],
  ] as const)('shows %s before any receipt, even when a receipt is known', (status, expected) => {
    const receipt = groupReceipt('m1', 0, 5, { readCount: 5, unreadCount: 0 });
    expect(receiptStatus(buildMessage({ status }), receipt)).toBe(expected);
  });

  it('is sent when no receipt is known yet', () => {
    expect(receiptStatus(buildMessage(), undefined)).toBe('sent');
  });

  it.each([
    [0, 5, 'sent'],
    [1, 4, 'partial'],
    [4, 1, 'partial'],
    [5, 0, 'read'],
    [0, 0, 'read'],
  ] as const)('group: read %i / unread %i is %s', (readCount, unreadCount, expected) => {
    expect(receiptStatus(buildMessage(), groupReceipt('m1', 0, 5, { readCount, unreadCount }))).toBe(expected);
  });

  it('c2c: sent until the peer reads, then read', () => {
    const message = buildMessage({ conversationID: 'C2Cbob' });
    expect(receiptStatus(message, c2cReceipt('m1', false, { peerRead: false }))).toBe('sent');
    expect(receiptStatus(message, c2cReceipt('m1', false, { peerRead: true, timestamp: 1 }))).toBe('read');
  });

  it('shows an unknown kind from an untyped caller as sent, without throwing in a render', () => {
    const odd = { kind: 'channel', messageID: 'm1', readCount: 5, unreadCount: 0 } as unknown as Parameters<typeof receiptStatus>[1];
    expect(receiptStatus(buildMessage(), odd)).toBe('sent');
  });
});
