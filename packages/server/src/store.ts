import type { AuditLog } from './audit.js';
import type { IlsAdapter } from './ils/types.js';
import type { PinResetTokens } from './pin-reset-tokens.js';
import type { IdempotencyKeys } from './idempotency.js';
import type { Sessions } from './sessions.js';
import type { Throttle } from './throttle.js';

/** Everything the services read and write, on one database connection. */
export interface Store {
  ils: IlsAdapter;
  sessions: Sessions;
  tokens: PinResetTokens;
  throttle: Throttle;
  audit: AuditLog;
  idempotency: IdempotencyKeys;
}

/**
 * Run `work` in one database transaction, on a `Store` bound to it: all of its writes happen, or
 * none (a database lost half-way leaves nothing half-written). Inside, use only the given store:
 * on SQLite the transaction holds the one connection. Keep slow work (scrypt) outside. The local
 * ILS joins the transaction; an ILS of your own joins it when its factory uses the database it is
 * given. Nothing in it may start a transaction of its own (`Throttle.reserve`, `PinResetTokens.issue`).
 */
export type Transact = <T>(work: (store: Store) => Promise<T>) => Promise<T>;
