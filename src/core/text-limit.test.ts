import { MAX_MESSAGE_TEXT_BYTES, truncateText, utf8Bytes } from './text-limit';

describe('message text limit', () => {
  it('counts UTF-8 bytes as the wire does', () => {
    for (const text of ['', 'abc', 'é', '한국어', '😀', '👨‍👩‍👧', 'a\u0301'.repeat(10)]) {
      expect(utf8Bytes(text)).toBe(new TextEncoder().encode(text).length);
    }
  });

  it('keeps text that fits, and cuts longer text at a grapheme within the limit', () => {
    expect(truncateText('hello', 5)).toBe('hello');
    expect(truncateText('ab😀', 5)).toBe('ab');
    expect(truncateText('👨‍👩‍👧👨‍👩‍👧', 20)).toBe('👨‍👩‍👧');
    // An accent just past the cut belongs to the letter before it: both go.
    expect(truncateText('abce\u0301', 4)).toBe('abc');
    const long = '한'.repeat(10_000);
    const cut = truncateText(long, MAX_MESSAGE_TEXT_BYTES);
    expect(utf8Bytes(cut)).toBe(MAX_MESSAGE_TEXT_BYTES);
    expect(long.startsWith(cut)).toBe(true);
  });
});
