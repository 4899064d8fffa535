/**
 * Whether an error means the database cannot be reached or cannot take the work now (a restart,
 * a cut connection, a full pool, a locked SQLite file), rather than a fault in the code: the
 * answer is then 503 with Retry-After, and the next request tries again on a fresh connection.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    // Node's socket errors (pg connecting or connected).
    if (['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'EHOSTDOWN', 'ENETUNREACH', 'ENETDOWN', 'ENOTFOUND', 'EAI_AGAIN'].includes(code)) return true;
    // PostgreSQL SQLSTATE classes 08 (connection exception), 53 (insufficient resources),
    // 57014 (a statement cancelled: statement_timeout, or an operator), 57P01-57P03 (shut down,
    // crash, cannot connect now).
    if (/^(08|53)[0-9A-Z]{3}$/.test(code) || /^57(014|P0[1-3])$/.test(code)) return true;
    // SQLite: busy or locked past the busy timeout, the file gone or unreadable.
    if (/^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL|READONLY)/.test(code)) return true;
  }
  // pg's own messages for a connection it lost or could not get from the pool ("timeout expired":
  // a client's connectionTimeoutMillis, which races the pool's own timeout for the same connection).
  return (
    /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Cannot use a pool after calling end/i.test(error.message) ||
    error.message === 'timeout expired'
  );
}
