import { randomUUID } from 'node:crypto';
import type { Db } from './db/database.js';

/** What the audit trail records. */
export type AuditEvent = 'card_blocked' | 'email_changed' | 'loan_history_enabled' | 'loan_history_disabled' | 'loan_history_deleted';
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

  /**
   * Record an event; its mail to the patron is due until `notified`. Returns the record's id.
   * `mail: false`: an event the patron gets no mail about (it is recorded as notified).
   */
  async record(patronId: string, event: AuditEvent, channel: AuditChannel, options: { mail?: boolean } = {}): Promise<string> {
    const id = randomUUID();
    const at = this.now().toISOString();
    await this.db
      .insertInto('audit_events')
      .values({ id, patron_id: patronId, event, channel, at, notified_at: options.mail === false ? at : null })
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
