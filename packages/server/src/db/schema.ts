import type { Generated } from 'kysely';

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
  // Since migration 0002 (online registration); null for patrons from before.
  email: string | null;
  phone: string | null;
  street_address: string | null;
  postal_code: string | null;
  city: string | null;
  home_library_id: string | null;
  /** Which loan rules the patron accepted, and when (ISO 8601). */
  rules_version: string | null;
  rules_accepted_at: string | null;
  // Since migration 0007 (loan history).
  /** 1 while the patron keeps a loan history (returned loans are recorded), else 0. */
  history_enabled: Generated<number>;
  /** When the patron last turned the loan history on (ISO 8601); null while it is off. */
  history_enabled_at: string | null;
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
  /** Set when the server ended the session ('card_blocked'): it can do nothing, but says why. */
  ended_reason: string | null;
}

export interface ThrottleFailuresTable {
  /** 'account', 'client' or 'registration' */
  scope: string;
  /** HMAC-SHA-256 (with the server secret) of the scope and the identifier, patron or client address. */
  key: string;
  at: string;
  /** The attempt the row was reserved for: its rows go when the attempt succeeds. */
  attempt: string;
  /** 1 once the attempt failed; 0 while it runs (and for an attempt whose outcome was lost). */
  failed: number;
}

export interface ThrottleLocksTable {
  scope: string;
  key: string;
  until: string;
}

export interface PinResetTokensTable {
  /** SHA-256 (hex) of the token from the link; the token itself is never stored. */
  token_hash: string;
  patron_id: string;
  created_at: string;
  expires_at: string;
  /** When the link was used (it works once). */
  used_at: string | null;
  /** When a newer link made this one invalid. */
  replaced_at: string | null;
  /** When a PIN change made this one invalid. */
  revoked_at: string | null;
}

export interface ServerSettingsTable {
  name: string;
  value: string;
}

export interface ItemsTable {
  id: string;
  title: string;
  author: string | null;
  /** One of the contract's ITEM_FORMATS. */
  format: string;
  /** 1 when loans of it may be renewed at all, else 0. */
  renewable: number;
}

export interface LoansTable {
  id: string;
  patron_id: string;
  item_id: string;
  /** Where it was borrowed. */
  library_id: string;
  loan_date: string;
  /** The end of the due day in Swedish time, as UTC ISO 8601. */
  due_date: string;
  renewals_used: number;
}

export interface ReservationsTable {
  id: string;
  patron_id: string;
  item_id: string;
  pickup_library_id: string;
  reserved_at: string;
  /** Set when it waits at the pickup library. */
  ready_at: string | null;
  /** The end of the last pickup day, when ready. */
  pickup_by: string | null;
}

export interface IdempotencyKeysTable {
  patron_id: string;
  key: string;
  /** The route id the key was used with. */
  route: string;
  /** The answer, once there is one (null while the first request is being handled). */
  status: number | null;
  body: string | null;
  created_at: string;
}

/**
 * A returned loan of a patron who keeps a loan history, as it was at the return: the item's
 * title, author and format are copied, so the entry outlives the item (no reference to `items`).
 */
export interface LoanHistoryTable {
  id: string;
  patron_id: string;
  /** The item (catalogue record) that was borrowed. */
  item_id: string;
  title: string;
  author: string | null;
  format: string;
  /** Where it was borrowed. */
  library_id: string;
  loan_date: string;
  return_date: string;
}

/** A catalogue record (an item) in a patron's wishlist (migration 0008). */
export interface WishlistEntriesTable {
  patron_id: string;
  record_id: string;
  /** When the patron first saved it (ISO 8601). */
  added_at: string;
}

/** What happened to a patron's account, when and through which channel; no personal data. */
export interface AuditEventsTable {
  id: string;
  patron_id: string;
  /** 'card_blocked' | 'email_changed' | 'loan_history_enabled' | 'loan_history_disabled' | 'loan_history_deleted' */
  event: string;
  /** 'web' (the patron, through the API) */
  channel: string;
  at: string;
  /** When the patron's mail about it was handed to the mailer; null until then. */
  notified_at: string | null;
}

export interface Database {
  patrons: PatronsTable;
  libraries: LibrariesTable;
  sessions: SessionsTable;
  throttle_failures: ThrottleFailuresTable;
  throttle_locks: ThrottleLocksTable;
  pin_reset_tokens: PinResetTokensTable;
  items: ItemsTable;
  loans: LoansTable;
  reservations: ReservationsTable;
  idempotency_keys: IdempotencyKeysTable;
  audit_events: AuditEventsTable;
  server_settings: ServerSettingsTable;
  wishlist_entries: WishlistEntriesTable;
  loan_history: LoanHistoryTable;
}
