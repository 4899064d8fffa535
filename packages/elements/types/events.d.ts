// Generated from custom-elements.json by packages/elements/generate-types.mjs: do not edit.
// The events of the elements for addEventListener: `el.addEventListener('biv-login', (e) => e.detail.patron)`.
// Every event module of the package refers to this file (`export type {} from '@biv/elements/events'`),
// so importing the package, an element or an event class brings it in. The events bubble and are
// composed: GlobalEventHandlersEventMap, which HTMLElementEventMap, DocumentEventMap and
// WindowEventMap (and SVGElementEventMap) all extend, types them wherever they are heard.
import type { BivCardBlockedEvent, BivCardCreatedEvent, BivHistoryDeletedEvent, BivHistorySettingChangedEvent, BivLoginEvent, BivLogoutEvent, BivPinChangedEvent, BivPinResetEvent, BivPinResetRequestedEvent, BivProfileUpdatedEvent, BivRenewedEvent, BivReservationCancelledEvent, BivReservationChangedEvent, BivTabChangeEvent, BivWishlistAddedEvent, BivWishlistRemovedEvent } from '@biv/elements';

declare global {
  interface GlobalEventHandlersEventMap {
    /** Fired by `<biv-block-card-button>`: The server blocked the card (never before it answered). No detail. Bubbles, composed. */
    'biv-card-blocked': BivCardBlockedEvent;
    /** Fired by `<biv-change-pin>`: The PIN was changed. No detail. Bubbles, composed. */
    'biv-pin-changed': BivPinChangedEvent;
    /** Fired by `<biv-get-card-form>`: A temporary account was created. `detail: { borrowerId }` (no personal data). Bubbles, composed. */
    'biv-card-created': BivCardCreatedEvent;
    /** Fired by `<biv-loan-history>`: "Spara min lånehistorik" was turned on or off. `detail: { enabled }`. Bubbles, composed. */
    'biv-history-setting-changed': BivHistorySettingChangedEvent;
    /** Fired by `<biv-loan-history>`: The stored history was deleted. `detail: {}`. Bubbles, composed. */
    'biv-history-deleted': BivHistoryDeletedEvent;
    /** Fired by `<biv-login-box>`: A patron logged in with this box. `detail: { patron }`. Bubbles, composed. */
    'biv-login': BivLoginEvent;
    /** Fired by `<biv-login-box>`: The patron logged out with this box. `detail: {}`. Bubbles, composed. */
    'biv-logout': BivLogoutEvent;
    /** Fired by `<biv-my-loans>`: A renewal (one loan or all) was answered. `detail: { results: [{ id, renewed, dueDate?, reason? }] }`. Bubbles, composed. */
    'biv-renewed': BivRenewedEvent;
    /** Fired by `<biv-my-pages>`: Another tab was shown, by the patron or by the URL fragment. `detail: { tab }` (a tab name). Bubbles, composed. */
    'biv-tab-change': BivTabChangeEvent;
    /** Fired by `<biv-my-profile>`: Contact details were saved. `detail: { fields }`, the names of the changed fields (never their values). Bubbles, composed. */
    'biv-profile-updated': BivProfileUpdatedEvent;
    /** Fired by `<biv-my-reservations>`: A reservation was cancelled. `detail: { id }`. Bubbles, composed. */
    'biv-reservation-cancelled': BivReservationCancelledEvent;
    /** Fired by `<biv-my-reservations>`: The pickup library of a reservation was changed. `detail: { id, pickupLibraryId }`. Bubbles, composed. */
    'biv-reservation-changed': BivReservationChangedEvent;
    /** Fired by `<biv-pin-reset>`: A link was asked for (the answer does not tell whether a mail was sent). No detail. Bubbles, composed. */
    'biv-pin-reset-requested': BivPinResetRequestedEvent;
    /** Fired by `<biv-pin-reset>`: The new PIN was saved; the patron is not logged in. No detail. Bubbles, composed. */
    'biv-pin-reset': BivPinResetEvent;
    /** Fired by `<biv-wishlist-button>`, `<biv-wishlist>`: The title was saved. `detail: { recordId }`. Bubbles, composed. */
    'biv-wishlist-added': BivWishlistAddedEvent;
    /** Fired by `<biv-wishlist-button>`, `<biv-wishlist>`: The title was removed. `detail: { recordId }`. Bubbles, composed. */
    'biv-wishlist-removed': BivWishlistRemovedEvent;
  }
}

export {};
