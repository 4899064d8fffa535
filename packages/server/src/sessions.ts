import { createHash, randomBytes } from 'node:crypto';
import type { SessionEndReason } from '@biv/contract';
import { compiledOnce, type Db } from './db/database.js';

export interface Session {
  patronId: string;
  expiresAt: Date;
  /**
   * Set when the server ended the session (`end`): it can do nothing any more, but says why (the
   * card was blocked) until it would have ended anyway.
   */
  endedReason?: SessionEndReason;
}

export interface SessionSettings {
  idleSeconds: number;
  absoluteSeconds: number;
  /**
   * How stale the recorded last request (`last_seen_at`) may grow before a request records it
   * again: 60 by default. Between two records a session's requests write nothing.
   */
  recordEverySeconds?: number;
}

/** By default a session's requests are recorded at most once a minute. */
export const RECORD_EVERY_SECONDS = 60;

const sessionRow = compiledOnce((db, idHash: string) => db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash));

const hashId = (id: string) => createHash('sha256').update(id).digest('hex');

/**
 * Server-side sessions. The id (256 random bits) travels in the cookie or as a Bearer token; only
 * its SHA-256 is stored.
 */
export class Sessions {
  constructor(
    private readonly db: Db,
    private readonly settings: SessionSettings,
    private readonly now: () => Date,
  ) {}

  /**
   * Start a session; returns the id to hand to the browser. `expiresAt`: keep the absolute end of
   * the session this one replaces (a new id for the same login).
   */
  async create(patronId: string, expiresAt?: Date): Promise<{ id: string; expiresAt: Date }> {
    const id = randomBytes(32).toString('base64url');
    const now = this.now();
    expiresAt ??= new Date(now.getTime() + this.settings.absoluteSeconds * 1000);
    await this.db
      .insertInto('sessions')
      .values({
        id_hash: hashId(id),
        patron_id: patronId,
        created_at: now.toISOString(),
        last_seen_at: now.toISOString(),
        expires_at: expiresAt.toISOString(),
      })
      .execute();
    return { id, expiresAt };
  }

  /**
   * The session of an id, sliding its idle timeout; timed-out sessions are deleted. A session the
   * server ended (`endedReason`) is returned as it is, without sliding.
   *
   * The idle timeout counts from the last request recorded, and a request is recorded only when
   * the record is `recordEverySeconds` (a minute) old or older: most reads of a session write
   * nothing. So a session ends `idleSeconds` after its last recorded request, never later; at
   * most a minute earlier than `idleSeconds` after its very last one. Every instance reads the
   * same record, so instances on one database agree on when a session ends.
   */
  async touch(id: string): Promise<Session | undefined> {
    const idHash = hashId(id);
    const [row] = await sessionRow(this.db, idHash);
    if (!row) return undefined;
    const now = this.now();
    const idleEnd = new Date(row.last_seen_at).getTime() + this.settings.idleSeconds * 1000;
    if (now.getTime() >= idleEnd || now.getTime() >= new Date(row.expires_at).getTime()) {
      await this.db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
      return undefined;
    }
    if (row.ended_reason) return { patronId: row.patron_id, expiresAt: new Date(row.expires_at), endedReason: row.ended_reason as SessionEndReason };
    const recordedBefore = new Date(now.getTime() - (this.settings.recordEverySeconds ?? RECORD_EVERY_SECONDS) * 1000).toISOString();
    if (row.last_seen_at <= recordedBefore) {
      // Conditional: of requests arriving together (on any instance) one records, the rest change nothing.
      await this.db
        .updateTable('sessions')
        .set({ last_seen_at: now.toISOString() })
        .where('id_hash', '=', idHash)
        .where('last_seen_at', '<=', recordedBefore)
        .execute();
    }
    return { patronId: row.patron_id, expiresAt: new Date(row.expires_at) };
  }

  /** Bring a session's absolute end forward to `until` (never later); returns the end it now has. */
  async limit(id: string, until: Date): Promise<Date> {
    const idHash = hashId(id);
    await this.db.updateTable('sessions').set({ expires_at: until.toISOString() }).where('id_hash', '=', idHash).where('expires_at', '>', until.toISOString()).execute();
    const row = await this.db.selectFrom('sessions').select('expires_at').where('id_hash', '=', idHash).executeTakeFirst();
    return new Date(row?.expires_at ?? until);
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id_hash', '=', hashId(id)).execute();
  }

  /** Remove every session of a patron (a new PIN). */
  async deleteAllFor(patronId: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('patron_id', '=', patronId).execute();
  }

  /**
   * End every session of a patron for a reason the patron's pages should learn (the card was
   * blocked): each stays, unusable, and answers with the reason until it times out.
   */
  async endAllFor(patronId: string, reason: SessionEndReason): Promise<void> {
    await this.db.updateTable('sessions').set({ ended_reason: reason }).where('patron_id', '=', patronId).where('ended_reason', 'is', null).execute();
  }

  /** End one session for a reason (see `endAllFor`). */
  async end(id: string, reason: SessionEndReason): Promise<void> {
    await this.db.updateTable('sessions').set({ ended_reason: reason }).where('id_hash', '=', hashId(id)).execute();
  }

  /** Remove sessions that ended; cheap, run now and then. */
  async prune(): Promise<void> {
    const now = this.now();
    const idleCutoff = new Date(now.getTime() - this.settings.idleSeconds * 1000).toISOString();
    await this.db
      .deleteFrom('sessions')
      .where((eb) => eb.or([eb('expires_at', '<=', now.toISOString()), eb('last_seen_at', '<=', idleCutoff)]))
      .execute();
  }
}
