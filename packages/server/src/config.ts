import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readConsortium, type Municipality } from './consortium.js';

/** Everything the server can be told, with safe defaults. Every limit is configuration. */
export interface Config {
  port: number;
  host: string;
  /** Folder of the SQLite file (`biv.sqlite`) when no PostgreSQL URL is given. */
  dataDir: string;
  /** `postgres://…` to use PostgreSQL instead of SQLite (several instances behind a balancer). */
  databaseUrl: string | undefined;
  /**
   * How many proxies of our own stand in front of the server (0: none, the socket's address is the
   * client's). With N, the client address is the Nth `X-Forwarded-For` entry from the right: the
   * one our outermost proxy appended. Entries to the left of it are written by the client.
   */
  trustProxy: number;
  /**
   * The server's secret (at least 32 characters) for keyed hashes of throttle keys. Unset: read
   * from, or generated into, `secret` in `dataDir`. Every instance on one database needs the same.
   */
  secret: string | undefined;
  /**
   * Origins of pages on other sites allowed to call the API with credentials (CORS): those of
   * `BIV_ALLOWED_ORIGINS` and every municipality's `sites`.
   */
  allowedOrigins: string[];
  /** The consortium's municipalities (`BIV_CONSORTIUM_FILE`): sites, reset pages, looks. */
  municipalities: Municipality[];
  /** The library's card number format, checked on the server. */
  cardNumberPattern: RegExp;
  logLevel: string;
  /** Seconds of inactivity that end a session. */
  sessionIdleSeconds: number;
  /** Seconds after login that end a session whatever happens. */
  sessionAbsoluteSeconds: number;
  /**
   * At most this many seconds for a session whose id a page holds in memory (a page of another
   * site in a browser without partitioned cookies; see docs/decisions/0005).
   */
  tokenSessionSeconds: number;
  /**
   * Wrong PINs per identifier (card number; personnummer in any spelling) within
   * `lockoutWindowSeconds` that lock it: an account with both has at most twice this per window.
   */
  lockoutAttempts: number;
  lockoutWindowSeconds: number;
  /** How long a locked account stays locked. */
  lockoutSeconds: number;
  /** Failed logins per client address within `clientWindowSeconds` before it is refused. */
  clientFailureLimit: number;
  clientWindowSeconds: number;
  /** PIN checks (scrypt) of one client address that run at once, and that may wait behind them. */
  pinChecksPerClient: number;
  pinCheckQueuePerClient: number;
  /** PIN checks running or waiting in this process, all clients together, before 503. */
  pinCheckQueue: number;
  /** Largest accepted request body, in bytes. */
  bodyLimitBytes: number;
  /** Registration attempts (past validation) per client address within `registrationWindowSeconds`. */
  registrationLimit: number;
  registrationWindowSeconds: number;
  /** Days a temporary account from online registration lasts. */
  temporaryDays: number;
  /** The version of the loan rules a new patron accepts (stored with the time). */
  rulesVersion: string;
  /** `smtp://…` or `smtps://…` (with credentials if needed); unset: mail stays in an in-memory outbox. */
  smtpUrl: string | undefined;
  /** The From of every mail. */
  mailFrom: string;
  /**
   * The public origin of this server (`https://bibliotek.example.se`), for the paths below. Never
   * taken from a request's Host: whoever asks for a reset link controls that. `demo` uses the
   * address it listens on.
   */
  publicUrl: string | undefined;
  /**
   * The page PIN reset links open, unless the patron's municipality has its own
   * (`pinResetPages`). A path (`/glomt-pin`) is taken on `publicUrl`. Unset and no page for the
   * municipality: no link can be sent (logged as a warning).
   */
  pinResetUrl: string | undefined;
  /** Reset page per municipality (the name as in the library list). */
  pinResetPages: Record<string, string>;
  /**
   * Pages an element may ask links to go to (its `reset-url`, or the page it is on): full URLs,
   * or paths on the API's own origin; an entry ending in `*` allows every page that starts with
   * it. The configured reset pages are always allowed.
   */
  pinResetAllowedUrls: string[];
  /** Minutes a reset link works. */
  pinResetMinutes: number;
  /** Reset link requests per identifier, and per client address, within `pinResetWindowSeconds`. */
  pinResetIdentifierLimit: number;
  pinResetClientLimit: number;
  pinResetWindowSeconds: number;
  /** Unusable reset tokens per client address within `pinResetWindowSeconds` before it is refused. */
  resetTokenFailureLimit: number;
  /** The local ILS: days a loan or a renewal lasts. */
  loanDays: number;
  /** The local ILS: renewals allowed per loan. */
  maxRenewals: number;
  /** The local ILS: a loan overdue more days than this cannot be renewed online. */
  renewalOverdueLimitDays: number;
}

