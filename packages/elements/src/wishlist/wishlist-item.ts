import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ApiError, WishlistEntry } from '@biv/client';
import type { LocalizeController } from '../shared/localize.js';
import { formatDay } from '../shared/dates.js';
import { heading, type HeadingLevel } from '../shared/heading.js';
import type { wishlistMessages } from './wishlist.messages.js';

export type WishlistI18n = LocalizeController<typeof wishlistMessages.sv>;

/** A record id as a safe part of a DOM id. */
export const keyOf = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);

/** What every entry of one render shares. */
export interface EntryContext {
  i18n: WishlistI18n;
  /** The level of each entry's title heading (one under the list's). */
  level: HeadingLevel;
  problem(error: ApiError): string;
  error(recordId: string): ApiError | undefined;
  removing(recordId: string): boolean;
  onRemove(entry: WishlistEntry): void;
}

/** One saved title: title, author and format, when it was saved, and "Ta bort". */
export function wishlistItem(entry: WishlistEntry, c: EntryContext): TemplateResult {
  const t = c.i18n;
  const key = keyOf(entry.recordId);
  const error = c.error(entry.recordId);
  const busy = c.removing(entry.recordId);
  return html`<li class="entry" part="item" data-id=${entry.recordId}>
    ${heading(c.level, entry.title, { id: `t-${key}`, class: 'item-title', focusable: true })}
    <p class="meta">${entry.author ? `${entry.author} · ` : ''}${t.t(`format.${entry.format}`)}</p>
    <p class="saved">${t.t('savedOn', formatDay(t.locale, entry.addedAt))}</p>
    ${error
      ? html`<p class="error-message" part="error" id="e-${key}" role="alert">
          <span class="visually-hidden">${t.t('errorPrefix')}</span> ${c.problem(error)}
        </p>`
      : nothing}
    <p class="actions">
      <button
        part="button"
        class="secondary"
        type="button"
        aria-label=${t.t('remove') + t.t('removeFor', entry.title)}
        aria-describedby=${ifDefined(error ? `e-${key}` : undefined)}
        aria-disabled=${busy ? 'true' : 'false'}
        @click=${() => c.onRemove(entry)}
      >
        ${busy ? t.t('removing') : t.t('remove')}
      </button>
    </p>
  </li>`;
}
