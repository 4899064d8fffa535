import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  asApiError,
  cancelReservation,
  listLibraries,
  listReservations,
  updateReservation,
  type ApiError,
  type Library,
  type Reservation,
} from '@biv/client';
import { BivElement } from '../shared/biv-element.js';
import { fieldText, problemText } from '../shared/messages.js';
import { LocalizeController, TIME_ZONE, type Locale } from '../shared/localize.js';
import { sessionView } from '../shared/logged-out.js';
import { dialogStyles } from '../shared/dialog-styles.js';
import { panelStyles } from '../shared/panel-styles.js';
import { heading } from '../shared/heading.js';
import { statusRegion } from '../shared/status-region.js';
import { SessionController } from '../shared/session-controller.js';
import { formStyles, resetStyles, tokenStyles } from '../shared/styles.js';
import { BivReservationCancelledEvent, BivReservationChangedEvent } from './events.js';
import { myReservationsMessages } from './my-reservations.messages.js';
import { myReservationsStyles } from './my-reservations.styles.js';

/** What went wrong with an action on one reservation, shown at that reservation. */
interface ItemError {
  action: 'cancel' | 'change';
  error: ApiError;
}

/** The tags given to `Intl` for each locale (as in the shared LocalizeController). */
const INTL_TAG: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };
const DAY = 24 * 60 * 60 * 1000;
const collator = new Intl.Collator('sv');
/** `YYYY-MM-DD` of an instant, in Swedish time. */
const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day number (days since 1970-01-01) of an instant's date in Swedish time. */
function swedishDayNumber(date: Date): number {
  return Math.round(Date.parse(`${isoDay.format(date)}T00:00:00Z`) / DAY);
}

/** The libraries grouped by municipality, both in Swedish alphabetical order. */
function byMunicipality(libraries: readonly Library[]): [string, Library[]][] {
  const groups = new Map<string, Library[]>();
  for (const library of libraries) groups.set(library.municipality, [...(groups.get(library.municipality) ?? []), library]);
  return [...groups.entries()]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([municipality, list]) => [municipality, [...list].sort((a, b) => collator.compare(a.name, b.name))]);
}

/** Ready ones first (the soonest last pickup day first), then by queue position, then oldest first. */
function sorted(reservations: readonly Reservation[]): Reservation[] {
  const rank = (r: Reservation) => (r.readyForPickup ? 0 : 1);
  return [...reservations].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.pickupBy ?? '').localeCompare(b.pickupBy ?? '') ||
      (a.queuePosition ?? Number.MAX_SAFE_INTEGER) - (b.queuePosition ?? Number.MAX_SAFE_INTEGER) ||
      a.reservedAt.localeCompare(b.reservedAt),
  );
}

/** A reservation id as a safe part of a DOM id. */
const keyOf = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);

