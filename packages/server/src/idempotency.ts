import type { Context } from 'hono';
import { IDEMPOTENCY_HEADER, IDEMPOTENCY_KEY_PATTERN, type RouteId } from '@biv/contract';
import type { Db } from './db/database.js';
import { problem, refused, type Refusal } from './problems.js';
import type { Store, Transact } from './store.js';

/** A stored answer of an idempotent request. */
export interface StoredAnswer {
  status: number;
  body: unknown;
}

export type IdempotencyClaim = { outcome: 'new' } | { outcome: 'repeat'; answer: StoredAnswer } | { outcome: 'in_progress' } | { outcome: 'other_route' };

/**
 * Idempotency keys per patron, kept 24 hours: the first request with a key claims it (a row
 * without an answer), does its work and stores the answer; a repeat gets that answer again, and
 * a repeat while the first is still running is told so (`in_progress`), never run twice.
 */
export class IdempotencyKeys {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  async claim(patronId: string, key: string, route: string): Promise<IdempotencyClaim> {
    const cutoff = new Date(this.now().getTime() - 24 * 3600 * 1000).toISOString();
    await this.db.deleteFrom('idempotency_keys').where('created_at', '<', cutoff).execute();
    // ON CONFLICT rather than catching the unique violation: inside a PostgreSQL transaction a
    // failed statement would end the transaction. A claim still being made by another transaction
    // is waited for.
    const inserted = await this.db
      .insertInto('idempotency_keys')
      .values({ patron_id: patronId, key, route, status: null, body: null, created_at: this.now().toISOString() })
      .onConflict((oc) => oc.columns(['patron_id', 'key']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return { outcome: 'new' };
    const row = await this.db.selectFrom('idempotency_keys').selectAll().where('patron_id', '=', patronId).where('key', '=', key).executeTakeFirst();
    if (!row) return this.claim(patronId, key, route); // pruned in between
    if (row.route !== route) return { outcome: 'other_route' };
    if (row.status === null || row.body === null) return { outcome: 'in_progress' };
    return { outcome: 'repeat', answer: { status: row.status, body: JSON.parse(row.body) as unknown } };
  }

  async store(patronId: string, key: string, answer: StoredAnswer): Promise<void> {
    await this.db
      .updateTable('idempotency_keys')
      .set({ status: answer.status, body: JSON.stringify(answer.body) })
      .where('patron_id', '=', patronId)
      .where('key', '=', key)
      .execute();
  }

  /** Forget a claim whose work failed, so a retry with the key does the work. */
  async release(patronId: string, key: string): Promise<void> {
    await this.db.deleteFrom('idempotency_keys').where('patron_id', '=', patronId).where('key', '=', key).where('status', 'is', null).execute();
  }
}

type Done = StoredAnswer | Refusal;

/**
 * Run `work` once per `Idempotency-Key` (when the request has one): a repeat gets the stored
 * answer. The claim of the key, the work and its answer are one transaction, so a database lost
 * half-way leaves neither a claim without an answer nor work without its claim: the repeat then
 * does the work. A repeat while the first still runs waits for it (PostgreSQL) or comes after
 * it (SQLite), or is told 409 request_in_progress. Only 200 answers are kept.
 */
export async function idempotent(
  c: Context,
  deps: Store & { transact: Transact },
  patronId: string,
  route: RouteId,
  work: (store: Store) => Promise<Done>,
): Promise<Response> {
  const key = c.req.header(IDEMPOTENCY_HEADER);
  if (key === undefined) return answer(c, await work(deps));
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) return problem(c, 'validation_failed', { errors: [{ path: IDEMPOTENCY_HEADER, code: 'idempotency_key_format' }] });
  const done = await deps.transact(async (store): Promise<Done | Response> => {
    const claim = await store.idempotency.claim(patronId, key, route);
    if (claim.outcome === 'repeat') return c.json(claim.answer.body as object, claim.answer.status as 200, { 'idempotent-replayed': 'true' });
    if (claim.outcome === 'in_progress') return problem(c, 'request_in_progress');
    if (claim.outcome === 'other_route') return problem(c, 'validation_failed', { errors: [{ path: IDEMPOTENCY_HEADER, code: 'idempotency_key_reused' }] });
    const result = await work(store);
    if ('outcome' in result) await store.idempotency.release(patronId, key);
    else await store.idempotency.store(patronId, key, result);
    return result;
  });
  return done instanceof Response ? done : answer(c, done);
}

const answer = (c: Context, done: Done): Response => ('outcome' in done ? refused(c, done) : c.json(done.body as object, done.status as 200));
