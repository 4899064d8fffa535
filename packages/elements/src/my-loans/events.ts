/** One loan's outcome in a `biv-renewed` event. */
export interface RenewalOutcome {
  id: string;
  renewed: boolean;
  /** The due date after the attempt (ISO 8601): the new one when renewed. */
  dueDate?: string;
  /** Why it was not renewed: a `RenewalReason` of `@biv/client` (or a newer code kept as text). */
  reason?: string;
}

export interface BivRenewedDetail {
  results: RenewalOutcome[];
}

/** Fired by `<biv-my-loans>` when a renewal (one loan, or all) has an answer. Loan ids and outcomes only: no titles. */
export class BivRenewedEvent extends Event {
  static readonly eventName = 'biv-renewed' as const;
  readonly detail: BivRenewedDetail;

  constructor(detail: BivRenewedDetail) {
    super(BivRenewedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

// Every `biv-*` event in addEventListener's map (`GlobalEventHandlersEventMap`), generated from the
// manifest: whoever imports an event class, an element or the package gets it.
export type {} from '@biv/elements/events';
