/** Table types for Kysely. Times are ISO 8601 strings (UTC), so SQLite and PostgreSQL agree. */
export interface PatronsTable {
  id: string;
  card_number: string;
  /** 12-digit normalised personnummer or samordningsnummer; never logged. */
  personnummer: string | null;
  name: string;
  borrower_id: string;
  /** 'active' | 'temporary' | 'blocked'; an ended temporary account is reported as 'expired'. */
  card_state: string;
  valid_until: string | null;
  pin_hash: string;
  created_at: string;
}

export interface LibrariesTable {
  id: string;
  name: string;
  municipality: string;
  position: number;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the session id: a stolen table does not give usable ids. */
  id_hash: string;
  patron_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface ThrottleFailuresTable {
  /** 'account' or 'client' */
  scope: string;
  /** SHA-256 of the patron id, identifier or client address. */
  key: string;
  at: string;
}

export interface ThrottleLocksTable {
  scope: string;
  key: string;
  until: string;
}

export interface Database {
  patrons: PatronsTable;
  libraries: LibrariesTable;
  sessions: SessionsTable;
  throttle_failures: ThrottleFailuresTable;
  throttle_locks: ThrottleLocksTable;
}
