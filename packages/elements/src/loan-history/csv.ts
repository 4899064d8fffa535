import type { HistoryEntry } from '@biv/client';
import { TIME_ZONE } from '../shared/localize.js';

/** The columns of the export, in order: the header's words are the element's language. */
export interface CsvColumns {
  title: string;
  author: string;
  format: string;
  library: string;
  loanDate: string;
  returnDate: string;
}

export interface CsvOptions {
  /** The header row. */
  header: CsvColumns;
  /** `;` for Swedish (Excel in a Swedish locale splits on it), `,` for English. */
  separator: ';' | ',';
  formatName(entry: HistoryEntry): string;
  libraryName(entry: HistoryEntry): string;
}

/** `YYYY-MM-DD` of an instant, in Swedish time (the libraries' calendar). */
const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day of an ISO 8601 instant, `YYYY-MM-DD` in Swedish time; the text itself when it is no date. */
export function csvDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : isoDay.format(date);
}

/**
 * One field, RFC 4180: quoted when it holds the separator, a quote, a line break or leading or
 * trailing space, quotes doubled. A value a spreadsheet would run as a formula (it starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe first, as OWASP
 * advises against CSV injection: a title like `=HYPERLINK(…)` stays text.
 */
export function csvField(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The CSV file of `entries` (in the order given): a UTF-8 byte order mark, so that Excel reads å,
 * ä and ö; a header row; one row per loan; CRLF line ends (RFC 4180); dates as `YYYY-MM-DD`.
 */
export function historyCsv(entries: readonly HistoryEntry[], options: CsvOptions): string {
  const sep = options.separator;
  const row = (fields: string[]) => fields.map((f) => csvField(f, sep)).join(sep);
  const h = options.header;
  const lines = [row([h.title, h.author, h.format, h.library, h.loanDate, h.returnDate])];
  for (const e of entries) {
    lines.push(row([e.title, e.author ?? '', options.formatName(e), options.libraryName(e), csvDate(e.loanDate), csvDate(e.returnDate)]));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** `lanehistorik-2026-12-02.csv`: the file's name, with today's date in Swedish time. */
export const csvFileName = (now: Date = new Date()): string => `lanehistorik-${isoDay.format(now)}.csv`;

/**
 * Hand the file to the browser as a download: a Blob and a temporary `<a download>` with its
 * `blob:` URL, clicked and removed. No inline script and no `data:` URL, so a page's strict
 * Content-Security-Policy does not stand in the way (a navigation to download is not governed by
 * `script-src`, `connect-src` or `img-src`).
 */
export function download(text: string, fileName: string, parent: Element | ShadowRoot): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = (parent.ownerDocument ?? document).createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  parent.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after the click's task: let it live a while (as FileSaver.js does).
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
