import { randomInt, randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { compiledOnce, type Db } from '../db/database.js';
import type { PatronsTable } from '../db/schema.js';
import { verifyAgainstDummy, verifyPin } from '../pin-hash.js';
import type { ItemFormat, RenewalReason } from '@biv/contract';
import { WISHLIST_MAX_ENTRIES } from '@biv/contract';
import { endOfSwedishDay, swedishDaysBetween } from '../days.js';
import type {
  ContactChanges,
  IlsAdapter,
  IlsContact,
  IlsLoan,
  IlsLoanHistory,
  IlsPatron,
  IlsRenewal,
  IlsReservation,
  IlsWishlistAdd,
  IlsWishlistEntry,
  NewTemporaryPatron,
  PatronLookup,
} from './types.js';

/** The local library system's loan rules (configuration: docs/server.md). */
export interface LoanRules {
  /** Days a loan or a renewal lasts. */
  loanDays: number;
  /** Renewals allowed per loan. */
  maxRenewals: number;
  /** A loan overdue more days than this cannot be renewed online. */
  overdueLimitDays: number;
}

export const DEFAULT_LOAN_RULES: LoanRules = { loanDays: 28, maxRenewals: 3, overdueLimitDays: 30 };

/** Prefix of the card number placeholder of a temporary account; it never matches a card pattern. */
export const TEMPORARY_CARD_PREFIX = 'temporary:';

/** A patron row; the loan-history columns are not part of the patron. */
type PatronRow = Omit<Selectable<PatronsTable>, 'history_enabled' | 'history_enabled_at'>;

const toPatron = (row: PatronRow): IlsPatron => ({
  id: row.id,
  name: row.name,
  borrowerId: row.borrower_id,
  cardState: row.card_state as IlsPatron['cardState'],
  validUntil: row.valid_until,
  email: row.email,
  // A temporary account's placeholder is no card number: the patron has no card yet.
  cardNumber: row.card_number.startsWith(TEMPORARY_CARD_PREFIX) ? null : row.card_number,
  personnummer: row.personnummer,
  homeLibraryId: row.home_library_id,
});

const toWishlistEntry = (row: { record_id: string; added_at: string; title: string; author: string | null; format: string }): IlsWishlistEntry => ({
  recordId: row.record_id,
  title: row.title,
  author: row.author,
  format: row.format as ItemFormat,
  addedAt: row.added_at,
});

/** A unique constraint said no (SQLite or PostgreSQL). */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

/** Borrower IDs tried before giving up (a collision among 10^6 values is rare; ten in a row is a fault). */
const BORROWER_ID_ATTEMPTS = 10;

/** A patron's loans with their items, and whether another patron waits for the item; `ids`: only those. */
function loansQuery(db: Db, patronId: string, ids?: string[]) {
  const query = db
    .selectFrom('loans')
    .innerJoin('items', 'items.id', 'loans.item_id')
    .select((eb) => [
      'loans.id',
      'loans.item_id',
      'loans.library_id',
      'loans.loan_date',
      'loans.due_date',
      'loans.renewals_used',
      'items.title',
      'items.author',
      'items.format',
      'items.renewable',
      eb
        .exists(
          eb
            .selectFrom('reservations')
            .select('reservations.id')
            .whereRef('reservations.item_id', '=', 'loans.item_id')
            .whereRef('reservations.patron_id', '!=', 'loans.patron_id')
            .where('reservations.ready_at', 'is', null),
        )
        .as('reserved'),
    ])
    .where('loans.patron_id', '=', patronId);
  return (ids ? query.where('loans.id', 'in', ids.length > 0 ? ids : ['']) : query).orderBy('loans.due_date').orderBy('items.title');
}

/** Every loan of a patron (the list asked for most), and a patron by id: built and compiled once. */
const allLoans = compiledOnce((db, patronId: string) => loansQuery(db, patronId));
const patronRow = compiledOnce((db, id: string) => db.selectFrom('patrons').selectAll().where('id', '=', id));

/** The built-in library system: patrons and libraries in the server's own database. */
export class LocalIls implements IlsAdapter {
  constructor(
    private readonly db: Db,
    private readonly rules: LoanRules = DEFAULT_LOAN_RULES,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async findPatron(lookup: PatronLookup): Promise<IlsPatron | undefined> {
    const query = this.db.selectFrom('patrons').selectAll();
    const row = await ('cardNumber' in lookup
      ? query.where('card_number', '=', lookup.cardNumber)
      : query.where('personnummer', '=', lookup.personnummer)
    ).executeTakeFirst();
    return row && toPatron(row);
  }

  async getPatron(id: string): Promise<IlsPatron | undefined> {
    const [row] = await patronRow(this.db, id);
    return row && toPatron(row);
  }

  async getContact(patronId: string): Promise<IlsContact | undefined> {
    const row = await this.db
      .selectFrom('patrons')
      .select(['email', 'phone', 'street_address', 'postal_code', 'city'])
      .where('id', '=', patronId)
      .executeTakeFirst();
    return row && { email: row.email, phone: row.phone, streetAddress: row.street_address, postalCode: row.postal_code, city: row.city };
  }

  async updateContact(patronId: string, changes: ContactChanges): Promise<IlsContact | undefined> {
    const set = {
      ...(changes.email === undefined ? {} : { email: changes.email }),
      ...(changes.phone === undefined ? {} : { phone: changes.phone }),
      ...(changes.streetAddress === undefined ? {} : { street_address: changes.streetAddress }),
      ...(changes.postalCode === undefined ? {} : { postal_code: changes.postalCode }),
      ...(changes.city === undefined ? {} : { city: changes.city }),
    };
    if (Object.keys(set).length > 0) await this.db.updateTable('patrons').set(set).where('id', '=', patronId).execute();
    return this.getContact(patronId);
  }

  async verifyPin(patronId: string, pin: string): Promise<boolean> {
    const row = await this.db.selectFrom('patrons').select('pin_hash').where('id', '=', patronId).executeTakeFirst();
    return row ? verifyPin(pin, row.pin_hash) : verifyAgainstDummy(pin);
  }

  async listLibraries() {
    return this.db.selectFrom('libraries').select(['id', 'name', 'municipality']).orderBy('position').execute();
  }

  /** One conditional UPDATE: of two concurrent calls, only one changes the row. */
  async blockCard(patronId: string): Promise<boolean> {
    const result = await this.db
      .updateTable('patrons')
      .set({ card_state: 'blocked' })
      .where('id', '=', patronId)
      .where('card_state', '!=', 'blocked')
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
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

  /** Loans with their items, and whether another patron waits for the item. */
  /** The patron's loans, all of them or those of `ids`. */
  private loanRows(patronId: string, ids?: string[]) {
    return ids ? loansQuery(this.db, patronId, ids).execute() : allLoans(this.db, patronId);
  }

  private toLoan(row: Awaited<ReturnType<LocalIls['loanRows']>>[number], now: Date): IlsLoan {
    const renewalsLeft = Math.max(0, this.rules.maxRenewals - row.renewals_used);
    const overdueDays = swedishDaysBetween(new Date(row.due_date), now);
    let blockedBy: RenewalReason | null = null;
    if (!row.renewable) blockedBy = 'not_renewable';
    else if (row.reserved) blockedBy = 'reserved';
    else if (renewalsLeft === 0) blockedBy = 'renewal_limit';
    else if (overdueDays > this.rules.overdueLimitDays) blockedBy = 'overdue_limit';
    return {
      id: row.id,
      title: row.title,
      author: row.author,
      format: row.format as ItemFormat,
      libraryId: row.library_id,
      loanDate: row.loan_date,
      dueDate: row.due_date,
      renewalsUsed: row.renewals_used,
      renewalsLeft,
      blockedBy,
    };
  }

  async listLoans(patronId: string): Promise<IlsLoan[]> {
    const now = this.now();
    return (await this.loanRows(patronId)).map((row) => this.toLoan(row, now));
  }

  /**
   * Each renewal is one conditional UPDATE on the renewal count read, so two concurrent renewals
   * of a loan cannot both count; and a loan already due at the date a renewal would give (renewed
   * today) is left as it is and reported renewed.
   */
  async renewLoans(patronId: string, ids: string[] | undefined): Promise<IlsRenewal[]> {
    const now = this.now();
    const rows = await this.loanRows(patronId, ids);
    const found = new Map(rows.map((row) => [row.id, row]));
    const order = ids ?? rows.map((row) => row.id);
    const results: IlsRenewal[] = [];
    for (const id of [...new Set(order)]) {
      const row = found.get(id);
      if (!row) {
        results.push({ id, renewed: false, reason: 'not_found' });
        continue;
      }
      const dueDate = endOfSwedishDay(now, this.rules.loanDays);
      if (row.due_date === dueDate) {
        results.push({ id, renewed: true, loan: this.toLoan(row, now) });
        continue;
      }
      const loan = this.toLoan(row, now);
      if (loan.blockedBy) {
        results.push({ id, renewed: false, loan, reason: loan.blockedBy });
        continue;
      }
      const update = await this.db
        .updateTable('loans')
        .set({ due_date: dueDate, renewals_used: row.renewals_used + 1 })
        .where('id', '=', id)
        .where('renewals_used', '=', row.renewals_used)
        .where('due_date', '=', row.due_date)
        .executeTakeFirst();
      const [fresh] = await this.loanRows(patronId, [id]);
      const after = fresh ? this.toLoan(fresh, now) : loan;
      // Lost a race with a concurrent renewal of the same loan: report what it did.
      results.push({ id, renewed: Number(update.numUpdatedRows) === 1 || after.dueDate === dueDate, loan: after });
    }
    return results;
  }

  async listReservations(patronId: string): Promise<IlsReservation[]> {
    const rows = await this.db
      .selectFrom('reservations as r')
      .innerJoin('items', 'items.id', 'r.item_id')
      .select((eb) => [
        'r.id',
        'r.pickup_library_id',
        'r.reserved_at',
        'r.ready_at',
        'r.pickup_by',
        'items.title',
        'items.author',
        'items.format',
        eb
          .selectFrom('reservations as ahead')
          .select((inner) => inner.fn.countAll().as('n'))
          .whereRef('ahead.item_id', '=', 'r.item_id')
          .where('ahead.ready_at', 'is', null)
          .where((inner) =>
            inner.or([
              inner('ahead.reserved_at', '<', inner.ref('r.reserved_at')),
              inner.and([inner('ahead.reserved_at', '=', inner.ref('r.reserved_at')), inner('ahead.id', '<', inner.ref('r.id'))]),
            ]),
          )
          .as('ahead'),
      ])
      .where('r.patron_id', '=', patronId)
      .execute();
    const reservations = rows.map(
      (row): IlsReservation => ({
        id: row.id,
        title: row.title,
        author: row.author,
        format: row.format as ItemFormat,
        pickupLibraryId: row.pickup_library_id,
        reservedAt: row.reserved_at,
        queuePosition: row.ready_at ? null : Number(row.ahead ?? 0) + 1,
        readyForPickup: row.ready_at !== null,
        pickupBy: row.pickup_by,
      }),
    );
    return reservations.sort(
      (a, b) =>
        Number(b.readyForPickup) - Number(a.readyForPickup) ||
        (a.pickupBy ?? '').localeCompare(b.pickupBy ?? '') ||
        (a.queuePosition ?? 0) - (b.queuePosition ?? 0) ||
        a.reservedAt.localeCompare(b.reservedAt),
    );
  }

  async cancelReservation(patronId: string, id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('reservations').where('id', '=', id).where('patron_id', '=', patronId).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  async changePickupLibrary(patronId: string, id: string, libraryId: string): Promise<IlsReservation | 'not_found' | 'ready'> {
    const row = await this.db.selectFrom('reservations').select(['id', 'ready_at']).where('id', '=', id).where('patron_id', '=', patronId).executeTakeFirst();
    if (!row) return 'not_found';
    if (row.ready_at) return 'ready';
    await this.db.updateTable('reservations').set({ pickup_library_id: libraryId }).where('id', '=', id).where('ready_at', 'is', null).execute();
    return (await this.listReservations(patronId)).find((r) => r.id === id) ?? 'not_found';
  }

  async listLoanHistory(patronId: string): Promise<IlsLoanHistory> {
    const patron = await this.db.selectFrom('patrons').select('history_enabled').where('id', '=', patronId).executeTakeFirst();
    if (!patron) return { enabled: false, entries: [] };
    const rows = await this.db
      .selectFrom('loan_history')
      .select(['id', 'item_id', 'title', 'author', 'format', 'library_id', 'loan_date', 'return_date'])
      .where('patron_id', '=', patronId)
      .orderBy('return_date', 'desc')
      .orderBy('id')
      .execute();
    return {
      enabled: patron.history_enabled === 1,
      entries: rows.map((row) => ({
        id: row.id,
        recordId: row.item_id,
        title: row.title,
        author: row.author,
        format: row.format as ItemFormat,
        libraryId: row.library_id,
        loanDate: row.loan_date,
        returnDate: row.return_date,
      })),
    };
  }

  /** One conditional UPDATE: of two concurrent calls to the same value, only one reports a change. */
  async setLoanHistoryEnabled(patronId: string, enabled: boolean): Promise<boolean> {
    const result = await this.db
      .updateTable('patrons')
      .set({ history_enabled: enabled ? 1 : 0, history_enabled_at: enabled ? this.now().toISOString() : null })
      .where('id', '=', patronId)
      .where('history_enabled', '!=', enabled ? 1 : 0)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async deleteLoanHistory(patronId: string): Promise<number> {
    const result = await this.db.deleteFrom('loan_history').where('patron_id', '=', patronId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /**
   * The circulation desk's return (not an API route): in one transaction, the loan is deleted
   * and, only when its patron keeps a loan history at that moment, recorded in it with the item's
   * title, author and format as they are now. Undefined when there is no such loan (also when a
   * concurrent return took it first: the loan's deletion decides). Joins the caller's transaction
   * when called inside one.
   */
  async returnLoan(loanId: string, at: Date = this.now()): Promise<{ recorded: boolean } | undefined> {
    const work = async (db: Db) => {
      const loan = await db
        .deleteFrom('loans')
        .where('id', '=', loanId)
        .returning(['patron_id', 'item_id', 'library_id', 'loan_date'])
        .executeTakeFirst();
      if (!loan) return undefined;
      const patron = await db.selectFrom('patrons').select('history_enabled').where('id', '=', loan.patron_id).executeTakeFirst();
      if (patron?.history_enabled !== 1) return { recorded: false };
      const item = await db.selectFrom('items').select(['title', 'author', 'format']).where('id', '=', loan.item_id).executeTakeFirstOrThrow();
      await db
        .insertInto('loan_history')
        .values({
          id: randomUUID(),
          patron_id: loan.patron_id,
          item_id: loan.item_id,
          title: item.title,
          author: item.author,
          format: item.format,
          library_id: loan.library_id,
          loan_date: loan.loan_date,
          return_date: at.toISOString(),
        })
        .execute();
      return { recorded: true };
    };
    return this.inTransaction(work);
  }

  async listWishlist(patronId: string): Promise<IlsWishlistEntry[]> {
    const rows = await this.wishlistRows(this.db, patronId).orderBy('w.added_at', 'desc').orderBy('w.record_id').execute();
    return rows.map(toWishlistEntry);
  }

  /**
   * Runs in a transaction (the caller's, or its own) that first takes the patron's row for
   * writing (a no-op UPDATE): concurrent saves of one patron run one after the other, so the
   * count and the insert agree and the cap holds. The primary key (patron, record) keeps a record
   * one entry whatever happens.
   */
  async addToWishlist(patronId: string, recordId: string): Promise<IlsWishlistAdd> {
    const work = async (db: Db): Promise<IlsWishlistAdd> => {
      await db.updateTable('patrons').set((eb) => ({ card_state: eb.ref('card_state') })).where('id', '=', patronId).execute();
      const entry = async () => {
        const row = await this.wishlistRows(db, patronId).where('w.record_id', '=', recordId).executeTakeFirst();
        return row && toWishlistEntry(row);
      };
      const existing = await entry();
      if (existing) return { outcome: 'exists', entry: existing };
      const item = await db.selectFrom('items').select('id').where('id', '=', recordId).executeTakeFirst();
      if (!item) return { outcome: 'not_found' };
      const { count } = await db
        .selectFrom('wishlist_entries')
        .select((eb) => eb.fn.countAll().as('count'))
        .where('patron_id', '=', patronId)
        .executeTakeFirstOrThrow();
      if (Number(count) >= WISHLIST_MAX_ENTRIES) return { outcome: 'full' };
      const inserted = await db
        .insertInto('wishlist_entries')
        .values({ patron_id: patronId, record_id: recordId, added_at: this.now().toISOString() })
        .onConflict((oc) => oc.columns(['patron_id', 'record_id']).doNothing())
        .executeTakeFirst();
      const saved = await entry();
      if (!saved) return { outcome: 'not_found' }; // the patron is gone
      return { outcome: Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1 ? 'added' : 'exists', entry: saved };
    };
    return this.inTransaction(work);
  }

  async removeFromWishlist(patronId: string, recordId: string): Promise<boolean> {
    const result = await this.db.deleteFrom('wishlist_entries').where('patron_id', '=', patronId).where('record_id', '=', recordId).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  /** Run `work` in the caller's transaction when this ILS is bound to one, else in a transaction of its own. */
  private inTransaction<T>(work: (db: Db) => Promise<T>): Promise<T> {
    return this.db.isTransaction ? work(this.db) : this.db.transaction().execute(work);
  }

  private wishlistRows(db: Db, patronId: string) {
    return db
      .selectFrom('wishlist_entries as w')
      .innerJoin('items', 'items.id', 'w.record_id')
      .select(['w.record_id', 'w.added_at', 'items.title', 'items.author', 'items.format'])
      .where('w.patron_id', '=', patronId);
  }
}
