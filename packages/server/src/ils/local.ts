import type { Selectable } from 'kysely';
import type { Db } from '../db/database.js';
import type { PatronsTable } from '../db/schema.js';
import { verifyAgainstDummy, verifyPin } from '../pin-hash.js';
import type { IlsAdapter, IlsPatron, PatronLookup } from './types.js';

const toPatron = (row: Selectable<PatronsTable>): IlsPatron => ({
  id: row.id,
  name: row.name,
  borrowerId: row.borrower_id,
  cardState: row.card_state as IlsPatron['cardState'],
  validUntil: row.valid_until,
});

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
}
