import { createHash, randomBytes } from 'node:crypto';
import { PostgresAdapter } from 'kysely';
import type { InvalidTokenReason } from '@biv/contract';
import type { Db } from './db/database.js';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export type TokenCheck = { ok: true; patronId: string } | { ok: false; reason: InvalidTokenReason };

/**
 * Single-use PIN reset tokens: 256 random bits, base64url; only the SHA-256 is stored. A newer
 * token of the same patron makes older ones invalid.
 */
export class PinResetTokens {
  constructor(
    private readonly db: Db,
    private readonly lifetimeSeconds: number,
    private readonly now: () => Date,
  ) {}

  /** A new token for the patron; every older unused one of theirs stops working. */
  async issue(patronId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const now = this.now();
    const expiresAt = new Date(now.getTime() + this.lifetimeSeconds * 1000);
    await this.db.transaction().execute(async (trx) => {
      // Two links asked for at once must not both stay valid. SQLite runs one write transaction at
      // a time; PostgreSQL is told to, per patron, by locking the patron's row.
      if (trx.getExecutor().adapter instanceof PostgresAdapter) {
        await trx.selectFrom('patrons').select('id').where('id', '=', patronId).forUpdate().execute();
      }
      await trx
        .updateTable('pin_reset_tokens')
        .set({ replaced_at: now.toISOString() })
        .where('patron_id', '=', patronId)
        .where('used_at', 'is', null)
        .where('replaced_at', 'is', null)
        .execute();
      await trx
        .insertInto('pin_reset_tokens')
        .values({ token_hash: hashToken(token), patron_id: patronId, created_at: now.toISOString(), expires_at: expiresAt.toISOString(), used_at: null, replaced_at: null, revoked_at: null })
        .execute();
    });
    return { token, expiresAt };
  }

  /** Whether a token can be used now, and whose it is; changes nothing. */
  async check(token: string): Promise<TokenCheck> {
    const row = await this.db.selectFrom('pin_reset_tokens').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst();
    if (!row) return { ok: false, reason: 'unknown' };
    if (row.used_at) return { ok: false, reason: 'used' };
    if (row.replaced_at) return { ok: false, reason: 'replaced' };
    if (row.revoked_at) return { ok: false, reason: 'pin_changed' };
    if (new Date(row.expires_at).getTime() <= this.now().getTime()) return { ok: false, reason: 'expired' };
    return { ok: true, patronId: row.patron_id };
  }

  /**
   * Use the token: one conditional UPDATE, so of two concurrent uses exactly one wins. False when
   * it was used, replaced or expired in the meantime.
   */
  async consume(token: string): Promise<boolean> {
    const now = this.now().toISOString();
    const result = await this.db
      .updateTable('pin_reset_tokens')
      .set({ used_at: now })
      .where('token_hash', '=', hashToken(token))
      .where('used_at', 'is', null)
      .where('replaced_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** The PIN was changed: no link of the patron's that is still out may set another. */
  async revokeAll(patronId: string): Promise<void> {
    await this.db
      .updateTable('pin_reset_tokens')
      .set({ revoked_at: this.now().toISOString() })
      .where('patron_id', '=', patronId)
      .where('used_at', 'is', null)
      .where('revoked_at', 'is', null)
      .execute();
  }

  /** Forget tokens that ended more than a day ago. */
  async prune(): Promise<void> {
    const cutoff = new Date(this.now().getTime() - 24 * 3600 * 1000).toISOString();
    await this.db.deleteFrom('pin_reset_tokens').where('expires_at', '<', cutoff).execute();
  }
}
