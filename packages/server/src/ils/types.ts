import type { ItemFormat, Library, RenewalReason } from '@biv/contract';

/** A patron as the library system knows them. */
export interface IlsPatron {
  id: string;
  name: string;
  borrowerId: string;
  /** The stored state; an ended temporary account is derived as expired by the services. */
  cardState: 'active' | 'temporary' | 'blocked';
  /** ISO 8601; the end of a temporary account. */
  validUntil: string | null;
  /** Where the library writes to the patron, if it knows; never shown to anyone else. */
  email?: string | null;
  /** The card number (a login identifier, and a throttle key); shown only to the patron (`GET /me`), never logged. */
  cardNumber?: string | null;
  /** Normalised 12 digits, for the personal PIN rules; never shown or logged. */
  personnummer?: string | null;
  /** The library the patron chose; its municipality decides which PIN reset page links go to. */
  homeLibraryId?: string | null;
}

/** Where the library reaches the patron. Null: the library system has no value for it. Never logged. */
export interface IlsContact {
  email: string | null;
  /** Mobile phone. */
  phone: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
}

/**
 * A change of contact details, already validated and normalised by the service: an absent field
 * stays as it is; `phone: null` removes the phone number. The e-mail and postal address are
 * changed, never removed.
 */
export interface ContactChanges {
  email?: string;
  phone?: string | null;
  streetAddress?: string;
  postalCode?: string;
  city?: string;
}

/** A new patron from online registration, already validated and normalised by the service. */
export interface NewTemporaryPatron {
  /** Normalised 12-digit personnummer or samordningsnummer. */
  personnummer: string;
  name: string;
  streetAddress: string;
  postalCode: string;
  city: string;
  email: string;
  phone: string | null;
  homeLibraryId: string;
  /** The PIN's hash (`hashPin`); the ILS never sees the PIN itself. */
  pinHash: string;
  /** ISO 8601: when the temporary account ends. */
  validUntil: string;
  rulesVersion: string;
  /** ISO 8601: when the loan rules were accepted (= the time of the application). */
  rulesAcceptedAt: string;
}

/** A loan as the library system knows it, with whether it may be renewed now and why not. */
export interface IlsLoan {
  id: string;
  title: string;
  author: string | null;
  format: ItemFormat;
  libraryId: string;
  loanDate: string;
  dueDate: string;
  renewalsUsed: number;
  renewalsLeft: number;
  /** Null when it may be renewed now. The services add the card-state reasons. */
  blockedBy: RenewalReason | null;
}

/** The outcome of renewing one loan. */
export interface IlsRenewal {
  id: string;
  renewed: boolean;
  /** Absent for `not_found`. */
  loan?: IlsLoan;
  reason?: RenewalReason;
}

export interface IlsReservation {
  id: string;
  title: string;
  author: string | null;
  format: ItemFormat;
  pickupLibraryId: string;
  reservedAt: string;
  /** 1 = next in line; null when ready for pickup. */
  queuePosition: number | null;
  readyForPickup: boolean;
  pickupBy: string | null;
}

/** A returned loan in a patron's loan history, as it was at the return. */
export interface IlsHistoryEntry {
  id: string;
  /** The catalogue record (item) that was borrowed. */
  recordId: string;
  title: string;
  author: string | null;
  format: ItemFormat;
  /** Where it was borrowed. */
  libraryId: string;
  /** ISO 8601 */
  loanDate: string;
  /** ISO 8601 */
  returnDate: string;
}

/** Whether the patron keeps a loan history, and what is stored: newest return first. */
export interface IlsLoanHistory {
  enabled: boolean;
  entries: IlsHistoryEntry[];
}

/** A title in a patron's wishlist, with what the catalogue says of its record. */
export interface IlsWishlistEntry {
  /** The catalogue record. */
  recordId: string;
  title: string;
  author: string | null;
  format: ItemFormat;
  /** ISO 8601: when the patron first saved it. */
  addedAt: string;
}

/**
 * The outcome of saving a record: `added` (a new entry), `exists` (it was there: the entry as it
 * is, its first `addedAt` kept), `not_found` (no such record in the catalogue), `full` (the
 * wishlist holds its most entries already; nothing added).
 */
export type IlsWishlistAdd = { outcome: 'added' | 'exists'; entry: IlsWishlistEntry } | { outcome: 'not_found' | 'full' };

export type PatronLookup = { cardNumber: string } | { personnummer: string };

/**
 * What the services need of a library system. The built-in "local" ILS keeps it in our own
 * database; a library plugs in its real system (Koha, SIP2, …) by implementing this.
 */
