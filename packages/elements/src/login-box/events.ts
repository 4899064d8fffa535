import type { Patron } from '@biv/client';

/** Fired by the `<biv-login-box>` where a patron just logged in. */
export class BivLoginEvent extends Event {
  static readonly eventName = 'biv-login' as const;
  readonly detail: { patron: Patron };

  constructor(patron: Patron) {
    super(BivLoginEvent.eventName, { bubbles: true, composed: true });
    this.detail = { patron };
  }
}

/** Fired by the `<biv-login-box>` where a patron just logged out. */
export class BivLogoutEvent extends Event {
  static readonly eventName = 'biv-logout' as const;
  readonly detail: Record<string, never> = {};

  constructor() {
    super(BivLogoutEvent.eventName, { bubbles: true, composed: true });
  }
}

// Every `biv-*` event in addEventListener's map (`GlobalEventHandlersEventMap`), generated from the
// manifest: whoever imports an event class, an element or the package gets it.
export type {} from '@biv/elements/events';
