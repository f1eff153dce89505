import { displayName, initials, shownName } from './names';

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

describe('displayName', () => {
  it('skips a name card or nickname that draws nothing and falls back to the next one', () => {
    expect(displayName({ userID: 'u1', nameCard: '\u200B\u200D', nickname: 'Mina' })).toBe('Mina');
    expect(displayName({ userID: 'u1', nickname: '\u3164\u2066\u2069 ' })).toBe('u1');
    expect(displayName({ userID: 'u1', nickname: '  Ana  ' })).toBe('Ana');
    // A visible character among invisible ones is a name.
    expect(displayName({ userID: 'u1', nickname: '\u200Bx' })).toBe('\u200Bx');
  });
});

describe('initials', () => {
  it('takes whole graphemes: a family emoji, and a letter with its combining accent', () => {
    expect(initials('👨‍👩‍👧 Family')).toBe('👨‍👩‍👧F');
    expect(initials('e\u0301lise o\u0308rtel')).toBe('E\u0301O\u0308');
    expect(initials('🇰🇷 Seoul')).toBe('🇰🇷S');
  });
});

describe('names beside counts', () => {
  it('lose their bidi controls, so a name cannot be flipped into "Read by 3"', () => {
    expect(shownName('\u202E3 yb daeR')).toBe('3 yb daeR');
    expect(shownName('Mina\u2066\u2069\u200F')).toBe('Mina');
  });
});
