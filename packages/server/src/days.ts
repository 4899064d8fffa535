import { swedishDate } from '@biv/contract';

const stockholmOffset = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Stockholm', timeZoneName: 'longOffset' });

/** Minutes Stockholm is ahead of UTC at `date` (60 in winter, 120 in summer). */
function stockholmOffsetMinutes(date: Date): number {
  const name = stockholmOffset
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * The end (23:59:59) of the Swedish calendar day `days` days after the day of `from`, as a UTC
 * ISO string: due dates and last pickup days are whole days in Swedish time.
 */
export function endOfSwedishDay(from: Date, days = 0): string {
  const [y, m, d] = swedishDate(from).split('-').map(Number) as [number, number, number];
  const noonUtc = Date.UTC(y, m - 1, d + days, 12);
  const offset = stockholmOffsetMinutes(new Date(noonUtc));
  return new Date(Date.UTC(y, m - 1, d + days, 23, 59, 59) - offset * 60_000).toISOString();
}

/** Whole Swedish calendar days from the day of `from` to the day of `to` (negative when `to` is earlier). */
export function swedishDaysBetween(from: Date, to: Date): number {
  const day = (date: Date) => {
    const [y, m, d] = swedishDate(date).split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d) / 86_400_000;
  };
  return Math.round(day(to) - day(from));
}
