/** Fired by `<biv-change-pin>` when the PIN was changed. No detail: the PIN never leaves the form in an event. */
export class BivPinChangedEvent extends Event {
  static readonly eventName = 'biv-pin-changed' as const;

  constructor() {
    super(BivPinChangedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'biv-pin-changed': BivPinChangedEvent;
  }
}
