import { useMemo, type ReactNode } from 'react';
import { I18nContext, type I18n } from './context';
import { en } from './en';
import { localeDirection } from './direction';
import { getFormat } from './format';
import { ko } from './ko';
import { defaultReceiptStyle, type ReceiptStyle } from './receipt-style';
import type { Strings } from './types';
import { zhCN } from './zh-CN';
import { zhTW } from './zh-TW';

/**
 * Built-in strings for a BCP 47 tag by its language: ko; zh in Traditional characters where
 * the tag's script is Hant (zh-TW, zh-HK, zh-MO, zh-Hant-*), else Simplified; else English.
 */
export function builtInStrings(locale: string): Strings {
  const language = locale.toLowerCase().split('-')[0];
  if (language === 'ko') return ko;
  if (language === 'zh') return chineseScript(locale) === 'Hant' ? zhTW : zhCN;
  return en;
}

// The script a Chinese tag implies: likely subtags (zh-TW → zh-Hant-TW, zh-SG → zh-Hans-SG).
function chineseScript(locale: string): string | undefined {
  try {
    return new Intl.Locale(locale).maximize().script;
  } catch {
    // Not a valid tag for Intl (or an engine without Intl.Locale): read the subtags ourselves.
    return /-(hant|tw|hk|mo)(-|$)/i.test(locale) ? 'Hant' : undefined;
  }
}

/** Props of `LocaleProvider`. */
export interface LocaleProviderProps {
  /**
   * BCP 47 locale for built-in strings and every Intl formatter.
   * @default 'en'
   */
  locale?: string;
  /** Overrides for any built-in string, e.g. `{ readByAll: 'Seen by everyone' }`. */
  strings?: Partial<Strings>;
  /**
   * Writing direction of the UI below (arrow keys in tabs follow it). Set it where the page's
   * `dir` differs from the locale's.
   * @default the locale's direction (rtl for ar, he, fa, ...)
   */
  dir?: 'ltr' | 'rtl';
  /**
   * How every badge below shows group read counts, unless a badge, bubble or view is given
   * its own `receiptStyle`.
   * @default the locale's (`defaultReceiptStyle`): `count-down` for ko, `unread` for zh, else `read-by`
   */
  receiptStyle?: ReceiptStyle;
  children?: ReactNode;
}

/** Sets the locale and string overrides of every kit component below it. */
export function LocaleProvider({ locale = 'en', strings, dir, receiptStyle, children }: LocaleProviderProps) {
  const value = useMemo<I18n>(
    () => ({
      strings: { ...builtInStrings(locale), ...strings },
      format: getFormat(locale),
      dir: dir ?? localeDirection(locale),
      receiptStyle: receiptStyle ?? defaultReceiptStyle(locale),
    }),
    [locale, strings, dir, receiptStyle],
  );
  // `.Provider`, not the context itself: React 18 cannot render a context as a provider.
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
