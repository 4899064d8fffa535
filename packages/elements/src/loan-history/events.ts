/** Fired by `<biv-loan-history>` when the patron turned "Spara min lånehistorik" on or off. */
export class BivHistorySettingChangedEvent extends Event {
  static readonly eventName = 'biv-history-setting-changed' as const;
  readonly detail: { enabled: boolean };

  constructor(enabled: boolean) {
    super(BivHistorySettingChangedEvent.eventName, { bubbles: true, composed: true });
    this.detail = { enabled };
  }
}

/** Fired by `<biv-loan-history>` when the patron's stored loan history was deleted. No detail beyond `{}`. */
export class BivHistoryDeletedEvent extends Event {
  static readonly eventName = 'biv-history-deleted' as const;
  readonly detail: Record<string, never> = {};

  constructor() {
    super(BivHistoryDeletedEvent.eventName, { bubbles: true, composed: true });
  }
}

// Every `biv-*` event in addEventListener's map (`GlobalEventHandlersEventMap`), generated from the
// manifest: whoever imports an event class, an element or the package gets it.
export type {} from '@biv/elements/events';
