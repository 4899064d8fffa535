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

declare global {
  interface GlobalEventHandlersEventMap {
    'biv-renewed': BivRenewedEvent;
  }
}
