import type { PROFILE_FIELDS } from '@biv/client';

/** A contact field of `PATCH /me`. */
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/**
 * Fired by `<biv-my-profile>` when the patron's contact details were saved. The detail names the
 * changed fields only, never their values (they are personal data).
 */
export class BivProfileUpdatedEvent extends Event {
  static readonly eventName = 'biv-profile-updated' as const;
  readonly detail: { fields: ProfileField[] };

  constructor(fields: ProfileField[]) {
    super(BivProfileUpdatedEvent.eventName, { bubbles: true, composed: true });
    this.detail = { fields };
  }
}

// Every `biv-*` event in addEventListener's map (`GlobalEventHandlersEventMap`), generated from the
// manifest: whoever imports an event class, an element or the package gets it.
export type {} from '@biv/elements/events';
