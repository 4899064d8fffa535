/**
 * Fired by `<biv-pin-reset>` when a reset link was asked for. No detail: the answer is the same
 * whether or not a mail was sent, and the identifier never leaves the element in an event.
 */
export class BivPinResetRequestedEvent extends Event {
  static readonly eventName = 'biv-pin-reset-requested' as const;

  constructor() {
    super(BivPinResetRequestedEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired by `<biv-pin-reset>` when the new PIN was saved. The patron is not logged in by it. */
export class BivPinResetEvent extends Event {
  static readonly eventName = 'biv-pin-reset' as const;

  constructor() {
    super(BivPinResetEvent.eventName, { bubbles: true, composed: true });
  }
}

// Every `biv-*` event in addEventListener's map (`GlobalEventHandlersEventMap`), generated from the
// manifest: whoever imports an event class, an element or the package gets it.
export type {} from '@biv/elements/events';
