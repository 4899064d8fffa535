import { LoanHistory } from './loan-history.js';

export { LoanHistory };
export { BivHistoryDeletedEvent, BivHistorySettingChangedEvent } from './events.js';

LoanHistory.define('biv-loan-history');

declare global {
  interface HTMLElementTagNameMap {
    'biv-loan-history': LoanHistory;
  }
}
