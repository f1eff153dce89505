import { createContext, useContext } from 'react';
import { en } from './en';
import { getFormat } from './format';
import type { ReceiptStyle } from './receipt-style';
import type { Format, Strings } from './types';

/** What every component reads from the nearest `LocaleProvider`. */
export interface I18n {
  strings: Strings;
  format: Format;
  /** Writing direction of the UI. */
  dir: 'ltr' | 'rtl';
  /** How badges show group read counts unless given their own `receiptStyle`. */
  receiptStyle: ReceiptStyle;
}

// English by default, so every component renders without a provider (stories, tests, apps);
// its receipt style is defaultReceiptStyle('en'), spelled out so a lone badge does not bundle the rule.
export const I18nContext = /* @__PURE__ */ createContext<I18n | null>(null);

let fallback: I18n | undefined;

/** The strings and formatters of the nearest `LocaleProvider`, or English. */
export function useI18n(): I18n {
  return useContext(I18nContext) ?? (fallback ??= { strings: en, format: getFormat('en'), dir: 'ltr', receiptStyle: 'read-by' });
}
