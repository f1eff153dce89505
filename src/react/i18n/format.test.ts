import { describe, expect, it } from 'vitest';
import { en } from './en';
import { getFormat } from './format';
import { builtInStrings } from './LocaleProvider';

describe('getFormat', () => {
  it('is cached per locale', () => {
    expect(getFormat('en')).toBe(getFormat('en'));
  });

  it('creates each Intl formatter on first use, once per locale (first-mount cost)', () => {
    const kinds = ['NumberFormat', 'PluralRules', 'DateTimeFormat', 'RelativeTimeFormat'] as const;
    const created: Record<string, number> = {};
    const originals = kinds.map((kind) => Intl[kind]);
    kinds.forEach((kind, i) => {
      created[kind] = 0;
      (Intl as Record<string, unknown>)[kind] = new Proxy(originals[i] as object, {
        construct(target, args) {
          created[kind] = (created[kind] ?? 0) + 1;
          return Reflect.construct(target as new (...a: unknown[]) => object, args);
        },
      });
    });
    try {
      const f = getFormat('de-CH');
      expect(created).toEqual({ NumberFormat: 0, PluralRules: 0, DateTimeFormat: 0, RelativeTimeFormat: 0 });
      f.number(1200);
      f.plural(2, { one: '# Person', other: '# Personen' });
      f.time(0);
      getFormat('de-CH').time(60_000);
      getFormat('de-CH').number(3);
      expect(created).toEqual({ NumberFormat: 1, PluralRules: 1, DateTimeFormat: 1, RelativeTimeFormat: 0 });
    } finally {
      kinds.forEach((kind, i) => ((Intl as Record<string, unknown>)[kind] = originals[i]));
    }
  });

  it('formats numbers and picks plural forms', () => {
    const f = getFormat('en');
    expect(f.number(12345)).toBe('12,345');
    expect(en.readOfMembers(1, 1, f)).toBe('1 of 1 member');
    expect(en.readOfMembers(2, 12345, f)).toBe('2 of 12,345 members');
    expect(en.announceOthers(1, f)).toBe('Read receipts updated on 1 message');
  });

  it('names today and yesterday relatively, older days by date', () => {
    const now = new Date(2025, 2, 4, 9, 0).getTime();
    const f = getFormat('en');
    expect(f.day(new Date(2025, 2, 4, 1, 0).getTime(), now)).toBe('Today');
    expect(f.day(new Date(2025, 2, 3, 23, 0).getTime(), now)).toBe('Yesterday');
    expect(f.day(new Date(2025, 1, 20).getTime(), now)).toBe('February 20, 2025');
    expect(getFormat('ko').day(new Date(2025, 2, 3).getTime(), now)).toBe('어제');
  });

  it('says when something happened relative to now: today and yesterday with the time, else the date', () => {
    const now = new Date(2025, 2, 4, 9, 0).getTime();
    const f = getFormat('en');
    expect(f.relative(new Date(2025, 2, 4, 7, 58).getTime(), now)).toBe('Today 7:58 AM');
    expect(f.relative(new Date(2025, 2, 3, 18, 0).getTime(), now)).toBe('Yesterday 6:00 PM');
    expect(f.relative(new Date(2025, 1, 20, 10, 32).getTime(), now)).toBe('Feb 20, 2025, 10:32 AM');
    expect(getFormat('ko').relative(new Date(2025, 2, 4, 7, 58).getTime(), now)).toMatch(/^오늘 .*7:58$/);
  });

  it('maps locales to built-in strings by language', () => {
    expect(builtInStrings('ko-KR').send).toBe('보내기');
    expect(builtInStrings('zh-CN').send).toBe('发送');
    expect(builtInStrings('fr').send).toBe('Send');
  });
});
