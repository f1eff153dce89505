import type { Format, PluralForms } from './types';

// Intl constructors are slow (tens of µs); one formatter per locale and kind is plenty.
const formats = new Map<string, Format>();

const DAY_MS = 86_400_000;

function startOfDay(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Builds (and caches) the formatters of one locale. */
export function getFormat(locale: string): Format {
  let format = formats.get(locale);
  if (format === undefined) formats.set(locale, (format = createFormat(locale)));
  return format;
}

// Each formatter is made on first use: a first mount pays only for the ones it shows (the
// first Intl object of each kind costs the page milliseconds), and later ones reuse them.
function createFormat(locale: string): Format {
  let numberFormat: Intl.NumberFormat | undefined;
  let pluralRules: Intl.PluralRules | undefined;
  const number = (value: number) => (numberFormat ??= new Intl.NumberFormat(locale)).format(value);
  let time: Intl.DateTimeFormat | undefined;
  let dateTime: Intl.DateTimeFormat | undefined;
  let date: Intl.DateTimeFormat | undefined;
  let relative: Intl.RelativeTimeFormat | undefined;
  const format: Format = {
    locale,
    number,
    plural: (value, forms: PluralForms) =>
      (forms[(pluralRules ??= new Intl.PluralRules(locale)).select(value)] ?? forms.other).replace('#', number(value)),
    time: (ms) => (time ??= new Intl.DateTimeFormat(locale, { timeStyle: 'short' })).format(ms),
    dateTime: (ms) =>
      (dateTime ??= new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })).format(ms),
    day: (ms, now) => recentDay(ms, now) ?? (date ??= new Intl.DateTimeFormat(locale, { dateStyle: 'long' })).format(ms),
    relative: (ms, now) => {
      const day = recentDay(ms, now);
      return day === undefined ? format.dateTime(ms) : `${day} ${format.time(ms)}`;
    },
  };
  // "Today" / "Yesterday" from Intl.RelativeTimeFormat; undefined for any other day.
  function recentDay(ms: number, now: number): string | undefined {
    const days = Math.round((startOfDay(ms) - startOfDay(now)) / DAY_MS);
    if (days !== 0 && days !== -1) return undefined;
    relative ??= new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    const text = relative.format(days, 'day');
    return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
  }
  return format;
}
