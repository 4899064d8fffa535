import { randomUUID } from 'node:crypto';
import type { Db } from './db/database.js';

/** What the audit trail records. */
export type AuditEvent = 'card_blocked';
/** How it was done: `web` is the patron through the API (the widgets). */
export type AuditChannel = 'web';

export interface AuditRecord {
  event: AuditEvent;
  channel: AuditChannel;
  at: string;
}

/**
 * The audit trail of patrons' accounts: what happened, when and through which channel. It holds
 * no personal data beyond the patron's id (no address, no identifier, no client address), and
 * goes with the patron when the patron is deleted.
 */
export class AuditLog {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  async record(patronId: string, event: AuditEvent, channel: AuditChannel): Promise<void> {
    await this.db
      .insertInto('audit_events')
      .values({ id: randomUUID(), patron_id: patronId, event, channel, at: this.now().toISOString() })
      .execute();
  }

  /** A patron's records, oldest first. */
  async forPatron(patronId: string): Promise<AuditRecord[]> {
    const rows = await this.db.selectFrom('audit_events').select(['event', 'channel', 'at']).where('patron_id', '=', patronId).orderBy('at').execute();
    return rows.map((row) => ({ event: row.event as AuditEvent, channel: row.channel as AuditChannel, at: row.at }));
  }
}
