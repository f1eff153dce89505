import { describe, expect, it } from 'vitest';
import { safeImageURL, urlParseCount } from './safe-url';

describe('safeImageURL cache', () => {
  it('parses an avatar URL once however often a bubble re-renders', () => {
    const before = urlParseCount();
    for (let i = 0; i < 50; i += 1) expect(safeImageURL('https://cdn.example/avatars/cache-test.png')).toBe('https://cdn.example/avatars/cache-test.png');
    for (let i = 0; i < 50; i += 1) expect(safeImageURL('javascript:alert(1)//cache-test')).toBeUndefined();
    expect(urlParseCount() - before).toBe(2);
  });
});
