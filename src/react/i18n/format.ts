import type { Format, PluralForms } from './types';

// Intl constructors are slow (tens of µs); one formatter per locale and kind is plenty.
const cache = new Map<string, unknown>();

function cached<T>(key: string, create: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

const DAY_MS = 86_400_000;

function startOfDay(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

function capitalize(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** Builds (and caches) the formatters of one locale. */
export function getFormat(locale: string): Format {
  return cached(`format:${locale}`, () => createFormat(locale));
}

function createFormat(locale: string): Format {
  const numberFormat = new Intl.NumberFormat(locale);
  const pluralRules = new Intl.PluralRules(locale);
  let time: Intl.DateTimeFormat | undefined;
  let dateTime: Intl.DateTimeFormat | undefined;
  let date: Intl.DateTimeFormat | undefined;
  let relative: Intl.RelativeTimeFormat | undefined;
  const format: Format = {
    locale,
    number: (value) => numberFormat.format(value),
    plural: (value, forms: PluralForms) =>
      (forms[pluralRules.select(value)] ?? forms.other).replace('#', numberFormat.format(value)),
    time: (ms) => (time ??= new Intl.DateTimeFormat(locale, { timeStyle: 'short' })).format(ms),
    dateTime: (ms) =>
      (dateTime ??= new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })).format(ms),
    day: (ms, now) => {
      const days = Math.round((startOfDay(ms) - startOfDay(now)) / DAY_MS);
      if (days === 0 || days === -1) {
        relative ??= new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
        return capitalize(relative.format(days, 'day'), locale);
      }
      return (date ??= new Intl.DateTimeFormat(locale, { dateStyle: 'long' })).format(ms);
    },
  };
  return format;
}
