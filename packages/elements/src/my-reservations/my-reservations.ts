import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { asApiError, cancelReservation, listReservations, updateReservation, type ApiError, type Reservation } from '@biv/client';
import { BivElement } from '../shared/biv-element.js';
import { fieldText, problemText } from '../shared/messages.js';
import { LocalizeController } from '../shared/localize.js';
import { sessionView } from '../shared/logged-out.js';
import { dialogStyles } from '../shared/dialog-styles.js';
import { panelStyles } from '../shared/panel-styles.js';
import { heading } from '../shared/heading.js';
import { statusRegion } from '../shared/status-region.js';
import { SessionController } from '../shared/session-controller.js';
import { FocusController } from '../shared/focus-controller.js';
import { DialogController } from '../shared/dialog-controller.js';
import { ItemActions } from '../shared/item-actions.js';
import { LibraryList } from '../shared/libraries.js';
import { PatronData } from '../shared/patron-data.js';
import { formStyles, resetStyles, tokenStyles } from '../shared/styles.js';
import { BivReservationCancelledEvent, BivReservationChangedEvent } from './events.js';
import { cancelDialog, keyOf, pickupId, reservationItem, sorted, type ItemError, type ReservationContext } from './reservation-item.js';
import { myReservationsMessages } from './my-reservations.messages.js';
import { myReservationsStyles } from './my-reservations.styles.js';

