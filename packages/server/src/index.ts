import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { DestinationStream, Logger } from 'pino';
import { createApp } from './app.js';
import { loadConfig, type Config } from './config.js';
import { migrate, openDatabase, type Db } from './db/database.js';
import { LocalIls } from './ils/local.js';
import type { IlsAdapter } from './ils/types.js';
import { createLogger, flushLogger, writeLine } from './logger.js';
import { createMailer, MemoryOutbox, outboxPage, SmtpMailer, type Mailer } from './mail.js';
import { verifyAgainstDummy } from './pin-hash.js';
import { seedDemo } from './seed.js';
import { Sessions } from './sessions.js';
import { serveStatic } from './static.js';
import { Throttle, type ThrottleRule, type ThrottleScope } from './throttle.js';
import type { Store, Transact } from './store.js';
import { PinCheckGate } from './pin-check-gate.js';
import { checkSecret, secretFromDataDir } from './secret.js';
import { PinResetTokens } from './pin-reset-tokens.js';
import { AuditLog } from './audit.js';
import { IdempotencyKeys } from './idempotency.js';
import { sendDueNotices } from './services/card.js';
import type { DemoSites } from './demo-sites.js';

export { createApp, API_ROOT, SESSION_COOKIE } from './app.js';
export { loadConfig, type Config } from './config.js';
export { openDatabase, migrate, type Db } from './db/database.js';
export type { ContactChanges, IlsAdapter, IlsContact, IlsLoan, IlsPatron, IlsRenewal, IlsReservation, PatronLookup } from './ils/types.js';
export { LocalIls, DEFAULT_LOAN_RULES, type LoanRules } from './ils/local.js';
export { hashPin, verifyPin } from './pin-hash.js';
export { MemoryOutbox, SmtpMailer, type Mailer, type MailMessage, type OutboxEntry } from './mail.js';
export { seedDemo, DEMO_PATRONS, DEMO_LIBRARIES } from './seed.js';

export interface ServerOptions {
  /** Overrides of the configuration read from the environment. */
  config?: Partial<Config>;
  /** Seed the demo data when the database is empty. */
  seed?: boolean;
  /** Folders served as static files besides the API (the demo site, the CMS module). */
  staticDirs?: string[];
  /** The clock; tests move it. */
  now?: () => Date;
  /** Where logs go, the "listening" line included (stdout by default). */
  logDestination?: DestinationStream;
  /** A library system other than the built-in one. */
  ils?: (db: Db) => IlsAdapter;
  /** Where mail goes; by default SMTP when `smtpUrl` is set, else an in-memory outbox. */
  mailer?: Mailer;
  /**
   * Demo only: show the in-memory outbox at `/demo/mail` (HTML) and `/demo/mail.json`. Those pages
   * show addresses, so `serve` never turns this on.
   */
  demoMail?: boolean;
  /**
   * When `publicUrl` is not configured, use the address the server listens on (`startServer`
   * only): for the demo, whose port may be chosen at start. Never the request's Host.
   */
  publicUrlFromAddress?: boolean;
  /**
   * Demo only: the municipalities' pages on their own host names (`http://www.ale.localhost:…`),
   * another site than the library's; see demo-sites.ts.
   */
  demoSites?: DemoSites;
}

export interface Services {
  app: Hono;
  db: Db;
  config: Config;
  mailer: Mailer;
  logger: Logger;
  /**
   * Remove ended sessions, old reset tokens, and throttle counts and locks past their time, and
   * send notice mails still due (every 10 minutes by itself).
   */
  prune(): Promise<void>;
  /** Stop, and resolve once every log line written before has reached stdout. */
  close(): Promise<void>;
}

/** Open and migrate the database, optionally seed it, and build the app; nothing listens yet. */
export async function createServices(options: ServerOptions = {}): Promise<Services> {
  const config = { ...loadConfig(), ...options.config };
  options.demoSites?.configure(config);
  const now = options.now ?? (() => new Date());
  const logger = createLogger(config.logLevel, options.logDestination);
  const db = openDatabase({
    ...config,
    onConnectionError: (error) => logger.warn({ err: { type: error.name, code: (error as { code?: string }).code } }, 'database connection lost'),
  });
  try {
    return await buildServices(db, config, now, logger, options);
  } catch (error) {
    await db.destroy(); // no pool or file left open by a start that failed
    await flushLogger(logger); // the lines before the failure, before cli.ts exits
    throw error;
  }
}

