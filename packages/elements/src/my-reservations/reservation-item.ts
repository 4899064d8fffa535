import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ApiError, Library, Reservation } from '@biv/client';
import type { LocalizeController } from '../shared/localize.js';
import { daysFromToday, formatDay, formatsOf, relativeDays } from '../shared/dates.js';
import { heading, type HeadingLevel } from '../shared/heading.js';
import { statusRegion } from '../shared/status-region.js';
import type { myReservationsMessages } from './my-reservations.messages.js';

export type ReservationsI18n = LocalizeController<typeof myReservationsMessages.sv>;

/** What went wrong with an action on one reservation, shown at that reservation. */
export interface ItemError {
  action: 'cancel' | 'change';
  error: ApiError;
}

/** What every reservation of one render shares. */
export interface ReservationContext {
  i18n: ReservationsI18n;
  /** The level of each reservation's title heading (one under the list's). */
  level: HeadingLevel;
  libraries: readonly Library[];
  groups: [string, Library[]][];
  libraryName(id: string): string;
  problem(error: ApiError): string;
  /** The message of an item's error, and whether it is about the library chosen. */
  itemMessage(error: ApiError): { text: string; field: boolean };
  error(id: string): ItemError | undefined;
  /** The library chosen in the select, until saved. */
  chosen(r: Reservation): string;
  saving(id: string): boolean;
  /** The reservation whose library was just changed: "Sparat" shows at it. */
  justSaved: string | undefined;
  onCancel(r: Reservation, event: Event): void;
  onChoose(r: Reservation, event: Event): void;
  onSave(r: Reservation, event: SubmitEvent): void;
}

/** Ready ones first (the soonest last pickup day first), then by queue position, then oldest first. */
export function sorted(reservations: readonly Reservation[]): Reservation[] {
  const rank = (r: Reservation) => (r.readyForPickup ? 0 : 1);
  return [...reservations].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.pickupBy ?? '').localeCompare(b.pickupBy ?? '') ||
      (a.queuePosition ?? Number.MAX_SAFE_INTEGER) - (b.queuePosition ?? Number.MAX_SAFE_INTEGER) ||
      a.reservedAt.localeCompare(b.reservedAt),
  );
}

/** An error at a reservation, announced. */
const errorMessage = (t: ReservationsI18n, id: string, text: string): TemplateResult =>
  html`<p class="error-message" part="error" id=${id} role="alert"><span class="visually-hidden">${t.t('errorPrefix')}</span> ${text}</p>`;

/** A reservation id as a safe part of a DOM id. */
export const keyOf = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);

/** "4 december 2026 (om 5 dagar)", the day in Swedish time. */
function lastDay(t: ReservationsI18n, iso: string): string {
  const day = formatDay(t.locale, iso);
  const days = daysFromToday(iso);
  return days >= 0 ? `${day} (${relativeDays(t.locale, days)})` : day;
}

export function reservationItem(r: Reservation, c: ReservationContext): TemplateResult {
  const t = c.i18n;
  const key = keyOf(r.id);
  const error = c.error(r.id);
  const cancelError = error?.action === 'cancel' ? c.problem(error.error) : undefined;
  const state = r.readyForPickup
    ? html`<strong class="badge">${t.t('ready')}</strong> ${r.pickupBy ? t.t('pickupBy', lastDay(t, r.pickupBy)) : nothing}`
    : r.queuePosition
      ? t.t('queuePosition', formatsOf(t.locale).number.format(r.queuePosition))
      : t.t('waiting');
  return html`<li class="reservation ${r.readyForPickup ? 'reservation--ready' : ''}" part="item" data-id=${r.id}>
    ${heading(c.level, r.title, { id: `t-${key}`, class: 'item-title', focusable: true })}
    <p class="meta">${r.author ? `${r.author} · ` : ''}${t.t(`format.${r.format}`)}</p>
    <p class="state">${state}</p>
    <p class="pickup">${t.t('pickupAt')} <strong>${c.libraryName(r.pickupLibraryId)}</strong></p>
    ${r.readyForPickup && error?.action !== 'change' ? nothing : changeForm(r, key, c)}
    ${cancelError ? errorMessage(t, `ce-${key}`, cancelError) : nothing}
    <p class="actions">
      <button
        part="button"
        class="secondary"
        type="button"
        aria-label=${t.t('cancel') + t.t('cancelFor', r.title)}
        aria-describedby=${ifDefined(cancelError ? `ce-${key}` : undefined)}
        @click=${(event: Event) => c.onCancel(r, event)}
      >
        ${t.t('cancel')}
      </button>
    </p>
  </li>`;
}

