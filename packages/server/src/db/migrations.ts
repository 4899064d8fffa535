import { sql, type Kysely } from 'kysely';
import type { Migration, MigrationProvider } from 'kysely/migration';

/** Migrations in code, in order; names sort. Each works on SQLite and PostgreSQL. */
const migrations: Record<string, Migration> = {
  '0001_patrons_sessions_throttling': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('patrons')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('card_number', 'varchar(64)', (c) => c.notNull().unique())
        .addColumn('personnummer', 'varchar(12)', (c) => c.unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('borrower_id', 'varchar(64)', (c) => c.notNull().unique())
        .addColumn('card_state', 'varchar(16)', (c) => c.notNull())
        .addColumn('valid_until', 'varchar(32)')
        .addColumn('pin_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('libraries')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('municipality', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('patron_id', 'varchar(64)', (c) => c.notNull().references('patrons.id').onDelete('cascade'))
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('last_seen_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_patron').on('sessions').column('patron_id').execute();
      await db.schema
        .createTable('throttle_failures')
        .addColumn('scope', 'varchar(16)', (c) => c.notNull())
        .addColumn('key', 'varchar(64)', (c) => c.notNull())
        .addColumn('at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('throttle_failures_key').on('throttle_failures').columns(['scope', 'key', 'at']).execute();
      await db.schema
        .createTable('throttle_locks')
        .addColumn('scope', 'varchar(16)', (c) => c.notNull())
        .addColumn('key', 'varchar(64)', (c) => c.notNull())
        .addColumn('until', 'varchar(32)', (c) => c.notNull())
        .addPrimaryKeyConstraint('throttle_locks_pk', ['scope', 'key'])
        .execute();
    },
  },
  '0002_patron_contact_and_rules': {
    // Online registration: contact details, home library and the accepted loan rules. One
    // statement per column: SQLite adds a single column per ALTER TABLE.
    async up(db: Kysely<unknown>) {
      const columns: [string, 'varchar(32)' | 'varchar(64)' | 'varchar(254)' | 'text'][] = [
        ['email', 'varchar(254)'],
        ['phone', 'varchar(32)'],
        ['street_address', 'text'],
        ['postal_code', 'varchar(32)'],
        ['city', 'text'],
        ['home_library_id', 'varchar(64)'],
        ['rules_version', 'varchar(64)'],
        ['rules_accepted_at', 'varchar(32)'],
      ];
      for (const [name, type] of columns) await db.schema.alterTable('patrons').addColumn(name, type).execute();
    },
  },
  '0003_pin_reset_tokens': {
    // Forgotten PINs: single-use links. Only the SHA-256 of a token is stored.
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('pin_reset_tokens')
        .addColumn('token_hash', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('patron_id', 'varchar(64)', (c) => c.notNull().references('patrons.id').onDelete('cascade'))
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('used_at', 'varchar(32)')
        .addColumn('replaced_at', 'varchar(32)')
        .execute();
      await db.schema.createIndex('pin_reset_tokens_patron').on('pin_reset_tokens').column('patron_id').execute();
    },
  },
  '0004_items_loans_reservations': {
    // The local ILS's loans and reservations, and the answers kept for idempotent requests.
    // Booleans are integers (0/1) so SQLite and PostgreSQL agree.
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('items')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('author', 'text')
        .addColumn('format', 'varchar(16)', (c) => c.notNull())
        .addColumn('renewable', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema
        .createTable('loans')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('patron_id', 'varchar(64)', (c) => c.notNull().references('patrons.id').onDelete('cascade'))
        .addColumn('item_id', 'varchar(64)', (c) => c.notNull().references('items.id'))
        .addColumn('library_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('loan_date', 'varchar(32)', (c) => c.notNull())
        .addColumn('due_date', 'varchar(32)', (c) => c.notNull())
        .addColumn('renewals_used', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('loans_patron').on('loans').columns(['patron_id', 'due_date']).execute();
      await db.schema
        .createTable('reservations')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('patron_id', 'varchar(64)', (c) => c.notNull().references('patrons.id').onDelete('cascade'))
        .addColumn('item_id', 'varchar(64)', (c) => c.notNull().references('items.id'))
        .addColumn('pickup_library_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('reserved_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('ready_at', 'varchar(32)')
        .addColumn('pickup_by', 'varchar(32)')
        .execute();
      await db.schema.createIndex('reservations_item').on('reservations').columns(['item_id', 'reserved_at']).execute();
      await db.schema.createIndex('reservations_patron').on('reservations').column('patron_id').execute();
      await db.schema
        .createTable('idempotency_keys')
        .addColumn('patron_id', 'varchar(64)', (c) => c.notNull().references('patrons.id').onDelete('cascade'))
        .addColumn('key', 'varchar(64)', (c) => c.notNull())
        .addColumn('route', 'varchar(64)', (c) => c.notNull())
        .addColumn('status', 'integer')
        .addColumn('body', 'text')
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['patron_id', 'key'])
        .execute();
    },
  },
  '0005_blocked_cards': {
    // Blocking a lost card: sessions ended by the block stay, marked, until they would have
    // expired (so every page of the patron learns why it was logged out), and an audit trail.
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('sessions').addColumn('ended_reason', 'varchar(32)').execute();
      await db.schema
        .createTable('audit_events')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('patron_id', 'varchar(64)', (c) => c.notNull().references('patrons.id').onDelete('cascade'))
        .addColumn('event', 'varchar(32)', (c) => c.notNull())
        .addColumn('channel', 'varchar(16)', (c) => c.notNull())
        .addColumn('at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_events_patron').on('audit_events').columns(['patron_id', 'at']).execute();
    },
  },
  '0006_throttle_attempts_and_secret': {
    // The throttle reserves an attempt before a PIN is checked (so parallel requests cannot all
    // pass the check), and keys are HMACs with the server secret: the old rows, plain SHA-256
    // keys without attempts, are dropped (they only ever last a window). A PIN change revokes the
    // reset links still out. The secret's check value lives in server_settings.
    async up(db: Kysely<unknown>) {
      await db.schema.dropTable('throttle_failures').execute();
      await db.schema
        .createTable('throttle_failures')
        .addColumn('scope', 'varchar(16)', (c) => c.notNull())
        .addColumn('key', 'varchar(64)', (c) => c.notNull())
        .addColumn('at', 'varchar(32)', (c) => c.notNull())
        .addColumn('attempt', 'varchar(32)', (c) => c.notNull())
        .addColumn('failed', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('throttle_failures_key').on('throttle_failures').columns(['scope', 'key', 'at']).execute();
      await db.schema.createIndex('throttle_failures_attempt').on('throttle_failures').column('attempt').execute();
      await db.deleteFrom('throttle_locks' as never).execute();
      await db.schema.alterTable('pin_reset_tokens').addColumn('revoked_at', 'varchar(32)').execute();
      // The patron's mail about an audited event is sent after the event's transaction: until
      // it is, the record says so, and `noticesDue` sends it (a commit whose answer was lost).
      await db.schema.alterTable('audit_events').addColumn('notified_at', 'varchar(32)').execute();
      await db.updateTable('audit_events' as never).set({ notified_at: sql.ref('at') } as never).execute();
      await db.schema
        .createTable('server_settings')
        .addColumn('name', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0007_loan_history': {
    // "Min lånehistorik": off until the patron turns it on; from then on the local ILS records
    // each returned loan, copying the item's title, author and format, so an entry outlives the
    // item. Deleting the history deletes the rows.
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('patrons').addColumn('history_enabled', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.alterTable('patrons').addColumn('history_enabled_at', 'varchar(32)').execute();
      await db.schema
        .createTable('loan_history')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('patron_id', 'varchar(64)', (c) => c.notNull().references('patrons.id').onDelete('cascade'))
        .addColumn('item_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('author', 'text')
        .addColumn('format', 'varchar(16)', (c) => c.notNull())
        .addColumn('library_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('loan_date', 'varchar(32)', (c) => c.notNull())
        .addColumn('return_date', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('loan_history_patron').on('loan_history').columns(['patron_id', 'return_date']).execute();
    },
  },
  '0008_wishlist': {
    // The wishlist ("minneslista"): catalogue records (items) a patron saved. One row per patron
    // and record: the primary key makes a repeated or concurrent save one entry. A record that
    // leaves the catalogue leaves every wishlist with it.
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('wishlist_entries')
        .addColumn('patron_id', 'varchar(64)', (c) => c.notNull().references('patrons.id').onDelete('cascade'))
        .addColumn('record_id', 'varchar(64)', (c) => c.notNull().references('items.id').onDelete('cascade'))
        .addColumn('added_at', 'varchar(32)', (c) => c.notNull())
        .addPrimaryKeyConstraint('wishlist_entries_pk', ['patron_id', 'record_id'])
        .execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