export interface IlsAdapter {
  findPatron(lookup: PatronLookup): Promise<IlsPatron | undefined>;
  getPatron(id: string): Promise<IlsPatron | undefined>;
  /** The patron's contact details (`GET /me`); undefined for an unknown patron. */
  getContact(patronId: string): Promise<IlsContact | undefined>;
  /**
   * Change the patron's contact details (`PATCH /me`); resolves to them as they are after the
   * change, or undefined (changing nothing) for an unknown patron.
   */
  updateContact(patronId: string, changes: ContactChanges): Promise<IlsContact | undefined>;
  /** Whether the PIN is the patron's; slow by design. */
  verifyPin(patronId: string, pin: string): Promise<boolean>;
  listLibraries(): Promise<Library[]>;
  /**
   * Create a patron with a temporary account (card state `temporary`, no physical card yet). The
   * adapter gives the borrower ID. Resolves to `undefined`, creating and changing nothing, when
   * the personnummer already has an account, also when a concurrent request created it first.
   */
  createTemporaryPatron(patron: NewTemporaryPatron): Promise<IlsPatron | undefined>;
  /**
   * Block the patron's card (lost or stolen): it no longer works for loans, self-service machines
   * or login. True when this call blocked it; false when it was blocked already, also when a
   * concurrent call blocked it first (so exactly one call reports the change).
   */
  blockCard(patronId: string): Promise<boolean>;
  /** Replace the patron's PIN with a new one, given as its hash (`hashPin`). */
  setPin(patronId: string, pinHash: string): Promise<void>;
  /** The patron's loans, by due date. */
  listLoans(patronId: string): Promise<IlsLoan[]>;
  /**
   * Renew the patron's loans with these ids (every loan when `ids` is undefined), each by the
   * library's rules. An id that is not a loan of this patron is `not_found`. Renewing a loan
   * that was already renewed today changes nothing and answers renewed (same due date): a
   * repeated request never renews twice.
   */
  renewLoans(patronId: string, ids: string[] | undefined): Promise<IlsRenewal[]>;
  /** The patron's reservations: ready first, then by queue position. */
  listReservations(patronId: string): Promise<IlsReservation[]>;
  /** Cancel; false when it is not a reservation of this patron. */
  cancelReservation(patronId: string, id: string): Promise<boolean>;
  /** Change the pickup library (known to exist); `ready` when it already waits at its library. */
  changePickupLibrary(patronId: string, id: string, libraryId: string): Promise<IlsReservation | 'not_found' | 'ready'>;
  // Loan history ("Min lånehistorik"). A library system keeps returned loans only with the
  // patron's consent: Koha, for one, has a per-patron privacy setting and anonymises old issues
  // of patrons who do not keep them. The system records at the return (its circulation desk, not
  // this API), and only while the patron has it on.
  /**
   * Whether the patron keeps a loan history, and every stored entry, newest return first
   * (`enabled: false` and no entries for an unknown patron).
   */
  listLoanHistory(patronId: string): Promise<IlsLoanHistory>;
  /**
   * Turn the recording of returned loans on or off for the patron. On: loans returned from now on
   * are recorded (nothing earlier). Off: nothing more is recorded; what is stored stays. True when
   * this call changed the setting; false when it already was so (also after a concurrent call).
   */
  setLoanHistoryEnabled(patronId: string, enabled: boolean): Promise<boolean>;
  /**
   * Delete every stored entry of the patron's loan history, for good (not anonymised or hidden:
   * gone); the setting stays. Resolves to the number of entries deleted (0 when there were none).
   */
  deleteLoanHistory(patronId: string): Promise<number>;
  // The wishlist ("minneslista"): catalogue records the patron saved for later. A real library
  // system keeps these as the patron's lists (Koha: lists, or "virtual shelves", one of them
  // private to the patron); an adapter may map the wishlist to one such list of the patron.
  /** The patron's saved titles, newest first (none for an unknown patron). */
  listWishlist(patronId: string): Promise<IlsWishlistEntry[]>;
  /**
   * Save a catalogue record in the patron's wishlist. A record already there stays one entry
   * with its first `addedAt` (`exists`), also when calls come at once; a wishlist never holds
   * more than `WISHLIST_MAX_ENTRIES` (`full`), also under concurrent calls.
   */
  addToWishlist(patronId: string, recordId: string): Promise<IlsWishlistAdd>;
  /** Remove a record from the patron's wishlist; false when it is not in this patron's list. */
  removeFromWishlist(patronId: string, recordId: string): Promise<boolean>;
}
