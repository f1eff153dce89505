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

/** `I18n` with only the strings of one area (see `useI18nFor`). */
export interface AreaI18n<K extends keyof Strings> extends Omit<I18n, 'strings'> {
  strings: Pick<Strings, K>;
}

// English by default, so every component renders without a provider (stories, tests, apps);
// its receipt style is defaultReceiptStyle('en'), spelled out so a lone badge does not bundle the rule.
export const I18nContext = /* @__PURE__ */ createContext<I18n | null>(null);

// One fallback per area object, made on first use: its identity is stable across renders.
let fallbacks: WeakMap<object, AreaI18n<keyof Strings>> | undefined;

/**
 * The nearest `LocaleProvider`'s strings and formatters, or English from `fallback`: the
 * built-in strings of the component's own area (`en-message.ts`, `en-list.ts`, ...). Passing
 * only those keeps an app that renders the component without a provider from bundling every
 * string of the kit.
 */
export function useI18nFor<K extends keyof Strings>(fallback: Pick<Strings, K>): AreaI18n<K> {
  const provided = useContext(I18nContext);
  if (provided) return provided;
  fallbacks ??= new WeakMap();
  let english = fallbacks.get(fallback) as AreaI18n<K> | undefined;
  if (english === undefined) {
    english = { strings: fallback, format: getFormat('en'), dir: 'ltr', receiptStyle: 'read-by' };
    fallbacks.set(fallback, english as AreaI18n<keyof Strings>);
  }
  return english;
}

/** The strings and formatters of the nearest `LocaleProvider`, or English. */
export function useI18n(): I18n {
  return useI18nFor(en);
}
