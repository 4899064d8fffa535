import type { FieldIssue } from '@biv/contract';
import type { Logger } from 'pino';
import type { AuditLog } from '../audit.js';
import type { IlsAdapter, IlsPatron } from '../ils/types.js';
import { deliver, type Mailer } from '../mail.js';
import { cardBlockedMail } from '../mail-texts.js';
import type { Transact } from '../store.js';
import type { Throttle } from '../throttle.js';
import { checkPinAgain } from './auth.js';

export interface CardDeps {
  ils: IlsAdapter;
  throttle: Throttle;
  audit: AuditLog;
  transact: Transact;
  mailer: Mailer;
  logger: Logger;
  now: () => Date;
}

export type BlockCardResult =
  | { outcome: 'blocked' }
  | { outcome: 'invalid'; errors: FieldIssue[] }
  | { outcome: 'account_locked'; retryAfter: number };

/**
 * Block a logged-in patron's card with the PIN asked for again. A wrong PIN counts toward the same
 * lockout as a login and blocks nothing. On success the card is blocked, every session of the
 * patron ends (each says why: `card_blocked`), and the block is audited and mailed once, by the
 * call that changed the card; a concurrent or repeated call answers the same without doing it twice.
 */
export async function blockCard(deps: CardDeps, patron: IlsPatron, pin: string): Promise<BlockCardResult> {
  const check = await checkPinAgain(deps, patron, pin);
  if (check.outcome === 'account_locked') return check;
  if (check.outcome === 'wrong') {
    deps.logger.info({ event: 'card_block', outcome: 'wrong_pin' }, 'card block refused');
    return { outcome: 'invalid', errors: [{ path: 'pin', code: 'pin_wrong' }] };
  }
  // The block, the end of every session and the audit record: all of them, or none. The mail
  // follows the commit; should the server not get that far, `sendDueNotices` sends it later.
  const record = await deps.transact(async (store) => {
    const blocked = await store.ils.blockCard(patron.id);
    await store.sessions.endAllFor(patron.id, 'card_blocked');
    return blocked ? store.audit.record(patron.id, 'card_blocked', 'web') : undefined;
  });
  const changed = record !== undefined;
  if (changed) await notify(deps, patron, record, deps.now());
  deps.logger.info({ event: 'card_block', outcome: changed ? 'blocked' : 'already_blocked' }, 'card blocked');
  return { outcome: 'blocked' };
}

/** Records whose mail went out but whose mark did not reach the database: marked at the next sweep. */
const mailedNotMarked = new Set<string>();

/** Mail the patron about a block and mark its audit record notified (the block stands either way). */
async function notify(deps: Pick<CardDeps, 'audit' | 'mailer' | 'logger'>, patron: IlsPatron, recordId: string, at: Date): Promise<void> {
  if (patron.email) deliver(deps.mailer, deps.logger, 'card_blocked', cardBlockedMail(patron.email, at));
  try {
    await deps.audit.notified(recordId);
  } catch {
    mailedNotMarked.add(recordId);
  }
}

/**
 * Send the mails of blocks whose transaction committed but whose server did not get to the mail
 * (the database's answer to the commit was lost, or the process ended): run at start and with
 * the pruning.
 */
export async function sendDueNotices(deps: Pick<CardDeps, 'audit' | 'ils' | 'mailer' | 'logger'>): Promise<void> {
  for (const due of await deps.audit.noticesDue()) {
    if (mailedNotMarked.has(due.id)) {
      await deps.audit.notified(due.id);
      mailedNotMarked.delete(due.id);
      continue;
    }
    const patron = await deps.ils.getPatron(due.patronId);
    if (patron && due.event === 'card_blocked') await notify(deps, patron, due.id, new Date(due.at));
    else await deps.audit.notified(due.id);
  }
}
