/**
 * Fired by `<biv-block-card-button>` once the server has blocked the card. No detail: the PIN never
 * leaves the form in an event, and the page knows who was logged in already.
 */
export class BivCardBlockedEvent extends Event {
  static readonly eventName = 'biv-card-blocked' as const;

  constructor() {
    super(BivCardBlockedEvent.eventName, { bubbles: true, composed: true });
  }
}

// Every `biv-*` event in addEventListener's map (`GlobalEventHandlersEventMap`), generated from the
// manifest: whoever imports an event class, an element or the package gets it.
export type {} from '@biv/elements/events';