/** The library select of a waiting reservation; for a ready one only the error of a change that came too late. */
function changeForm(r: Reservation, key: string, c: ReservationContext): TemplateResult {
  const t = c.i18n;
  const error = c.error(r.id);
  const message = error?.action === 'change' ? c.itemMessage(error.error) : undefined;
  const errorText = message ? errorMessage(t, `e-${key}`, message.text) : nothing;
  if (r.readyForPickup) return errorText === nothing ? html`` : errorText;
  const chosen = c.chosen(r);
  const busy = c.saving(r.id);
  const known = c.libraries.some((library) => library.id === r.pickupLibraryId);
  return html`<form class="pickup-form" part="form" novalidate @submit=${(event: SubmitEvent) => c.onSave(r, event)}>
    <div class="field ${message ? 'field--error' : ''}">
      <label part="label" for="p-${key}">${t.t('changeLabel')}</label>
      ${errorText}
      <div class="row">
        <select
          id="p-${key}"
          part="input"
          name="pickupLibraryId"
          aria-label=${t.t('changeLabel') + t.t('changeFor', r.title)}
          aria-invalid=${message?.field ? 'true' : 'false'}
          aria-describedby=${ifDefined(message ? `e-${key}` : undefined)}
          .value=${live(chosen)}
          @change=${(event: Event) => c.onChoose(r, event)}
        >
          ${known ? nothing : html`<option value=${r.pickupLibraryId} ?selected=${chosen === r.pickupLibraryId}>${t.t('unknownLibrary')}</option>`}
          ${c.groups.map(
            ([municipality, libraries]) => html`<optgroup label=${municipality}>
              ${libraries.map((library) => html`<option value=${library.id} ?selected=${library.id === chosen}>${library.name}</option>`)}
            </optgroup>`,
          )}
        </select>
        <button part="button" type="submit" aria-label=${t.t('save') + t.t('changeFor', r.title)} aria-disabled=${busy ? 'true' : 'false'}>
          ${t.t('save')}
        </button>
      </div>
      ${statusRegion(busy ? t.t('saving') : c.justSaved === r.id ? t.t('saved') : '', { class: 'item-status' })}
    </div>
  </form>`;
}

/** The confirmation dialog of a cancellation (its behaviour: the element's DialogController). */
export function cancelDialog(
  t: ReservationsI18n,
  level: HeadingLevel,
  r: Reservation | undefined,
  cancelling: boolean,
  on: { confirm: () => void; keep: () => void },
): TemplateResult {
  const title = r?.title ?? '';
  return html`<dialog part="dialog" aria-labelledby="confirm-title" aria-describedby="confirm-text">
    ${heading(level, t.t('confirmTitle'), { id: 'confirm-title' })}
    <p id="confirm-text">${r?.readyForPickup ? t.t('confirmReadyText', title) : t.t('confirmText', title)}</p>
    <div class="dialog-buttons">
      <button part="button" class="confirm" type="button" aria-disabled=${cancelling ? 'true' : 'false'} @click=${on.confirm}>
        ${t.t('confirmYes')}
      </button>
      <button part="button" class="secondary keep" type="button" autofocus @click=${on.keep}>${t.t('confirmNo')}</button>
    </div>
    ${statusRegion(cancelling ? t.t('cancelling') : '')}
  </dialog>`;
}

/** When something is ready: how many, and the borrower ID needed at pickup, prominently. */
export function pickupId(t: ReservationsI18n, reservations: readonly Reservation[], borrowerId: string): TemplateResult | typeof nothing {
  const ready = reservations.filter((r) => r.readyForPickup).length;
  if (ready === 0) return nothing;
  return html`<div class="pickup-id" part="borrower-id">
    <p><strong>${t.t('readyCount', ready, formatsOf(t.locale).number.format(ready))}</strong></p>
    <p>${t.t('borrowerIdNeeded')} <strong class="borrower-id">${borrowerId}</strong></p>
    <p>${t.t('borrowerIdNote')}</p>
  </div>`;
}
