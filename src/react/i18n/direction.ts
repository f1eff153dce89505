// Languages written right to left, for engines whose Intl.Locale has no text info.
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'ha', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

type WithTextInfo = Intl.Locale & { textInfo?: { direction?: string }; getTextInfo?: () => { direction?: string } };

/** The writing direction of a BCP 47 locale: what the browser knows, else the language's. */
export function localeDirection(locale: string): 'ltr' | 'rtl' {
  try {
    const info = new Intl.Locale(locale) as WithTextInfo;
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
    return RTL_LANGUAGES.has(info.language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
