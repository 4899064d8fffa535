import { html, type TemplateResult } from 'lit';
import type { HistoryEntry } from '@biv/client';
import type { LocalizeController } from '../shared/localize.js';
import { formatDay } from '../shared/dates.js';
import { heading, type HeadingLevel } from '../shared/heading.js';
import type { loanHistoryMessages } from './loan-history.messages.js';

export type HistoryI18n = LocalizeController<typeof loanHistoryMessages.sv>;

/** What every row of one render shares. */
export interface HistoryContext {
  i18n: HistoryI18n;
  /** The level of each title heading (one under the element's). */
  level: HeadingLevel;
  library(id: string): string | undefined;
  /** Days already put into words, kept between renders (many loans share a day; hundreds of rows show). */
  days: Map<string, string>;
}

function day(c: HistoryContext, iso: string): string {
  let words = c.days.get(iso);
  if (words === undefined) {
    words = formatDay(c.i18n.locale, iso);
    c.days.set(iso, words);
  }
  return words;
}

/**
 * One returned loan: its title (a heading, so a screen reader can go from loan to loan), author and
 * format, where and when it was borrowed, and when it was returned. `position` is its place in the
 * list shown: the first row of "Visa 100 till" takes the focus by it. One flat template per row.
 */
export function historyItem(entry: HistoryEntry, position: number, c: HistoryContext): TemplateResult {
  const t = c.i18n;
  const library = c.library(entry.libraryId) ?? t.t('unknownLibrary');
  return html`<li class="entry" part="item">
    ${heading(c.level, entry.title, { id: `row-${position}`, class: 'title', part: 'title' })}
    <p class="meta">${entry.author ? `${entry.author} · ` : ''}${t.t(`format.${entry.format}`)}</p>
    <p class="dates">
      <span>${t.t('borrowed', day(c, entry.loanDate), library)}</span>
      <span>${t.t('returned', day(c, entry.returnDate))}</span>
    </p>
  </li>`;
}

/** A page of rows (`start` is the position of its first), one `guard`ed part of the list: showing more renders only the new page. */
export function historyPage(entries: readonly HistoryEntry[], start: number, c: HistoryContext): TemplateResult {
  return html`${entries.map((entry, i) => historyItem(entry, start + i, c))}`;
}
