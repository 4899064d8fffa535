import { LANGUAGES } from './languages.js';
import { TIME_ZONE, type Locale } from './localize.js';

/**
 * Days as the libraries count them (in Swedish time) and their words, with the `Intl` formatters
 * made once per locale (never per item or per render: 300 loans must render in well under 100 ms).
 */

const DAY_MS = 86_400_000;
/** `YYYY-MM-DD` of an instant, in Swedish time. */
const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The formatters of one locale. */
export interface DateFormats {
  /** "4 december 2026" / "4 December 2026", in Swedish time. */
  readonly date: Intl.DateTimeFormat;
  /** "i dag", "i morgon" / "today", "tomorrow". */
  readonly near: Intl.RelativeTimeFormat;
  /** "om 3 dagar" / "in 3 days". */
  readonly far: Intl.RelativeTimeFormat;
  readonly number: Intl.NumberFormat;
  readonly collator: Intl.Collator;
}

const formats = new Map<Locale, DateFormats>();

/** The formatters of `locale`, made on first use. */
export function formatsOf(locale: Locale): DateFormats {
  let made = formats.get(locale);
  if (!made) {
    const tag = LANGUAGES[locale].intl;
    made = {
      date: new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: TIME_ZONE }),
      near: new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }),
      far: new Intl.RelativeTimeFormat(tag, { numeric: 'always' }),
      number: new Intl.NumberFormat(tag),
      collator: new Intl.Collator(tag),
    };
    formats.set(locale, made);
  }
  return made;
}

/** The Swedish calendar day of an instant, as days since 1970-01-01 (NaN for a bad date). */
export function swedishDayNumber(date: Date): number {
  if (Number.isNaN(date.getTime())) return Number.NaN;
  const [y, m, d] = isoDay.format(date).split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** Days from today's Swedish day to that of `iso` (negative: past; NaN for a bad date). */
export function daysFromToday(iso: string, now: Date = new Date()): number {
  return swedishDayNumber(new Date(iso)) - swedishDayNumber(now);
}

/** "4 december 2026", the day of `iso` in Swedish time; `iso` itself when it is no date. */
export function formatDay(locale: Locale, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatsOf(locale).date.format(date);
}

/**
 * A coming day in words: "i dag", "i morgon", then "om 2 dagar", "om 3 dagar" (English "today",
 * "tomorrow", "in 2 days"). Numbers from 2 on, so the words read alike in every locale (Swedish
 * `numeric: 'auto'` would say "i övermorgon"). Empty for a past day or a bad date.
 */
export function relativeDays(locale: Locale, days: number): string {
  if (!(days >= 0)) return '';
  const f = formatsOf(locale);
  return (days <= 1 ? f.near : f.far).format(days, 'day');
}
