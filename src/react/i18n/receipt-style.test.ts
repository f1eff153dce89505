import { describe, expect, it } from 'vitest';
import { defaultReceiptStyle } from './receipt-style';

describe('defaultReceiptStyle: what readers of a locale know from their chat apps', () => {
  it.each([
    ['ko', 'count-down'],
    ['ko-KR', 'count-down'],
    ['zh', 'unread'],
    ['zh-CN', 'unread'],
    ['zh-TW', 'unread'],
    ['zh-Hant-HK', 'unread'],
    ['ZH-cn', 'unread'],
    ['en', 'read-by'],
    ['en-GB', 'read-by'],
    ['ja', 'read-by'],
    ['ar', 'read-by'],
    ['kok', 'read-by'],
    ['', 'read-by'],
  ])('%s → %s', (locale, style) => {
    expect(defaultReceiptStyle(locale)).toBe(style);
  });
});
