import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatsOf } from '../shared/dates.js';
import { heading, type HeadingLevel } from '../shared/heading.js';
import { statusRegion } from '../shared/status-region.js';
import type { HistoryI18n } from './history-item.js';

/**
 * The opt-in: "Spara min lånehistorik", what it means, and a temporary account's note. The
 * checkbox is written here, in the layout of `checkboxField` (shared/checkbox-field.ts: the error
 * above, the label beside it), so the page does not load that module for one box.
 */
export function settingView(
  t: HistoryI18n,
  s: { enabled: boolean; temporary: boolean; error: string | undefined; onToggle: (event: Event) => void },
): TemplateResult {
  return html`<div class="setting" part="setting">
    <div class="field ${s.error ? 'field--error' : ''}">
      ${s.error
        ? html`<p class="error-message" part="error" id="history-enabled-error">
            <span class="visually-hidden">${t.t('errorPrefix')}</span> ${s.error}
          </p>`
        : nothing}
      <div class="checkbox">
        <input
          id="history-enabled"
          part="input"
          name="historyEnabled"
          type="checkbox"
          aria-describedby=${s.error ? 'history-hint history-enabled-error' : 'history-hint'}
          aria-invalid=${s.error ? 'true' : 'false'}
          .checked=${live(s.enabled)}
          @change=${s.onToggle}
        />
        <label part="label" for="history-enabled">${t.t('settingLabel')}</label>
      </div>
    </div>
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

