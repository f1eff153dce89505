import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getFormat } from '../i18n/format';
import { ko } from '../i18n/ko';
import { announceReceipts } from './announce';
import { ReceiptAnnouncer } from './ReceiptAnnouncer';
import { c2cReceipt, groupReceipt } from '../../../test/support/builders';

const of = (messageID: string, read: number, unread: number) => ({ ...groupReceipt('m1', read, unread), messageID });

describe('announceReceipts', () => {
  it('spells out the last message and sums up the others', () => {
    const text = announceReceipts([of('m1', 1, 11), of('m2', 2, 10), of('m3', 3, 9), of('m3', 4, 8)], {
      lastMessageID: 'm3',
    });
    expect(text).toBe('Your last message was read by 4 of 12. Read receipts updated on 2 messages');
  });

  it('covers all read, 1:1 and nothing new', () => {
    expect(announceReceipts([of('m1', 12, 0)], { lastMessageID: 'm1' })).toBe('Your last message was read by everyone');
    expect(announceReceipts([c2cReceipt('m1', true)], { lastMessageID: 'm1' })).toBe('Your last message was read');
    expect(announceReceipts([of('m1', 0, 12), c2cReceipt('m1', false), of('m2', Number.NaN, 1)])).toBe('');
    expect(announceReceipts([of('m9', 1, 1)])).toBe('Read receipts updated on 1 message');
  });

  it('speaks the given locale', () => {
    expect(announceReceipts([of('m1', 4, 8)], { lastMessageID: 'm1' }, { strings: ko, format: getFormat('ko') })).toBe(
      '마지막 메시지를 12명 중 4명이 읽었습니다',
    );
  });
});

describe('ReceiptAnnouncer', () => {
  it('is one polite status region', () => {
    render(<ReceiptAnnouncer message="Your last message was read by 4 of 12" />);
    expect(screen.getByRole('status')).toHaveTextContent('Your last message was read by 4 of 12');
  });
});
