import { randomUUID } from 'node:crypto';
import type { Db } from './db/database.js';

/** What the audit trail records. */
export type AuditEvent = 'card_blocked' | 'email_changed';
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

  /** Record an event; its mail to the patron is due until `notified`. Returns the record's id. */
  async record(patronId: string, event: AuditEvent, channel: AuditChannel): Promise<string> {
    const id = randomUUID();
    await this.db
      .insertInto('audit_events')
      .values({ id, patron_id: patronId, event, channel, at: this.now().toISOString(), notified_at: null })
      .execute();
    return id;
  }

  /** The patron was told (the mail went to the mailer). */
  async notified(id: string): Promise<void> {
    await this.db.updateTable('audit_events').set({ notified_at: this.now().toISOString() }).where('id', '=', id).execute();
  }

  /** Records whose mail is still due: their transaction committed, but what followed it did not happen. */
  async noticesDue(): Promise<{ id: string; patronId: string; event: AuditEvent; at: string }[]> {
    const rows = await this.db.selectFrom('audit_events').select(['id', 'patron_id', 'event', 'at']).where('notified_at', 'is', null).orderBy('at').execute();
    return rows.map((row) => ({ id: row.id, patronId: row.patron_id, event: row.event as AuditEvent, at: row.at }));
  }

  /** A patron's records, oldest first. */
  async forPatron(patronId: string): Promise<AuditRecord[]> {
    const rows = await this.db.selectFrom('audit_events').select(['event', 'channel', 'at']).where('patron_id', '=', patronId).orderBy('at').execute();
    return rows.map((row) => ({ event: row.event as AuditEvent, channel: row.channel as AuditChannel, at: row.at }));
  }
}
