/** Fired by `<biv-my-reservations>` when a reservation was cancelled. The detail holds its id only. */
export class BivReservationCancelledEvent extends Event {
  static readonly eventName = 'biv-reservation-cancelled' as const;
  readonly detail: { id: string };

  constructor(id: string) {
    super(BivReservationCancelledEvent.eventName, { bubbles: true, composed: true });
    this.detail = { id };
  }
}

/** Fired by `<biv-my-reservations>` when the pickup library of a reservation was changed. */
export class BivReservationChangedEvent extends Event {
  static readonly eventName = 'biv-reservation-changed' as const;
  readonly detail: { id: string; pickupLibraryId: string };

  constructor(id: string, pickupLibraryId: string) {
    super(BivReservationChangedEvent.eventName, { bubbles: true, composed: true });
    this.detail = { id, pickupLibraryId };
  }
}

// Every `biv-*` event in addEventListener's map (`GlobalEventHandlersEventMap`), generated from the
// manifest: whoever imports an event class, an element or the package gets it.
export type {} from '@biv/elements/events';
