import { MyLoans } from './my-loans.js';

export { MyLoans };
export { BivRenewedEvent, type BivRenewedDetail, type RenewalOutcome } from './events.js';

MyLoans.define('biv-my-loans');

declare global {
  interface HTMLElementTagNameMap {
    'biv-my-loans': MyLoans;
  }
}
