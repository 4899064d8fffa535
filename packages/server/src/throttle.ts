import { createHmac, randomBytes } from 'node:crypto';
import { PostgresAdapter, sql, type Transaction } from 'kysely';
import type { Db } from './db/database.js';
import type { Database } from './db/schema.js';

/**
 * - `account`: wrong PINs per identifier (`card:…`, `pnr:…`): login, PIN change, card block
 * - `client`: failed logins per client address
 * - `registration`: registration attempts per client address
 * - `pin_reset`: reset link requests per identifier, `pin_reset_patron` per patron (mails sent),
 *   and `pin_reset_client` per client address
 * - `reset_token`: unusable reset tokens per client address
 */
export type ThrottleScope = 'account' | 'client' | 'registration' | 'pin_reset' | 'pin_reset_patron' | 'pin_reset_client' | 'reset_token';

export interface ThrottleRule {
  /** Failures within the window that lock the key. */
  limit: number;
  windowSeconds: number;
  /** How long the key stays locked. */
  lockSeconds: number;
}

export interface ThrottleKey {
  scope: ThrottleScope;
  key: string;
}

/** An attempt that holds a place on each of its keys until it is known to have failed or not. */
export interface Attempt {
  readonly id: string;
  readonly keys: readonly ThrottleKey[];
}

export type Reservation = { ok: true; attempt: Attempt } | { ok: false; scope: ThrottleScope; retryAfter: number };

/**
 * Seconds a place of an attempt still running counts. An attempt whose outcome was never stored
 * (the database went between its reservation and its end: the client got a 503, and learned
 * nothing about the PIN) stops counting then, so faults do not lock a patron out.
 */
const PENDING_SECONDS = 60;

interface Hashed {
  scope: ThrottleScope;
  hash: string;
}

/**
 * Failure counters and locks in the database, so that several server instances share them.
 *
 * An attempt is counted before the work it guards (a PIN check) starts: `reserve` takes a place
 * on every key at once, in one transaction serialised per key, and refuses when a key is locked
 * or already has `limit` places taken in its window. So requests sent at once cannot all pass a
 * check that only later counts them: a burst gets no more tries than a slow guesser. A success
 * gives its places back (`succeeded`); a failure keeps them and locks every key that reached its
 * limit (`failed`). Other failures are never forgotten by a success.
 *
 * Keys are stored as HMACs with the server secret: the tables hold no identifier or address, and
 * the small value spaces of personnummer and IPv4 addresses cannot be searched without it.
 */
export class Throttle {
  constructor(
    private readonly db: Db,
    private readonly rules: Record<ThrottleScope, ThrottleRule>,
    private readonly now: () => Date,
    private readonly secret: string,
  ) {}

  private hash({ scope, key }: ThrottleKey): Hashed {
    return { scope, hash: createHmac('sha256', this.secret).update(`${scope}\n${key}`).digest('hex') };
  }

