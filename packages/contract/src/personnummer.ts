/**
 * Swedish personnummer and samordningsnummer.
 *
 * Accepted written forms: `YYMMDD-NNNC`, `YYMMDD+NNNC` (100 years or older), `YYMMDDNNNC`,
 * `YYYYMMDDNNNC` and `YYYYMMDD-NNNC` (a `+` there is accepted too: the century is explicit). C is a Luhn check digit over the 10-digit form.
 * Samordningsnummer add 60 to the day; their month or day may be 00 (or the date otherwise
 * impossible) when the birth date is unknown, which is reported as `birthDate: null`.
 */

export type PersonnummerFailure = 'format' | 'date' | 'serial' | 'checksum';

export interface ParsedPersonnummer {
  /** Normalised 12-digit form, `YYYYMMDDNNNC` (for samordningsnummer the day keeps its +60). */
  personnummer: string;
  /** Birth date as `YYYY-MM-DD`, or null when a samordningsnummer does not give a real date. */
  birthDate: string | null;
  /** True for a samordningsnummer (day + 60). */
  coordination: boolean;
}

export type PersonnummerResult =
  | ({ ok: true } & ParsedPersonnummer)
  | { ok: false; reason: PersonnummerFailure };

const FORM = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)$/;

/** Luhn check digit for a string of digits (the digit that makes the whole sum divisible by 10). */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last;
}

const pad = (n: number, len = 2) => String(n).padStart(len, '0');

/**
 * Parse a personnummer or samordningsnummer written in any usual form.
 * @param input what the person typed (surrounding white space is ignored)
 * @param now the reference date used to choose the century of a 10-digit form
 */
export function parsePersonnummer(input: string, now: Date = new Date()): PersonnummerResult {
  const match = FORM.exec(input.trim());
  if (!match) return { ok: false, reason: 'format' };
  const [, century, yy, mm, dd, sep, serial, check] = match as unknown as [
    string, string | undefined, string, string, string, string, string, string,
  ];
  const month = Number(mm);
  const rawDay = Number(dd);
  const coordination = rawDay >= 60;
  const day = coordination ? rawDay - 60 : rawDay;

  const thisYear = now.getUTCFullYear();
  let year: number;
  if (century !== undefined) {
    year = Number(century + yy);
  } else {
    // The century that puts the birth date in the past; '+' means one century further back.
    year = thisYear - ((thisYear - Number(yy)) % 100 + 100) % 100;
    const probe = isRealDate(year, month || 1, day || 1)
      ? Date.UTC(year, (month || 1) - 1, day || 1)
      : Date.UTC(year, 0, 1);
    if (probe > now.getTime()) year -= 100;
    if (sep === '+') year -= 100;
  }

  const realDate = isRealDate(year, month, day);
  // A samordningsnummer may carry an unknown (00) or impossible date; a personnummer may not.
  if (coordination ? month > 12 || day > 31 : !realDate) return { ok: false, reason: 'date' };
  if (realDate && Date.UTC(year, month - 1, day) > now.getTime()) return { ok: false, reason: 'date' };
  if (serial === '000') return { ok: false, reason: 'serial' };
  if (luhnCheckDigit(yy + mm + dd + serial) !== Number(check)) return { ok: false, reason: 'checksum' };

  return {
    ok: true,
    personnummer: `${pad(year, 4)}${mm}${dd}${serial}${check}`,
    birthDate: realDate ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : null,
    coordination,
  };
}
