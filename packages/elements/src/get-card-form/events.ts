/**
 * Fired by `<biv-get-card-form>` when a temporary account was created. The detail holds the
 * borrower ID only: no name, personnummer, address or PIN ever leaves the form in an event.
 */
export class BivCardCreatedEvent extends Event {
  static readonly eventName = 'biv-card-created' as const;
  readonly detail: { borrowerId: string };

  constructor(borrowerId: string) {
    super(BivCardCreatedEvent.eventName, { bubbles: true, composed: true });
    this.detail = { borrowerId };
  }
}

// Every `biv-*` event in addEventListener's map (`GlobalEventHandlersEventMap`), generated from the
// manifest: whoever imports an event class, an element or the package gets it.
export type {} from '@biv/elements/events';