  /** The keys in one order, each once: transactions that lock several take them alike (no deadlock). */
  private hashAll(keys: readonly ThrottleKey[]): Hashed[] {
    const unique = new Map(keys.map((k) => this.hash(k)).map((h) => [`${h.scope}:${h.hash}`, h]));
    return [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, h]) => h);
  }

  /**
   * Run `work` with the keys serialised against every other transaction on them. PostgreSQL:
   * transaction-scoped advisory locks, so instances on one database wait for each other. SQLite
   * (one process): its one connection already runs one transaction at a time.
   */
  private async locked<T>(keys: Hashed[], work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(async (trx) => {
      if (trx.getExecutor().adapter instanceof PostgresAdapter) {
        for (const { scope, hash } of keys) await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`${scope}:${hash}`}, 0))`.execute(trx);
      }
      return work(trx);
    });
  }

  /** Seconds a key is locked for (0: not locked), and the places taken in its window. */
  private async state(trx: Transaction<Database>, { scope, hash }: Hashed, now: Date): Promise<{ lockedFor: number; taken: number }> {
    const rule = this.rules[scope];
    const lock = await trx.selectFrom('throttle_locks').select('until').where('scope', '=', scope).where('key', '=', hash).executeTakeFirst();
    const remaining = lock ? new Date(lock.until).getTime() - now.getTime() : 0;
    if (remaining > 0) return { lockedFor: Math.ceil(remaining / 1000), taken: rule.limit };
    const windowStart = new Date(now.getTime() - rule.windowSeconds * 1000).toISOString();
    const pendingSince = new Date(now.getTime() - PENDING_SECONDS * 1000).toISOString();
    const { count } = await trx
      .selectFrom('throttle_failures')
      .select((eb) => eb.fn.countAll().as('count'))
      .where('scope', '=', scope)
      .where('key', '=', hash)
      .where('at', '>=', windowStart)
      .where((eb) => eb.or([eb('failed', '=', 1), eb('at', '>=', pendingSince)]))
      .executeTakeFirstOrThrow();
    return { lockedFor: 0, taken: Number(count) }; // pg answers count(*) as a string
  }

  /**
   * Take a place on every key for one attempt, or none: refused when a key is locked (with the
   * seconds left) or has no place left in its window (places held by attempts still running
   * count; with the lock time, since they will most likely lock it).
   */
  async reserve(keys: readonly ThrottleKey[]): Promise<Reservation> {
    const hashed = this.hashAll(keys);
    const attempt: Attempt = { id: randomBytes(16).toString('hex'), keys: [...keys] };
    return this.locked(hashed, async (trx) => {
      const now = this.now();
      let refusal: { scope: ThrottleScope; retryAfter: number } | undefined;
      for (const key of hashed) {
        const { lockedFor, taken } = await this.state(trx, key, now);
        const rule = this.rules[key.scope];
        const wait = lockedFor > 0 ? lockedFor : taken >= rule.limit ? rule.lockSeconds : 0;
        // The client's refusal is told before the account's (it says less about the account).
        if (wait > 0 && (!refusal || (refusal.scope !== 'client' && (key.scope === 'client' || wait > refusal.retryAfter)))) {
          refusal = { scope: key.scope, retryAfter: wait };
        }
      }
      if (refusal) return { ok: false, ...refusal };
      await trx
        .insertInto('throttle_failures')
        .values(hashed.map(({ scope, hash }) => ({ scope, key: hash, at: now.toISOString(), attempt: attempt.id, failed: 0 })))
        .execute();
      return { ok: true, attempt };
    });
  }

  /** The attempt did not fail: its places are given back. Earlier failures stay counted. */
  async succeeded(attempt: Attempt): Promise<void> {
    await this.db.deleteFrom('throttle_failures').where('attempt', '=', attempt.id).execute();
  }

  /**
   * The attempt failed: its places stay taken, and every key that has reached its limit is
   * locked for its lock time (its counted failures then go: the lock stands for them).
   * Returns the scopes that are locked now, with the seconds left.
   */
  async failed(attempt: Attempt): Promise<Map<ThrottleScope, number>> {
    const hashed = this.hashAll(attempt.keys);
    return this.locked(hashed, async (trx) => {
      const now = this.now();
      await trx.updateTable('throttle_failures').set({ failed: 1 }).where('attempt', '=', attempt.id).execute();
      const locked = new Map<ThrottleScope, number>();
      for (const key of hashed) {
        const { lockedFor, taken } = await this.state(trx, key, now);
        const rule = this.rules[key.scope];
        if (lockedFor > 0) {
          locked.set(key.scope, lockedFor);
        } else if (taken >= rule.limit) {
          const until = new Date(now.getTime() + rule.lockSeconds * 1000).toISOString();
          await trx
            .insertInto('throttle_locks')
            .values({ scope: key.scope, key: key.hash, until })
            .onConflict((oc) => oc.columns(['scope', 'key']).doUpdateSet({ until }))
            .execute();
          await trx.deleteFrom('throttle_failures').where('scope', '=', key.scope).where('key', '=', key.hash).execute();
          locked.set(key.scope, rule.lockSeconds);
        }
      }
      return locked;
    });
  }

  /** Count an attempt that always counts (a registration, a reset link request): reserve and fail. */
  async hit(keys: readonly ThrottleKey[]): Promise<{ ok: true } | { ok: false; scope: ThrottleScope; retryAfter: number }> {
    const reservation = await this.reserve(keys);
    if (!reservation.ok) return reservation;
    await this.failed(reservation.attempt);
    return { ok: true };
  }

  /** Forget the failures and locks of keys (after the PIN changed: guesses at the old one mean nothing). */
  async clear(keys: readonly ThrottleKey[]): Promise<void> {
    for (const { scope, hash } of this.hashAll(keys)) {
      await this.db.deleteFrom('throttle_failures').where('scope', '=', scope).where('key', '=', hash).execute();
      await this.db.deleteFrom('throttle_locks').where('scope', '=', scope).where('key', '=', hash).execute();
    }
  }

  /** Remove failures older than their window and locks that ended; cheap, run now and then. */
  async prune(): Promise<void> {
    const now = this.now();
    await this.db.deleteFrom('throttle_locks').where('until', '<=', now.toISOString()).execute();
    for (const [scope, rule] of Object.entries(this.rules) as [ThrottleScope, ThrottleRule][]) {
      const windowStart = new Date(now.getTime() - rule.windowSeconds * 1000).toISOString();
      await this.db.deleteFrom('throttle_failures').where('scope', '=', scope).where('at', '<', windowStart).execute();
    }
  }
}

/**
 * The throttle keys of what a patron typed as identifier: the card number, and the personnummer
 * in its one normal form (so every spelling of it counts alike). A 10-digit input that can be
 * both counts on both. They depend only on the input, never on whether an account exists, so a
 * lock tells nothing about which card number and personnummer belong together.
 */
export function identifierKeys(scope: ThrottleScope, parsed: { cardNumber?: string | undefined; personnummer?: { personnummer: string } | undefined }): ThrottleKey[] {
  const keys: ThrottleKey[] = [];
  if (parsed.cardNumber) keys.push({ scope, key: `card:${parsed.cardNumber}` });
  if (parsed.personnummer) keys.push({ scope, key: `pnr:${parsed.personnummer.personnummer}` });
  return keys;
}

/** The keys of every identifier of an account, for PIN checks of a logged-in patron. */
export function accountKeys(patron: { cardNumber?: string | null; personnummer?: string | null }): ThrottleKey[] {
  return identifierKeys('account', {
    cardNumber: patron.cardNumber ?? undefined,
    personnummer: patron.personnummer ? { personnummer: patron.personnummer } : undefined,
  });
}
