import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import type { HistoryEntry } from '@biv/client';
import { statusRegion } from '../shared/status-region.js';
import { historyPage, type HistoryContext, type HistoryI18n } from './history-item.js';
import { HISTORY_SORTS, type HistorySort } from './sort.js';

// The list's code: search index, rows, controls and the CSV export. The element imports it when
// it asks for the history (in parallel with the request), so a page pays for it only when a
// patron is logged in and has a history to show; the page's first script stays within its budget.

export { HistoryIndex } from './history-index.js';
export { HistorySearch } from './history-search.js';
export { csvFileName, download, historyCsv } from './csv.js';

/** Search, sort, export and delete, above the list. */
export function controlsView(
  t: HistoryI18n,
  c: {
    query: string;
    sort: HistorySort;
    deleteError: string | undefined;
    onSearch: (event: Event) => void;
    onSearchKey: (event: KeyboardEvent) => void;
    onSort: (event: Event) => void;
    onExport: () => void;
    onDelete: (event: Event) => void;
  },
): TemplateResult {
  return html`<div class="controls">
      <div class="search">
        <label part="label" for="history-search">${t.t('searchLabel')}</label>
        <input
          id="history-search"
          part="input"
          type="search"
          name="q"
          autocomplete="off"
          spellcheck="false"
          .value=${live(c.query)}
          @input=${c.onSearch}
          @keydown=${c.onSearchKey}
        />
      </div>
      <div class="sort">
        <label part="label" for="history-sort">${t.t('sortLabel')}</label>
        <select id="history-sort" part="input" .value=${live(c.sort)} @change=${c.onSort}>
          ${HISTORY_SORTS.map((s) => html`<option value=${s} ?selected=${s === c.sort}>${t.t(`sort.${s}`)}</option>`)}
        </select>
      </div>
    </div>
    <div class="actions">
      <button part="button" class="secondary" type="button" @click=${c.onExport}>${t.t('exportCsv')}</button>
      <button part="button" class="secondary" type="button" aria-describedby=${c.deleteError ? 'delete-error' : nothing} @click=${c.onDelete}>
        ${t.t('deleteHistory')}
      </button>
    </div>
    ${c.deleteError
      ? html`<p class="error-message" part="error" id="delete-error" role="alert">
          <span class="visually-hidden">${t.t('errorPrefix')}</span> ${c.deleteError}
        </p>`
      : nothing}`;
}

/** What the list shows in one render. */
export interface ListState {
  /** Changes whenever what the list shows changes: the list is then drawn afresh. */
  key: string;
  matches: readonly HistoryEntry[];
  /** How many of the matches are shown. */
  limit: number;
  page: number;
  count: string;
  announcement: string;
  more: string | undefined;
  context: HistoryContext;
  onMore: () => void;
}

/**
 * The count, the announcement region, the rows and "Visa 100 till". A fresh `<ul>` when what it
 * shows changes (one subtree removed, not hundreds of rows node by node); each page of rows
 * guarded, so showing more renders only the new page.
 */
export function listView(t: HistoryI18n, s: ListState): TemplateResult {
  const shown = Math.min(s.limit, s.matches.length);
  const starts = Array.from({ length: Math.ceil(shown / s.page) }, (_, p) => p * s.page);
  const matches = s.matches;
  return html`<p class="count" part="count">${s.count}</p>
    ${statusRegion(s.announcement, { class: 'visually-hidden' })}
    ${keyed(
      s.key,
      html`<ul class="entries" part="list" aria-label=${t.t('listLabel')} ?hidden=${shown === 0}>
        ${starts.map((start) => guard([matches, start], () => historyPage(matches.slice(start, Math.min(start + s.page, shown)), start, s.context)))}
      </ul>`,
    )}
    ${s.more ? html`<p class="more"><button part="button" type="button" @click=${s.onMore}>${s.more}</button></p>` : nothing}`;
}
