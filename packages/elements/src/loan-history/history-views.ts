import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { checkboxField } from '../shared/checkbox-field.js';
import { formatsOf } from '../shared/dates.js';
import { heading, type HeadingLevel } from '../shared/heading.js';
import { statusRegion } from '../shared/status-region.js';
import { HISTORY_SORTS, type HistorySort } from './history-index.js';
import type { HistoryI18n } from './history-item.js';

/** The opt-in: "Spara min lånehistorik", what it means, and a temporary account's note. */
export function settingView(
  t: HistoryI18n,
  s: { enabled: boolean; temporary: boolean; error: string | undefined; onToggle: (event: Event) => void },
): TemplateResult {
  return html`<div class="setting" part="setting">
    ${checkboxField({
      id: 'history-enabled',
      label: t.t('settingLabel'),
      error: s.error,
      errorPrefix: t.t('errorPrefix'),
      input: (errorId, invalid) =>
        html`<input
          id="history-enabled"
          part="input"
          name="historyEnabled"
          type="checkbox"
          aria-describedby=${errorId ? `history-hint ${errorId}` : 'history-hint'}
          aria-invalid=${invalid ? 'true' : 'false'}
          .checked=${live(s.enabled)}
          @change=${s.onToggle}
        />`,
    })}
    <p class="hint" id="history-hint">${t.t('settingHint')}</p>
    ${s.temporary ? html`<p class="temporary">${t.t('temporaryNote')}</p>` : nothing}
  </div>`;
}

/**
 * The confirmation dialog (its behaviour: the element's DialogController): on unticking, whether
 * to delete what is stored as well (stop and delete, stop and keep, cancel); for "Radera
 * historiken", delete or cancel. "Avbryt" has the focus: nothing is lost by Enter.
 */
export function historyDialog(
  t: HistoryI18n,
  level: HeadingLevel,
  d: { asking: 'off' | 'delete' | undefined; count: number; busy: boolean; deleting: boolean; onDelete: () => void; onKeep: () => void; onCancel: () => void },
): TemplateResult {
  const n = formatsOf(t.locale).number.format(d.count);
  const off = d.asking === 'off';
  const busy = d.busy ? 'true' : 'false';
  return html`<dialog part="dialog" aria-labelledby="confirm-title" aria-describedby="confirm-text">
    ${heading(level, off ? t.t('offTitle') : t.t('deleteTitle'), { id: 'confirm-title' })}
    <p id="confirm-text">${off ? t.t('offText', d.count, n) : t.t('deleteText', d.count, n)}</p>
    <div class="dialog-buttons">
      <button part="button" class="confirm" type="button" aria-disabled=${busy} @click=${d.onDelete}>${off ? t.t('offDelete') : t.t('deleteYes')}</button>
      ${off ? html`<button part="button" class="secondary keep" type="button" aria-disabled=${busy} @click=${d.onKeep}>${t.t('offKeep')}</button>` : nothing}
      <button part="button" class="secondary cancel" type="button" autofocus @click=${d.onCancel}>${t.t('cancel')}</button>
    </div>
    ${statusRegion(d.busy ? t.t(d.deleting ? 'deleting' : 'saving') : '')}
  </dialog>`;
}

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