async function buildServices(db: Db, config: Config, now: () => Date, logger: Logger, options: ServerOptions): Promise<Services> {
  await migrate(db);
  if (options.seed && (await seedDemo(db, now))) logger.info('seeded the demo data');
  await verifyAgainstDummy('0000'); // build the dummy hash now, so no first request is slower than the rest
  const secret = config.secret ?? secretFromDataDir(config.dataDir);
  await checkSecret(db, secret);
  const rules: Record<ThrottleScope, ThrottleRule> = {
      account: { limit: config.lockoutAttempts, windowSeconds: config.lockoutWindowSeconds, lockSeconds: config.lockoutSeconds },
      client: { limit: config.clientFailureLimit, windowSeconds: config.clientWindowSeconds, lockSeconds: config.clientWindowSeconds },
      registration: {
        limit: config.registrationLimit,
        windowSeconds: config.registrationWindowSeconds,
        lockSeconds: config.registrationWindowSeconds,
      },
      pin_reset: { limit: config.pinResetIdentifierLimit, windowSeconds: config.pinResetWindowSeconds, lockSeconds: config.pinResetWindowSeconds },
      pin_reset_patron: { limit: config.pinResetIdentifierLimit, windowSeconds: config.pinResetWindowSeconds, lockSeconds: config.pinResetWindowSeconds },
      pin_reset_client: { limit: config.pinResetClientLimit, windowSeconds: config.pinResetWindowSeconds, lockSeconds: config.pinResetWindowSeconds },
      reset_token: { limit: config.resetTokenFailureLimit, windowSeconds: config.pinResetWindowSeconds, lockSeconds: config.pinResetWindowSeconds },
  };
  /** The services' store on the database, or on one transaction of it (`transact`). */
  const storeOn = (on: Db): Store => ({
    ils: options.ils?.(on) ?? new LocalIls(on, { loanDays: config.loanDays, maxRenewals: config.maxRenewals, overdueLimitDays: config.renewalOverdueLimitDays }, now),
    sessions: new Sessions(on, { idleSeconds: config.sessionIdleSeconds, absoluteSeconds: config.sessionAbsoluteSeconds }, now),
    tokens: new PinResetTokens(on, config.pinResetMinutes * 60, now),
    throttle: new Throttle(on, rules, now, secret),
    audit: new AuditLog(on, now),
    idempotency: new IdempotencyKeys(on, now),
  });
  const store = storeOn(db);
  const { sessions, tokens, throttle } = store;
  const transact: Transact = (work) => db.transaction().execute((trx) => work(storeOn(trx)));
  const pinChecks = new PinCheckGate({ perClient: config.pinChecksPerClient, queuePerClient: config.pinCheckQueuePerClient, total: config.pinCheckQueue });
  const paths = [config.pinResetUrl, ...Object.values(config.pinResetPages), ...config.pinResetAllowedUrls].filter((u) => u?.startsWith('/'));
  if (paths.length > 0 && !config.publicUrl && !options.publicUrlFromAddress) {
    logger.warn('PIN reset pages are given as paths but BIV_PUBLIC_URL is not set: those paths are ignored');
  }
  const mailer = options.mailer ?? createMailer(config, now);
  const api = createApp({ config, ...store, transact, mailer, pinChecks, logger, now });
  const app = new Hono();
  if (options.demoSites) app.use('*', options.demoSites.handler(config));
  if (options.demoMail && mailer instanceof MemoryOutbox) {
    const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin' };
    app.get('/demo/mail', (c) => c.html(outboxPage(mailer.messages()), 200, headers));
    app.get('/demo/mail.json', (c) => c.json(mailer.messages(), 200, headers));
  }
  if (options.staticDirs?.length) app.use('*', serveStatic(options.staticDirs));
  app.route('/', api);
  const prune = async () => {
    await Promise.all([sessions.prune(), tokens.prune(), throttle.prune(), sendDueNotices({ ...store, mailer, logger })]);
  };
  await sendDueNotices({ ...store, mailer, logger });
  const pruning = setInterval(() => void prune().catch(() => undefined), 10 * 60 * 1000);
  pruning.unref();
  return {
    app,
    db,
    config,
    mailer,
    logger,
    prune,
    close: async () => {
      try {
        clearInterval(pruning);
        if (mailer instanceof SmtpMailer) mailer.close();
        await db.destroy();
      } finally {
        await flushLogger(logger);
      }
    },
  };
}

/** How long the server keeps an idle connection open. */
export const KEEP_ALIVE_MS = 65_000;

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Start the server: database, migrations, optional demo seed, API and static files. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const services = await createServices(options);
  const { config } = services;
  const server = serve({ fetch: services.app.fetch, port: config.port, hostname: config.host }) as HttpServer;
  // An idle connection outlives a proxy's or load balancer's own idle timeout (commonly 60 s), as
  // Node's 5 s default does not: a proxy reusing a connection the server has just closed gets a
  // reset and answers 502. Headers must come in within a little more than that.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  if (options.publicUrlFromAddress) config.publicUrl ??= url; // the app reads it at request time
  // Through the log's destination, after the lines before them ('seeded the demo data').
  for (const site of options.demoSites?.listening(config, port) ?? []) writeLine(services.logger, 'demo site', { name: site.name, url: site.url });
  // The line tests and scripts wait for; printed whatever the log level.
  writeLine(services.logger, 'listening', { url });
  return {
    url,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      services.logger.info('stopped');
      await services.close(); // ends with the log flushed
    },
  };
}