/**
 * The logged-in patron's reservations: title, author, format, where it will be collected, and
 * the place in the queue or "ready to collect" with the last day to collect it. When something is
 * ready, the patron's borrower ID (låntagar-ID), needed at pickup, is shown prominently at the
 * top. Ready reservations come first, then by place in the queue.
 *
 * A reservation is cancelled after a confirmation in a modal dialog (Escape or "Behåll" keeps it
 * and returns focus to the button that opened it); afterwards the reservation is gone, a status
 * message says so, and focus moves to the next reservation (or the list heading). The pickup
 * library of a waiting reservation can be changed among the consortium's libraries; a ready one
 * waits where it is. Faults show at the reservation concerned and never empty the list.
 *
 * The element shares the page's session with `<biv-login-box>` (same endpoint): logged out, it
 * says so and links to the login (`login-href`), or shows what is in its `login` slot.
 *
 * @summary The logged-in patron's reservations: queue, ready to collect, cancel, change pickup library.
 *
 * @tag biv-my-reservations
 *
 * @attr login-href - Where to log in, linked when nobody is logged in.
 * @attr with-login - Show a login box inside the logged-out view (its code loads only then), instead of the `login` slot.
 * @attr heading-level - The level (1–6, default 2) of the list's heading, the dialog's and the logged-out view's; each reservation's title one level deeper. Set it to fit the page's outline: 3 under an `<h2>`, and so on.
 *
 * @fires {BivReservationCancelledEvent} biv-reservation-cancelled - A reservation was cancelled. `detail: { id }`. Bubbles, composed.
 * @fires {BivReservationChangedEvent} biv-reservation-changed - The pickup library of a reservation was changed. `detail: { id, pickupLibraryId }`. Bubbles, composed.
 *
 * @slot login - Shown when nobody is logged in, e.g. `<biv-login-box slot="login">`.
 *
 * @csspart list - The `<ul>` of reservations.
 * @csspart item - Each reservation (`<li>`).
 * @csspart borrower-id - The box with the borrower ID, shown when something is ready to collect.
 * @csspart notice - The status message after a cancellation or a change of library.
 * @csspart form - Each reservation's form to change the pickup library.
 * @csspart label - The label of each library `<select>`.
 * @csspart input - Each library `<select>`.
 * @csspart button - Every button: save, cancel, the dialog's buttons and "try again".
 * @csspart error - Each error message (at a reservation, the list's and the configuration error).
 * @csspart dialog - The confirmation `<dialog>`.
 * @csspart panel - The view when nobody is logged in.
 * @csspart login - The login box of `with-login`.
 *
 * @cssprop [--biv-color-success=#1d5c3e] - Edge of the status message; default of the "ready" colour.
 * @cssprop [--biv-my-reservations-accent=var(--biv-color-accent)] - Accent of this element only.
 * @cssprop [--biv-my-reservations-accent-contrast=var(--biv-color-accent-contrast)] - Text on this element's accent.
 * @cssprop [--biv-my-reservations-ready-color=var(--biv-color-success)] - Border of ready reservations, the borrower ID box and the "ready" badge.
 * @cssprop [--biv-my-reservations-radius=var(--biv-radius)] - Corner radius of this element.
 * @cssprop [--biv-my-reservations-spacing=var(--biv-spacing)] - Spacing of this element.
 * @cssprop [--biv-my-reservations-note-background=var(--biv-color-note-background)] - Background of the panel and the status message.
 * @cssprop [--biv-my-reservations-max-width=40rem] - Maximum width.
 *
 * @cssstate loading - The session or the reservations are being loaded.
 * @cssstate logged-out - Nobody is logged in; the list is not shown.
 * @cssstate error - The reservations could not be loaded; a "try again" button shows.
 * @cssstate empty - The patron has no reservations.
 * @cssstate has-ready - At least one reservation is ready to collect.
 * @cssstate busy - A cancellation or a change of library is being sent.
 * @cssstate confirming - The confirmation dialog is open.
 */
export class MyReservations extends BivElement {
  static override styles = [tokenStyles, resetStyles, formStyles, panelStyles, dialogStyles, myReservationsStyles];


  /** Where to log in, linked when nobody is logged in. */
  @property({ attribute: 'login-href' }) loginHref?: string;

  /** Show a login box inside the logged-out view; see the `with-login` attribute. */
  @property({ type: Boolean, attribute: 'with-login' }) withLogin = false;

