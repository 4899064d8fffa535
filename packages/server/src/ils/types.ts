import type { Library } from '@biv/contract';

/** A patron as the library system knows them. */
export interface IlsPatron {
  id: string;
  name: string;
  borrowerId: string;
  /** The stored state; an ended temporary account is derived as expired by the services. */
  cardState: 'active' | 'temporary' | 'blocked';
  /** ISO 8601; the end of a temporary account. */
  validUntil: string | null;
}

export type PatronLookup = { cardNumber: string } | { personnummer: string };

/**
 * What the services need of a library system. The built-in "local" ILS keeps it in our own
 * database; a library plugs in its real system (Koha, SIP2, …) by implementing this.
 */
export interface IlsAdapter {
  findPatron(lookup: PatronLookup): Promise<IlsPatron | undefined>;
  getPatron(id: string): Promise<IlsPatron | undefined>;
  /** Whether the PIN is the patron's; slow by design. */
  verifyPin(patronId: string, pin: string): Promise<boolean>;
  listLibraries(): Promise<Library[]>;
}
