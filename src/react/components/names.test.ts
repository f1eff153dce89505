import { shownName } from './names';

describe('shownName', () => {
  it('keeps ordinary names whole', () => {
    expect(shownName('김민준')).toBe('김민준');
  });

  it('lays out only the first 200 characters of a huge name, without splitting a surrogate pair', () => {
    expect(shownName('A'.repeat(1_000_000))).toBe(`${'A'.repeat(200)}…`);
    const emoji = shownName('A'.repeat(199) + '😀'.repeat(10));
    expect(emoji).toBe(`${'A'.repeat(199)}…`);
  });
});
