import { createHash } from 'node:crypto';
import type { Db } from './db/database.js';

/**
 * - `account`: wrong PINs per account (login, PIN change)
 * - `client`: failed logins per client address
 * - `registration`: registration attempts per client address
 * - `pin_reset`: reset link requests per identifier (or account), and `pin_reset_client` per client address
 * - `reset_token`: unusable reset tokens per client address
 */
export type ThrottleScope = 'account' | 'client' | 'registration' | 'pin_reset' | 'pin_reset_client' | 'reset_token';

export interface ThrottleRule {
  /** Failures within the window that lock the key. */
  limit: number;
  windowSeconds: number;
  /** How long the key stays locked. */
  lockSeconds: number;
}

/** Keys are stored hashed: the table never holds an identifier or an address. */
const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

/**
 * Failure counters and locks in the database, so several server instances share them.
 * A key is locked for `lockSeconds` once it has `limit` failures within `windowSeconds`.
 */
export class Throttle {
  constructor(
    private readonly db: Db,
    private readonly rules: Record<ThrottleScope, ThrottleRule>,
    private readonly now: () => Date,
  ) {}

  /** Seconds until the key may try again, or 0 when it is not locked. */
  async lockedFor(scope: ThrottleScope, key: string): Promise<number> {
    const row = await this.db
      .selectFrom('throttle_locks')
      .select('until')
      .where('scope', '=', scope)
      .where('key', '=', hashKey(key))
      .executeTakeFirst();
    if (!row) return 0;
    const remaining = new Date(row.until).getTime() - this.now().getTime();
    return remaining > 0 ? Math.ceil(remaining / 1000) : 0;
  }

  /** Count a failure (or, for 'registration', any attempt); returns true when this one locked the key. */
  async fail(scope: ThrottleScope, key: string): Promise<boolean> {
    const rule = this.rules[scope];
    const now = this.now();
    const hashed = hashKey(key);
    const windowStart = new Date(now.getTime() - rule.windowSeconds * 1000).toISOString();
    await this.db.deleteFrom('throttle_failures').where('scope', '=', scope).where('at', '<', windowStart).execute();
    await this.db.insertInto('throttle_failures').values({ scope, key: hashed, at: now.toISOString() }).execute();
    const { count } = await this.db
      .selectFrom('throttle_failures')
      .select((eb) => eb.fn.countAll().as('count'))
      .where('scope', '=', scope)
      .where('key', '=', hashed)
      .where('at', '>=', windowStart)
      .executeTakeFirstOrThrow();
    if (Number(count) < rule.limit) return false; // pg answers count(*) as a string
    const until = new Date(now.getTime() + rule.lockSeconds * 1000).toISOString();
    await this.db
      .insertInto('throttle_locks')
      .values({ scope, key: hashed, until })
      .onConflict((oc) => oc.columns(['scope', 'key']).doUpdateSet({ until }))
      .execute();
    await this.db.deleteFrom('throttle_failures').where('scope', '=', scope).where('key', '=', hashed).execute();
    return true;
  }

  /** Forget the failures and lock of a key (after a successful login or a PIN reset). */
  async clear(scope: ThrottleScope, key: string): Promise<void> {
    const hashed = hashKey(key);
    await this.db.deleteFrom('throttle_failures').where('scope', '=', scope).where('key', '=', hashed).execute();
    await this.db.deleteFrom('throttle_locks').where('scope', '=', scope).where('key', '=', hashed).execute();
  }
}
