import { useMemo, type ReactNode } from 'react';
import { I18nContext, type I18n } from './context';
import { en } from './en';
import { getFormat } from './format';
import { ko } from './ko';
import type { Strings } from './types';
import { zhCN } from './zh-CN';

/** Built-in strings for a BCP 47 tag by its language: ko, zh (Simplified), else English. */
export function builtInStrings(locale: string): Strings {
  const language = locale.toLowerCase().split('-')[0];
  if (language === 'ko') return ko;
  if (language === 'zh') return zhCN;
  return en;
}

export interface LocaleProviderProps {
  /**
   * BCP 47 locale for built-in strings and every Intl formatter.
   * @default 'en'
   */
  locale?: string;
  /** Overrides for any built-in string, e.g. `{ readByAll: 'Seen by everyone' }`. */
  strings?: Partial<Strings>;
  children?: ReactNode;
}

/** Sets the locale and string overrides of every kit component below it. */
export function LocaleProvider({ locale = 'en', strings, children }: LocaleProviderProps) {
  const value = useMemo<I18n>(
    () => ({ strings: { ...builtInStrings(locale), ...strings }, format: getFormat(locale) }),
    [locale, strings],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}
