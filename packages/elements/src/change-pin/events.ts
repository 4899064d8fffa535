/** Fired by `<biv-change-pin>` when the PIN was changed. No detail: the PIN never leaves the form in an event. */
export class BivPinChangedEvent extends Event {
  static readonly eventName = 'biv-pin-changed' as const;

  constructor() {
    super(BivPinChangedEvent.eventName, { bubbles: true, composed: true });
  }
}

// Every `biv-*` event in addEventListener's map (`GlobalEventHandlersEventMap`), generated from the
// manifest: whoever imports an event class, an element or the package gets it.
export type {} from '@biv/elements/events';
