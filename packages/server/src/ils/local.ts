import { randomInt, randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db } from '../db/database.js';
import type { PatronsTable } from '../db/schema.js';
import { verifyAgainstDummy, verifyPin } from '../pin-hash.js';
import type { IlsAdapter, IlsPatron, NewTemporaryPatron, PatronLookup } from './types.js';

const toPatron = (row: Selectable<PatronsTable>): IlsPatron => ({
  id: row.id,
  name: row.name,
  borrowerId: row.borrower_id,
  cardState: row.card_state as IlsPatron['cardState'],
  validUntil: row.valid_until,
  email: row.email,
  personnummer: row.personnummer,
  homeLibraryId: row.home_library_id,
});

/** Prefix of the card number placeholder of a temporary account; it never matches a card pattern. */
export const TEMPORARY_CARD_PREFIX = 'temporary:';

/** A unique constraint said no (SQLite or PostgreSQL). */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

/** Borrower IDs tried before giving up (a collision among 10^6 values is rare; ten in a row is a fault). */
const BORROWER_ID_ATTEMPTS = 10;

/** The built-in library system: patrons and libraries in the server's own database. */
export class LocalIls implements IlsAdapter {
  constructor(private readonly db: Db) {}

  async findPatron(lookup: PatronLookup): Promise<IlsPatron | undefined> {
    const query = this.db.selectFrom('patrons').selectAll();
    const row = await ('cardNumber' in lookup
      ? query.where('card_number', '=', lookup.cardNumber)
      : query.where('personnummer', '=', lookup.personnummer)
    ).executeTakeFirst();
    return row && toPatron(row);
  }

  async getPatron(id: string): Promise<IlsPatron | undefined> {
    const row = await this.db.selectFrom('patrons').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toPatron(row);
  }

  async verifyPin(patronId: string, pin: string): Promise<boolean> {
    const row = await this.db.selectFrom('patrons').select('pin_hash').where('id', '=', patronId).executeTakeFirst();
    return row ? verifyPin(pin, row.pin_hash) : verifyAgainstDummy(pin);
  }

  async listLibraries() {
    return this.db.selectFrom('libraries').select(['id', 'name', 'municipality']).orderBy('position').execute();
  }

  async setPin(patronId: string, pinHash: string): Promise<void> {
    await this.db.updateTable('patrons').set({ pin_hash: pinHash }).where('id', '=', patronId).execute();
  }

  /**
   * One INSERT: the unique index on personnummer decides between concurrent applications, so a
   * personnummer never gets two accounts and an existing row is never touched. A clash on the
   * random borrower ID is retried with a new one.
   */
  async createTemporaryPatron(patron: NewTemporaryPatron): Promise<IlsPatron | undefined> {
    for (let attempt = 0; attempt < BORROWER_ID_ATTEMPTS; attempt++) {
      const id = randomUUID();
      const row = {
        id,
        card_number: TEMPORARY_CARD_PREFIX + id,
        personnummer: patron.personnummer,
        name: patron.name,
        borrower_id: `BIV-${String(randomInt(0, 1_000_000)).padStart(6, '0')}`,
        card_state: 'temporary',
        valid_until: patron.validUntil,
        pin_hash: patron.pinHash,
        created_at: patron.rulesAcceptedAt,
        email: patron.email,
        phone: patron.phone,
        street_address: patron.streetAddress,
        postal_code: patron.postalCode,
        city: patron.city,
        home_library_id: patron.homeLibraryId,
        rules_version: patron.rulesVersion,
        rules_accepted_at: patron.rulesAcceptedAt,
      };
      try {
        await this.db.insertInto('patrons').values(row).execute();
        return toPatron(row);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // Which constraint? If the personnummer has an account now, that was it.
        if (await this.findPatron({ personnummer: patron.personnummer })) return undefined;
      }
    }
    throw new Error('could not find a free borrower ID');
  }
}
