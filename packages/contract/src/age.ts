import { parsePersonnummer } from './personnummer.js';

/** The age from which a card can be had online; younger patrons come with a guardian. */
export const ONLINE_REGISTRATION_MIN_AGE = 18;

// sv-SE formats dates as YYYY-MM-DD. Made once: making a formatter costs far more than using it
// (the server calls this a few times per loan of every list it answers).
const swedishDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Dates already formatted, by time: a server formats the same due dates again and again. */
const formatted = new Map<number, string>();

/** Today's date in Sweden (Europe/Stockholm) as `YYYY-MM-DD`. */
export function swedishDate(now: Date = new Date()): string {
  const time = now.getTime();
  let date = formatted.get(time);
  if (date === undefined) {
    if (formatted.size >= 4096) formatted.clear();
    date = swedishDay.format(now);
    formatted.set(time, date);
  }
  return date;
}

/** Whole years between a birth date and a day, both `YYYY-MM-DD` (born 29 February: a year older on 1 March). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

export type RegistrationAgeResult = { ok: true } | { ok: false; reason: 'under_18' | 'birth_date_unknown' };

/**
 * May this personnummer get a card online today? Under 18 on the day of applying (in Sweden's
 * time zone) is refused, and so is a samordningsnummer whose birth date is unknown: both are
 * sent to a library. An invalid personnummer is the schema's business and passes here.
 */
export function registrationAge(personnummer: string, now: Date = new Date()): RegistrationAgeResult {
  const parsed = parsePersonnummer(personnummer, now);
  if (!parsed.ok) return { ok: true };
  if (parsed.birthDate === null) return { ok: false, reason: 'birth_date_unknown' };
  return ageOn(parsed.birthDate, swedishDate(now)) >= ONLINE_REGISTRATION_MIN_AGE ? { ok: true } : { ok: false, reason: 'under_18' };
}