  #i18n = new LocalizeController(this, myReservationsMessages);
  #session = new SessionController(this);
  /** Endpoint and borrower ID the list was loaded for; a change (login, logout, another patron) reloads. */
  #loadedFor: string | undefined;
  /** Bumped on every load and reset, so an older answer never overwrites a newer one. */
  #generation = 0;
  #status: 'idle' | 'loading' | 'loaded' | 'error' = 'idle';
  #loadError: ApiError | undefined;
  #reservations: Reservation[] = [];
  #libraries: readonly Library[] = [];
  /** The library chosen in each reservation's select, until saved. */
  #drafts = new Map<string, string>();
  #saving = new Set<string>();
  #errors = new Map<string, ItemError>();
  /** The last outcome, in the status message (a live region). */
  #notice = '';
  /** The reservation whose library was just changed: "Sparat" shows at it (the notice may be out of view). */
  #justSaved: string | undefined;
  /** The reservation the dialog asks about. */
  #confirming: Reservation | undefined;
  #cancelling = false;
  #opener: HTMLElement | undefined;
  /** Whether closing the dialog returns focus to the button that opened it. */
  #restoreFocus = true;
  /** The id of the element to focus after the next render. */
  #focusNext: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.#session.state;
    const endpoint = this.#session.store?.endpoint;
    const loadFor = state.status === 'logged-in' && endpoint ? `${endpoint}\n${state.patron.borrowerId}` : undefined;
    if (loadFor !== this.#loadedFor) {
      this.#loadedFor = loadFor;
      this.#reset();
      if (loadFor) void this.#load();
    }
    const loggedIn = state.status === 'logged-in';
    this.setCustomState('logged-out', state.status === 'logged-out' || Boolean(this.#session.configError));
    this.setCustomState('loading', !this.#session.configError && (state.status === 'unknown' || state.status === 'loading' || this.#status === 'loading'));
    this.setCustomState('error', loggedIn && this.#status === 'error');
    this.setCustomState('empty', loggedIn && this.#status === 'loaded' && this.#reservations.length === 0);
    this.setCustomState('has-ready', loggedIn && this.#reservations.some((r) => r.readyForPickup));
    this.setCustomState('busy', this.#cancelling || this.#saving.size > 0);
    this.setCustomState('confirming', this.#confirming !== undefined);
  }

  protected override updated(): void {
    const target = this.#focusNext;
    if (!target) return;
    this.#focusNext = undefined;
    (this.renderRoot as ShadowRoot).getElementById(target)?.focus();
  }

  /** Forget everything of the previous patron. */
  #reset(): void {
    this.#generation++;
    this.#status = 'idle';
    this.#loadError = undefined;
    this.#reservations = [];
    this.#drafts.clear();
    this.#saving.clear();
    this.#errors.clear();
    this.#notice = '';
    this.#justSaved = undefined;
    this.#confirming = undefined;
    this.#cancelling = false;
    this.#restoreFocus = false;
    this.#dialog?.close();
  }

  /** Load the reservations and the libraries; `quiet` keeps the list shown meanwhile and ignores a fault. */
  async #load({ quiet = false } = {}): Promise<void> {
    const store = this.#session.store;
    if (!store) return;
    const generation = ++this.#generation;
    if (!quiet) {
      this.#status = 'loading';
      this.#loadError = undefined;
      this.requestUpdate();
    }
    try {
      const [reservations, libraries] = await Promise.all([listReservations(store.endpoint), listLibraries(store.endpoint)]);
      if (generation !== this.#generation) return;
      this.#reservations = sorted(reservations);
      this.#libraries = libraries;
      this.#status = 'loaded';
    } catch (error) {
      if (generation !== this.#generation) return;
      const apiError = asApiError(error);
      if (this.#session.ended(apiError)) return; // the logged-out view follows
      if (quiet) return;
      this.#loadError = apiError;
      this.#status = 'error';
    } finally {
      if (generation === this.#generation) this.requestUpdate();
    }
  }

  #retry = (): void => {
    this.#focusNext = 'list-title';
    void this.#load();
  };

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot?.querySelector('dialog') ?? null;
  }

  #libraryName(id: string): string {
    return this.#libraries.find((library) => library.id === id)?.name ?? this.#i18n.t('unknownLibrary');
  }

  #problemMessage(error: ApiError): string {
    return problemText(this.#i18n, error);
  }

  /** The message of an item's error, and whether it is about the library chosen. */
  #itemMessage(error: ApiError): { text: string; field: boolean } {
    const issue = error.fieldIssues.find((i) => i.path === 'pickupLibraryId');
    if (!issue) return { text: this.#problemMessage(error), field: false };
    const text = fieldText(this.#i18n, 'pickupLibraryId', issue.code);
    return { text, field: true };
  }

  /** "4 december 2026 (om 5 dagar)", the day in Swedish time. */
  #lastDay(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    const tag = INTL_TAG[this.#i18n.locale];
    const day = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: TIME_ZONE }).format(date);
    const days = swedishDayNumber(date) - swedishDayNumber(new Date());
    if (days < 0) return day;
    return `${day} (${new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }).format(days, 'day')})`;
  }

  // Cancelling

  async #askCancel(reservation: Reservation, event: Event): Promise<void> {
    if (this.#cancelling) return;
    this.#opener = event.currentTarget as HTMLElement;
    this.#confirming = reservation;
    this.#restoreFocus = true;
    this.requestUpdate();
    await this.updateComplete;
    const dialog = this.#dialog;
    if (dialog && !dialog.open) dialog.showModal();
  }

  #keep = (): void => {
    if (this.#cancelling) return;
    this.#dialog?.close();
  };

  /** Escape while the cancellation is being sent would leave its outcome unseen: wait for it. */
  #onDialogCancel = (event: Event): void => {
    if (this.#cancelling) event.preventDefault();
  };

  #onDialogClose = (): void => {
    this.#confirming = undefined;
    if (this.#restoreFocus && this.#opener?.isConnected) this.#opener.focus();
    this.#opener = undefined;
    this.requestUpdate();
  };

  #confirmCancel = async (): Promise<void> => {
    const reservation = this.#confirming;
    const store = this.#session.store;
    if (!reservation || !store || this.#cancelling) return;
    const generation = this.#generation;
    this.#cancelling = true;
    this.#notice = '';
    this.#justSaved = undefined;
    this.#errors.delete(reservation.id);
    this.requestUpdate();
    try {
      await cancelReservation(store.endpoint, reservation.id);
      if (generation !== this.#generation) return;
      this.#remove(reservation, this.#i18n.t('cancelled', reservation.title));
      this.emit(new BivReservationCancelledEvent(reservation.id));
    } catch (error) {
      if (generation !== this.#generation) return;
      const apiError = asApiError(error);
      if (this.#session.ended(apiError)) return; // the logged-out view follows
      if (apiError.code === 'not_found') {
        // Gone already (collected, cancelled elsewhere): say so and read the list again.
        this.#remove(reservation, this.#i18n.t('gone', reservation.title));
        void this.#load({ quiet: true });
        return;
      }
      this.#errors.set(reservation.id, { action: 'cancel', error: apiError });
      this.#restoreFocus = true;
      this.#dialog?.close();
    } finally {
      this.#cancelling = false;
      this.requestUpdate();
    }
  };

  /** Take a reservation off the list, say why, and move focus to the next one (or the heading). */
  #remove(reservation: Reservation, notice: string): void {
    const index = this.#reservations.findIndex((r) => r.id === reservation.id);
    this.#reservations = this.#reservations.filter((r) => r.id !== reservation.id);
    this.#drafts.delete(reservation.id);
    this.#errors.delete(reservation.id);
    const next = this.#reservations[Math.max(index, 0)];
    this.#focusNext = next ? `t-${keyOf(next.id)}` : 'list-title';
    this.#notice = notice;
    this.#restoreFocus = false;
    this.#dialog?.close();
    this.requestUpdate();
  }

  // Changing the pickup library

  #choose(reservation: Reservation, event: Event): void {
    this.#drafts.set(reservation.id, (event.target as HTMLSelectElement).value);
    if (this.#justSaved === reservation.id) this.#justSaved = undefined;
    this.requestUpdate();
  }

  async #savePickup(reservation: Reservation, event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const store = this.#session.store;
    const id = reservation.id;
    if (!store || this.#saving.has(id)) return;
    const t = this.#i18n;
    const chosen = this.#drafts.get(id) ?? reservation.pickupLibraryId;
    this.#notice = '';
    this.#justSaved = undefined;
    this.#errors.delete(id);
    if (chosen === reservation.pickupLibraryId) {
      this.#notice = t.t('unchanged', this.#libraryName(chosen));
      this.requestUpdate();
      return;
    }
    const generation = this.#generation;
    this.#saving.add(id);
    this.requestUpdate();
    try {
      const updated = await updateReservation(store.endpoint, id, { pickupLibraryId: chosen });
      if (generation !== this.#generation) return;
      this.#reservations = sorted(this.#reservations.map((r) => (r.id === id ? updated : r)));
      this.#drafts.delete(id);
      this.#justSaved = id;
      this.#notice = t.t('changed', updated.title, this.#libraryName(updated.pickupLibraryId));
      this.emit(new BivReservationChangedEvent(id, updated.pickupLibraryId));
    } catch (error) {
      if (generation !== this.#generation) return;
      const apiError = asApiError(error);
      if (this.#session.ended(apiError)) return; // the logged-out view follows
      if (apiError.code === 'not_found') {
        this.#remove(reservation, t.t('gone', reservation.title));
        void this.#load({ quiet: true });
        return;
      }
      this.#errors.set(id, { action: 'change', error: apiError });
      // Ready meanwhile: the list is read again, and shows it as ready (with this message kept).
      if (apiError.code === 'reservation_ready') {
        this.#drafts.delete(id);
        void this.#load({ quiet: true });
      }
    } finally {
      this.#saving.delete(id);
      this.requestUpdate();
    }
  }

  // Rendering

  protected override render(): TemplateResult {
    return sessionView(this.#i18n, this.#session, this, (patron) => this.#renderLoggedIn(patron.borrowerId));
  }

  #renderLoggedIn(borrowerId: string): TemplateResult {
    const t = this.#i18n;
    let body: TemplateResult;
    if (this.#status === 'error' && this.#loadError) {
      body = html`<div class="load-error" part="error" role="alert">
        <p>${t.t('loadFailed')} ${this.#problemMessage(this.#loadError)}</p>
        <button part="button" class="secondary" type="button" @click=${this.#retry}>${t.t('retry')}</button>
      </div>`;
    } else if (this.#status !== 'loaded') {
      body = html`<p class="status" role="status">${t.t('loading')}</p>`;
    } else if (this.#reservations.length === 0) {
      body = html`<p class="empty">${t.t('empty')}</p>`;
    } else {
      body = html`${this.#renderPickupId(borrowerId)}
        <ul class="reservations" part="list" aria-labelledby="list-title">
          ${repeat(
            this.#reservations,
            (r) => r.id,
            (r) => this.#renderItem(r),
          )}
        </ul>`;
    }
    return html`<section aria-labelledby="list-title" aria-busy=${this.#status === 'loading' ? 'true' : 'false'}>
        ${heading(this.headingAt(), t.t('heading'), { id: 'list-title', class: 'list-title', focusable: true })}
        ${statusRegion(this.#notice, { class: 'notice', part: 'notice' })}
        ${body}
      </section>
      ${this.#renderDialog()}`;
  }

  #renderPickupId(borrowerId: string): TemplateResult | typeof nothing {
    const ready = this.#reservations.filter((r) => r.readyForPickup).length;
    if (ready === 0) return nothing;
    const t = this.#i18n;
    return html`<div class="pickup-id" part="borrower-id">
      <p><strong>${t.t('readyCount', ready)}</strong></p>
      <p>${t.t('borrowerIdNeeded')} <strong class="borrower-id">${borrowerId}</strong></p>
      <p>${t.t('borrowerIdNote')}</p>
    </div>`;
  }

  #renderItem(r: Reservation): TemplateResult {
    const t = this.#i18n;
    const key = keyOf(r.id);
    const error = this.#errors.get(r.id);
    const cancelError = error?.action === 'cancel' ? this.#problemMessage(error.error) : undefined;
    const format = t.t(`format.${r.format}`);
    const state = r.readyForPickup
      ? html`<strong class="badge">${t.t('ready')}</strong> ${r.pickupBy ? t.t('pickupBy', this.#lastDay(r.pickupBy)) : nothing}`
      : r.queuePosition
        ? t.t('queuePosition', r.queuePosition)
        : t.t('waiting');
    return html`<li class="reservation ${r.readyForPickup ? 'reservation--ready' : ''}" part="item" data-id=${r.id}>
      ${heading(this.headingAt(1), r.title, { id: `t-${key}`, class: 'item-title', focusable: true })}
      <p class="meta">${r.author ? `${r.author} · ` : ''}${format}</p>
      <p class="state">${state}</p>
      <p class="pickup">${t.t('pickupAt')} <strong>${this.#libraryName(r.pickupLibraryId)}</strong></p>
      ${r.readyForPickup && error?.action !== 'change' ? nothing : this.#renderChange(r, key, error)}
      ${cancelError
        ? html`<p class="error-message" part="error" id="ce-${key}" role="alert">
            <span class="visually-hidden">${t.t('errorPrefix')}</span> ${cancelError}
          </p>`
        : nothing}
      <p class="actions">
        <button
          part="button"
          class="secondary"
          type="button"
          aria-label=${t.t('cancel') + t.t('cancelFor', r.title)}
          aria-describedby=${ifDefined(cancelError ? `ce-${key}` : undefined)}
          @click=${(event: Event) => void this.#askCancel(r, event)}
        >
          ${t.t('cancel')}
        </button>
      </p>
    </li>`;
  }

  /** The library select of a waiting reservation; for a ready one only the error of a change that came too late. */
  #renderChange(r: Reservation, key: string, error: ItemError | undefined): TemplateResult {
    const t = this.#i18n;
    const message = error?.action === 'change' ? this.#itemMessage(error.error) : undefined;
    const errorText = message
      ? html`<p class="error-message" part="error" id="e-${key}" role="alert">
          <span class="visually-hidden">${t.t('errorPrefix')}</span> ${message.text}
        </p>`
      : nothing;
    if (r.readyForPickup) return errorText === nothing ? html`` : errorText;
    const chosen = this.#drafts.get(r.id) ?? r.pickupLibraryId;
    const busy = this.#saving.has(r.id);
    const groups = byMunicipality(this.#libraries);
    const known = this.#libraries.some((library) => library.id === r.pickupLibraryId);
    return html`<form class="pickup-form" part="form" novalidate @submit=${(event: SubmitEvent) => void this.#savePickup(r, event)}>
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
            @change=${(event: Event) => this.#choose(r, event)}
          >
            ${known ? nothing : html`<option value=${r.pickupLibraryId} ?selected=${chosen === r.pickupLibraryId}>${t.t('unknownLibrary')}</option>`}
            ${groups.map(
              ([municipality, libraries]) => html`<optgroup label=${municipality}>
                ${libraries.map((library) => html`<option value=${library.id} ?selected=${library.id === chosen}>${library.name}</option>`)}
              </optgroup>`,
            )}
          </select>
          <button part="button" type="submit" aria-label=${t.t('save') + t.t('changeFor', r.title)} aria-disabled=${busy ? 'true' : 'false'}>
            ${t.t('save')}
          </button>
        </div>
        ${statusRegion(busy ? t.t('saving') : this.#justSaved === r.id ? t.t('saved') : '', { class: 'item-status' })}
      </div>
    </form>`;
  }

  #renderDialog(): TemplateResult {
    const t = this.#i18n;
    const r = this.#confirming;
    const title = r?.title ?? '';
    return html`<dialog
      part="dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-text"
      @cancel=${this.#onDialogCancel}
      @close=${this.#onDialogClose}
    >
      ${heading(this.headingAt(), t.t('confirmTitle'), { id: 'confirm-title' })}
      <p id="confirm-text">${r?.readyForPickup ? t.t('confirmReadyText', title) : t.t('confirmText', title)}</p>
      <div class="dialog-buttons">
        <button part="button" class="confirm" type="button" aria-disabled=${this.#cancelling ? 'true' : 'false'} @click=${this.#confirmCancel}>
          ${t.t('confirmYes')}
        </button>
        <button part="button" class="secondary keep" type="button" autofocus @click=${this.#keep}>${t.t('confirmNo')}</button>
      </div>
      ${statusRegion(this.#cancelling ? t.t('cancelling') : '')}
    </dialog>`;
  }
}