const int = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return n;
};

const list = (value: string | undefined): string[] =>
  (value ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);

/** `Kungälv=https://…/glomt-pin,Stenungsund=https://…` */
function pagesByMunicipality(value: string | undefined): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const entry of list(value)) {
    const at = entry.indexOf('=');
    if (at < 1) throw new Error(`BIV_PIN_RESET_PAGES entries are municipality=URL, got "${entry}"`);
    pages[entry.slice(0, at).trim()] = entry.slice(at + 1).trim();
  }
  return pages;
}

/** `BIV_ALLOWED_ORIGINS`, each an origin (scheme, host, port). */
function listedOrigins(value: string | undefined): string[] {
  return list(value).map((entry) => {
    const trimmed = entry.replace(/\/$/, '');
    let url: URL | undefined;
    try {
      url = new URL(trimmed);
    } catch {
      // reported below
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== trimmed) {
      throw new Error(`BIV_ALLOWED_ORIGINS entries are origins such as https://www.ale.se (no path), got "${entry}"`);
    }
    return url.origin;
  });
}

/**
 * The municipalities joined to the allowed origins and reset pages given otherwise: their sites
 * (once each) and their reset pages by name. A municipality with a reset page in both places is
 * refused, naming `source`: one of the two would be ignored unseen.
 */
export function joinMunicipalities(
  base: Pick<Config, 'allowedOrigins' | 'pinResetPages'>,
  municipalities: Municipality[],
  source: string,
): Pick<Config, 'allowedOrigins' | 'pinResetPages'> {
  const pages = { ...base.pinResetPages };
  for (const m of municipalities) {
    if (!m.pinResetPage) continue;
    if (pages[m.name] !== undefined) throw new Error(`${m.name} has a PIN reset page both in ${source} and in BIV_PIN_RESET_PAGES: keep one`);
    pages[m.name] = m.pinResetPage;
  }
  return { allowedOrigins: [...new Set([...base.allowedOrigins, ...municipalities.flatMap((m) => m.sites)])], pinResetPages: pages };
}

/** `BIV_TRUST_PROXY`: a number of proxies, or yes/true/on for one. */
function proxyHops(value: string | undefined): number {
  if (value === undefined || value === '' || /^(false|no|off)$/i.test(value)) return 0;
  if (/^(true|yes|on)$/i.test(value)) return 1;
  return int(value, 0, 'BIV_TRUST_PROXY');
}

function secretOf(env: NodeJS.ProcessEnv): string | undefined {
  const secret = env.BIV_SECRET_FILE ? readFileSync(env.BIV_SECRET_FILE, 'utf8').trim() : env.BIV_SECRET || undefined;
  if (secret !== undefined && secret.length < 32) throw new Error('BIV_SECRET must be at least 32 characters (for example `openssl rand -base64 32`)');
  return secret;
}