/** The action id of the cancellation (one at a time: the dialog's); changes use `change:<id>`. */
const CANCEL = 'cancel';
const change = (id: string) => `change:${id}`;

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
  #focus = new FocusController(this);
  #reservations = new PatronData<Reservation[]>(this, this.#session, {
    load: async (endpoint) => sorted(await listReservations(endpoint)),
    // Forget everything of the previous patron.
    onReset: () => {
      this.#drafts.clear();
      this.#actions.clear();
      this.#notice = '';
      this.#justSaved = undefined;
      this.#confirming = undefined;
      this.#dialog.close({ restoreFocus: false });
    },
  });
  #libraries = new LibraryList(this, () => (this.#reservations.active ? this.#session.store?.endpoint : undefined));
  /** The cancellation and the changes of library; each reservation's error shows at it. */
  #actions = new ItemActions<ItemError>(this);
  #dialog = new DialogController(this, {
    busy: () => this.#cancelling,
    onClose: () => {
      this.#confirming = undefined;
    },
  });
  /** The library chosen in each reservation's select, until saved. */
  #drafts = new Map<string, string>();
  /** The last outcome, in the status message (a live region). */
  #notice = '';
  /** The reservation whose library was just changed: "Sparat" shows at it (the notice may be out of view). */
  #justSaved: string | undefined;
  /** The reservation the dialog asks about. */
  #confirming: Reservation | undefined;

  get #cancelling(): boolean {
    return this.#actions.running(CANCEL);
  }

  get #status(): 'idle' | 'loading' | 'loaded' | 'error' {
    if (!this.#reservations.active) return 'idle';
    if (this.#reservations.loading || this.#libraries.pending) return 'loading';
    if (this.#loadError) return 'error';
    return this.#reservations.value && this.#libraries.loaded ? 'loaded' : 'loading';
  }

  /** Why the reservations, or the libraries to choose among, could not be loaded. */
  get #loadError(): ApiError | undefined {
    const libraries = this.#libraries.error;
    return this.#reservations.error ?? (libraries === undefined ? undefined : asApiError(libraries));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#reservations.sync();
    const state = this.#session.state;
    const status = this.#status;
    const loggedIn = state.status === 'logged-in';
    const reservations = this.#reservations.value ?? [];
    this.setCustomState('logged-out', state.status === 'logged-out' || Boolean(this.#session.configError));
    this.setCustomState('loading', !this.#session.configError && (state.status === 'unknown' || state.status === 'loading' || status === 'loading'));
    this.setCustomState('error', loggedIn && status === 'error');
    this.setCustomState('empty', loggedIn && status === 'loaded' && reservations.length === 0);
    this.setCustomState('has-ready', loggedIn && reservations.some((r) => r.readyForPickup));
    this.setCustomState('busy', this.#actions.busy);
    this.setCustomState('confirming', this.#confirming !== undefined);
  }

  #retry = (): void => {
    this.#focus.after('#list-title');
    void this.#reservations.reload();
    if (this.#libraries.error !== undefined) void this.#libraries.run();
  };

  #libraryName(id: string): string {
    return this.#libraries.name(id) ?? this.#i18n.t('unknownLibrary');
  }

  #problemMessage = (error: ApiError): string => problemText(this.#i18n, error);

  /** The message of an item's error, and whether it is about the library chosen. */
  #itemMessage = (error: ApiError): { text: string; field: boolean } => {
    const issue = error.fieldIssues.find((i) => i.path === 'pickupLibraryId');
    if (!issue) return { text: this.#problemMessage(error), field: false };
    return { text: fieldText(this.#i18n, 'pickupLibraryId', issue.code), field: true };
  };

  /** A fault of an action on `reservation`, unless the session ended; `gone`: it is not there any more. */
  #failed(reservation: Reservation, error: ApiError, action: ItemError['action']): void {
    if (this.#session.ended(error)) return; // the logged-out view follows
    if (error.code === 'not_found') {
      // Gone already (collected, cancelled elsewhere): say so and read the list again.
      this.#remove(reservation, this.#i18n.t('gone', reservation.title));
      void this.#reservations.refresh();
      return;
    }
    this.#actions.outcomes.set(reservation.id, { action, error });
  }

  // Cancelling

  #askCancel = (reservation: Reservation, event: Event): void => {
    if (this.#cancelling) return;
    this.#confirming = reservation;
    void this.#dialog.show(event.currentTarget as HTMLElement);
  };

  #keep = (): void => {
    if (!this.#cancelling) this.#dialog.close();
  };

  #confirmCancel = async (): Promise<void> => {
    const reservation = this.#confirming;
    const store = this.#session.store;
    if (!reservation || !store || this.#cancelling) return;
    this.#notice = '';
    this.#justSaved = undefined;
    this.#actions.outcomes.delete(reservation.id);
    await this.#actions.run(
      CANCEL,
      () => cancelReservation(store.endpoint, reservation.id),
      (result) => {
        if (result.ok) {
          this.#remove(reservation, this.#i18n.t('cancelled', reservation.title));
          this.emit(new BivReservationCancelledEvent(reservation.id));
          return;
        }
        this.#failed(reservation, result.error, 'cancel');
        if (this.#actions.outcomes.has(reservation.id)) this.#dialog.close();
      },
    );
  };

  /** Take a reservation off the list, say why, and move focus to the next one (or the heading). */
  #remove(reservation: Reservation, notice: string): void {
    const list = this.#reservations.value ?? [];
    const index = list.findIndex((r) => r.id === reservation.id);
    const rest = list.filter((r) => r.id !== reservation.id);
    this.#reservations.value = rest;
    this.#drafts.delete(reservation.id);
    this.#actions.outcomes.delete(reservation.id);
    const next = rest[Math.max(index, 0)];
    this.#focus.after(next ? `#t-${keyOf(next.id)}` : '#list-title');
    this.#notice = notice;
    this.#dialog.close({ restoreFocus: false });
  }

  // Changing the pickup library

  #choose = (reservation: Reservation, event: Event): void => {
    this.#drafts.set(reservation.id, (event.target as HTMLSelectElement).value);
    if (this.#justSaved === reservation.id) this.#justSaved = undefined;
    this.requestUpdate();
  };

  #savePickup = async (reservation: Reservation, event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const store = this.#session.store;
    const id = reservation.id;
    if (!store || this.#actions.running(change(id))) return;
    const t = this.#i18n;
    const chosen = this.#drafts.get(id) ?? reservation.pickupLibraryId;
    this.#notice = '';
    this.#justSaved = undefined;
    this.#actions.outcomes.delete(id);
    if (chosen === reservation.pickupLibraryId) {
      this.#notice = t.t('unchanged', this.#libraryName(chosen));
      this.requestUpdate();
      return;
    }
    await this.#actions.run(
      change(id),
      () => updateReservation(store.endpoint, id, { pickupLibraryId: chosen }),
      (result) => {
        if (!result.ok) {
          this.#failed(reservation, result.error, 'change');
          // Ready meanwhile: the list is read again, and shows it as ready (with this message kept).
          if (result.error.code === 'reservation_ready') {
            this.#drafts.delete(id);
            void this.#reservations.refresh();
          }
          return;
        }
        const updated = result.value;
        this.#reservations.value = sorted((this.#reservations.value ?? []).map((r) => (r.id === id ? updated : r)));
        this.#drafts.delete(id);
        this.#justSaved = id;
        this.#notice = t.t('changed', updated.title, this.#libraryName(updated.pickupLibraryId));
        this.emit(new BivReservationChangedEvent(id, updated.pickupLibraryId));
      },
    );
  };

  // Rendering

  protected override render(): TemplateResult {
    return sessionView(this.#i18n, this.#session, this, (patron) => this.#renderLoggedIn(patron.borrowerId));
  }

  #renderLoggedIn(borrowerId: string): TemplateResult {
    const t = this.#i18n;
    const status = this.#status;
    const reservations = this.#reservations.value ?? [];
    const loadError = this.#loadError;
    let body: TemplateResult;
    if (status === 'error' && loadError) {
      body = html`<div class="load-error" part="error" role="alert">
        <p>${t.t('loadFailed')} ${this.#problemMessage(loadError)}</p>
        <button part="button" class="secondary" type="button" @click=${this.#retry}>${t.t('retry')}</button>
      </div>`;
    } else if (status !== 'loaded') {
      body = html`<p class="status" role="status">${t.t('loading')}</p>`;
    } else if (reservations.length === 0) {
      body = html`<p class="empty">${t.t('empty')}</p>`;
    } else {
      const context = this.#itemContext();
      body = html`${pickupId(this.#i18n, reservations, borrowerId)}
        <ul class="reservations" part="list" aria-labelledby="list-title">
          ${repeat(
            reservations,
            (r) => r.id,
            (r) => reservationItem(r, context),
          )}
        </ul>`;
    }
    return html`<section aria-labelledby="list-title" aria-busy=${status === 'loading' ? 'true' : 'false'}>
        ${heading(this.headingAt(), t.t('heading'), { id: 'list-title', class: 'list-title', focusable: true })}
        ${statusRegion(this.#notice, { class: 'notice', part: 'notice' })}
        ${body}
      </section>
      ${this.#renderDialog()}`;
  }

  #itemContext(): ReservationContext {
    const libraries = this.#libraries;
    return {
      i18n: this.#i18n,
      level: this.headingAt(1),
      libraries: libraries.value,
      groups: libraries.groups,
      libraryName: (id) => this.#libraryName(id),
      problem: this.#problemMessage,
      itemMessage: this.#itemMessage,
      error: (id) => this.#actions.outcomes.get(id),
      chosen: (r) => this.#drafts.get(r.id) ?? r.pickupLibraryId,
      saving: (id) => this.#actions.running(change(id)),
      justSaved: this.#justSaved,
      onCancel: this.#askCancel,
      onChoose: this.#choose,
      onSave: (r, event) => void this.#savePickup(r, event),
    };
  }

  #renderDialog(): TemplateResult {
    return cancelDialog(this.#i18n, this.headingAt(), this.#confirming, this.#cancelling, { confirm: () => void this.#confirmCancel(), keep: this.#keep });
  }
}
