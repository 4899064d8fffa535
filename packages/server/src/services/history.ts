import type { HistoryEntry, LoanHistoryResponse, LoanHistorySetting } from '@biv/contract';
import type { Logger } from 'pino';
import type { IlsAdapter, IlsHistoryEntry, IlsPatron } from '../ils/types.js';
import type { Transact } from '../store.js';
import { withoutNull } from './answer-shape.js';

// "Min lånehistorik": the patron's own returned loans, kept only while the patron wants them.
// Every call acts on the session's patron only. Audited: the setting's changes and deletions
// (event and time; nothing of the history itself). No mail: the patron did it on the page.

export interface HistoryDeps {
  ils: IlsAdapter;
  transact: Transact;
  logger: Logger;
}

const toEntry = (entry: IlsHistoryEntry): HistoryEntry =>
  withoutNull({
    id: entry.id,
    recordId: entry.recordId,
    title: entry.title,
    author: entry.author || undefined,
    format: entry.format,
    libraryId: entry.libraryId,
    loanDate: entry.loanDate,
    returnDate: entry.returnDate,
  });

/** The setting and every stored entry, newest return first. */
export async function getLoanHistory(deps: Pick<HistoryDeps, 'ils'>, patron: IlsPatron): Promise<LoanHistoryResponse> {
  const history = await deps.ils.listLoanHistory(patron.id);
  return { enabled: history.enabled, entries: history.entries.map(toEntry) };
}

/**
 * Turn the recording of returned loans on or off (idempotent). A change is audited in its
 * transaction; setting it to what it is changes and records nothing. What is stored stays.
 */
export async function setLoanHistoryEnabled(deps: HistoryDeps, patron: IlsPatron, setting: LoanHistorySetting): Promise<LoanHistorySetting> {
  const changed = await deps.transact(async (store) => {
    const changed = await store.ils.setLoanHistoryEnabled(patron.id, setting.enabled);
    if (changed) await store.audit.record(patron.id, setting.enabled ? 'loan_history_enabled' : 'loan_history_disabled', 'web', { mail: false });
    return changed;
  });
  deps.logger.info({ event: 'loan_history_setting', enabled: setting.enabled, changed }, 'loan history setting');
  return { enabled: setting.enabled };
}

/** Delete every stored entry of the patron's loan history (idempotent); the deletion is audited when there was something to delete. */
export async function deleteLoanHistory(deps: HistoryDeps, patron: IlsPatron): Promise<void> {
  const deleted = await deps.transact(async (store) => {
    const deleted = await store.ils.deleteLoanHistory(patron.id);
    if (deleted > 0) await store.audit.record(patron.id, 'loan_history_deleted', 'web', { mail: false });
    return deleted;
  });
  deps.logger.info({ event: 'loan_history_delete', deleted }, 'loan history deleted');
}