/** Read the configuration from environment variables (see docs/server.md). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const pattern = env.BIV_CARD_NUMBER_PATTERN || '^\\d{10}$';
  let cardNumberPattern: RegExp;
  try {
    cardNumberPattern = new RegExp(pattern);
  } catch {
    throw new Error(`BIV_CARD_NUMBER_PATTERN is not a valid regular expression: ${pattern}`);
  }
  const databaseUrl = env.BIV_DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('BIV_DATABASE_URL must be a postgres:// URL (leave it unset for SQLite)');
  }
  let publicUrl: string | undefined;
  if (env.BIV_PUBLIC_URL) {
    try {
      const url = new URL(env.BIV_PUBLIC_URL);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http');
      publicUrl = url.origin;
    } catch {
      throw new Error(`BIV_PUBLIC_URL must be an http(s) URL such as https://bibliotek.example.se, got "${env.BIV_PUBLIC_URL}"`);
    }
  }
  const municipalities = env.BIV_CONSORTIUM_FILE ? readConsortium(env.BIV_CONSORTIUM_FILE) : [];
  const smtpUrl = env.BIV_SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) throw new Error('BIV_SMTP_URL must be an smtp:// or smtps:// URL');
  return {
    port: int(env.PORT, 8787, 'PORT'),
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(env.BIV_DATA_DIR || './data'),
    databaseUrl,
    trustProxy: proxyHops(env.BIV_TRUST_PROXY),
    secret: secretOf(env),
    ...joinMunicipalities({ allowedOrigins: listedOrigins(env.BIV_ALLOWED_ORIGINS), pinResetPages: pagesByMunicipality(env.BIV_PIN_RESET_PAGES) }, municipalities, 'BIV_CONSORTIUM_FILE'),
    municipalities,
    cardNumberPattern,
    logLevel: env.BIV_LOG_LEVEL || 'info',
    sessionIdleSeconds: int(env.BIV_SESSION_IDLE_SECONDS, 15 * 60, 'BIV_SESSION_IDLE_SECONDS'),
    sessionAbsoluteSeconds: int(env.BIV_SESSION_ABSOLUTE_SECONDS, 8 * 3600, 'BIV_SESSION_ABSOLUTE_SECONDS'),
    tokenSessionSeconds: int(env.BIV_TOKEN_SESSION_SECONDS, 3600, 'BIV_TOKEN_SESSION_SECONDS'),
    lockoutAttempts: int(env.BIV_LOCKOUT_ATTEMPTS, 5, 'BIV_LOCKOUT_ATTEMPTS'),
    lockoutWindowSeconds: int(env.BIV_LOCKOUT_WINDOW_SECONDS, 15 * 60, 'BIV_LOCKOUT_WINDOW_SECONDS'),
    lockoutSeconds: int(env.BIV_LOCKOUT_SECONDS, 15 * 60, 'BIV_LOCKOUT_SECONDS'),
    clientFailureLimit: int(env.BIV_CLIENT_FAILURE_LIMIT, 100, 'BIV_CLIENT_FAILURE_LIMIT'),
    clientWindowSeconds: int(env.BIV_CLIENT_WINDOW_SECONDS, 15 * 60, 'BIV_CLIENT_WINDOW_SECONDS'),
    pinChecksPerClient: Math.max(1, int(env.BIV_PIN_CHECKS_PER_CLIENT, 2, 'BIV_PIN_CHECKS_PER_CLIENT')),
    pinCheckQueuePerClient: int(env.BIV_PIN_CHECK_QUEUE_PER_CLIENT, 8, 'BIV_PIN_CHECK_QUEUE_PER_CLIENT'),
    pinCheckQueue: Math.max(1, int(env.BIV_PIN_CHECK_QUEUE, 64, 'BIV_PIN_CHECK_QUEUE')),
    bodyLimitBytes: int(env.BIV_BODY_LIMIT_BYTES, 16 * 1024, 'BIV_BODY_LIMIT_BYTES'),
    registrationLimit: int(env.BIV_REGISTRATION_LIMIT, 10, 'BIV_REGISTRATION_LIMIT'),
    registrationWindowSeconds: int(env.BIV_REGISTRATION_WINDOW_SECONDS, 3600, 'BIV_REGISTRATION_WINDOW_SECONDS'),
    temporaryDays: int(env.BIV_TEMPORARY_DAYS, 7, 'BIV_TEMPORARY_DAYS'),
    rulesVersion: env.BIV_RULES_VERSION || '2026-01',
    smtpUrl,
    mailFrom: env.BIV_MAIL_FROM || 'Bibliotek i Väst <noreply@biv.example.org>',
    publicUrl,
    pinResetUrl: env.BIV_PIN_RESET_URL || undefined,
    pinResetAllowedUrls: list(env.BIV_PIN_RESET_ALLOWED_URLS),
    pinResetMinutes: int(env.BIV_PIN_RESET_MINUTES, 30, 'BIV_PIN_RESET_MINUTES'),
    pinResetIdentifierLimit: int(env.BIV_PIN_RESET_IDENTIFIER_LIMIT, 3, 'BIV_PIN_RESET_IDENTIFIER_LIMIT'),
    pinResetClientLimit: int(env.BIV_PIN_RESET_CLIENT_LIMIT, 20, 'BIV_PIN_RESET_CLIENT_LIMIT'),
    pinResetWindowSeconds: int(env.BIV_PIN_RESET_WINDOW_SECONDS, 3600, 'BIV_PIN_RESET_WINDOW_SECONDS'),
    resetTokenFailureLimit: int(env.BIV_RESET_TOKEN_FAILURE_LIMIT, 20, 'BIV_RESET_TOKEN_FAILURE_LIMIT'),
    loanDays: int(env.BIV_LOAN_DAYS, 28, 'BIV_LOAN_DAYS'),
    maxRenewals: int(env.BIV_MAX_RENEWALS, 3, 'BIV_MAX_RENEWALS'),
    renewalOverdueLimitDays: int(env.BIV_RENEWAL_OVERDUE_LIMIT_DAYS, 30, 'BIV_RENEWAL_OVERDUE_LIMIT_DAYS'),
  };
}
