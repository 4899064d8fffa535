import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Logger } from 'pino';
import { IDEMPOTENCY_HEADER, IDEMPOTENCY_KEY_PATTERN, ItemId, RenewalsRequest, ReservationUpdate } from '@biv/contract';
import { BlockCardRequest, ChangePinRequest, LoginRequest, PinResetConfirm, PinResetRequest, PROBLEM_CONTENT_TYPE, RegistrationRequest, routes, toFieldIssues, type FieldIssue, type ProblemCode, type RouteId, type SessionEndReason } from '@biv/contract';
import { buildOpenApiDocument } from '@biv/contract/openapi';
import type { AuditLog } from './audit.js';
import { clientAddress } from './client-address.js';
import type { PinCheckGate } from './pin-check-gate.js';
import type { Store, Transact } from './store.js';
import { isDatabaseUnavailable } from './db/unavailable.js';
import type { Config } from './config.js';
import type { IlsAdapter, IlsPatron } from './ils/types.js';
import type { Mailer } from './mail.js';
import { login, toPublicPatron, effectiveCardState } from './services/auth.js';
import { register } from './services/registration.js';
import { blockCard } from './services/card.js';
import { allowedResetPage, changePin, configuredResetPage, confirmPinReset, requestPinReset, type PinDeps } from './services/pin.js';
import type { PinResetTokens } from './pin-reset-tokens.js';
import { changePickupLibrary, listLoans, renew, toReservation, type IdempotencyKeys, type StoredAnswer } from './services/loans.js';
import type { Session, Sessions } from './sessions.js';
import type { Throttle } from './throttle.js';

export const API_ROOT = '/api/v1';
export const SESSION_COOKIE = 'biv_session';
/**
 * Set on responses to pages of another site, partitioned like the session cookie: a request that
 * comes without it is from a browser that keeps no partitioned cookie (or blocks every cookie).
 */
export const PARTITION_PROBE_COOKIE = 'biv_partitioned';

export interface AppDeps {
  config: Config;
  ils: IlsAdapter;
  sessions: Sessions;
  throttle: Throttle;
  mailer: Mailer;
  tokens: PinResetTokens;
  idempotency: IdempotencyKeys;
  audit: AuditLog;
  /** One transaction of the services' store (see `Transact`). */
  transact: Transact;
  pinChecks: PinCheckGate;
  logger: Logger;
  now: () => Date;
}

const TITLES: Record<ProblemCode, string> = {
  validation_failed: 'The request has invalid fields',
  malformed_request: 'The request body is not valid JSON',
  payload_too_large: 'The request body is too large',
  invalid_credentials: 'Unknown identifier or wrong PIN',
  account_locked: 'Too many wrong PINs: the account is locked for a while',
  rate_limited: 'Too many attempts from this client',
  card_blocked: 'The card is blocked',
  card_expired: 'The temporary account has expired',
  invalid_token: 'The PIN reset link cannot be used',
  reservation_ready: 'The reservation is waiting at its pickup library and cannot be changed',
  request_in_progress: 'A request with this Idempotency-Key is still being handled',
  unauthenticated: 'Not logged in',
  forbidden_origin: 'Requests from this origin are not allowed',
  unsupported_media_type: 'Send the body as application/json',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  internal_error: 'Something went wrong on the server',
  service_unavailable: 'The service is busy or its database cannot be reached: try again shortly',
};

const STATUS: Record<ProblemCode, 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 429 | 500 | 503> = {
  validation_failed: 400,
  malformed_request: 400,
  payload_too_large: 413,
  invalid_credentials: 401,
  account_locked: 429,
  rate_limited: 429,
  card_blocked: 403,
  card_expired: 403,
  invalid_token: 400,
  reservation_ready: 409,
  request_in_progress: 409,
  unauthenticated: 401,
  forbidden_origin: 403,
  unsupported_media_type: 415,
  not_found: 404,
  method_not_allowed: 405,
  internal_error: 500,
  service_unavailable: 503,
};

/** An RFC 9457 problem answer with our stable `code`. */
export function problem(c: Context, code: ProblemCode, extra: { errors?: FieldIssue[]; retryAfter?: number; reason?: string } = {}): Response {
  const status = STATUS[code];
  const headers: Record<string, string> = { 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store' };
  if (extra.retryAfter !== undefined) headers['retry-after'] = String(extra.retryAfter);
  const body = { type: `about:blank#${code}`, title: TITLES[code], status, code, ...extra };
  return c.body(JSON.stringify(body), status, headers);
}

const isLoopback = (host: string) => /^(localhost|127(\.\d+){3}|\[::1\])(:\d+)?$/.test(host);

/** Secure cookies everywhere but plain-HTTP loopback (local development and tests). */
const needsSecureCookie = (c: Context, trustProxy: number) => {
  const own = new URL(ownOrigin(c, trustProxy));
  return own.protocol === 'https:' || !isLoopback(own.host);
};

/** The address a request comes from, normalised for the per-client limits (see `clientAddress`). */
function clientOf(c: Context, trustProxy: number): string {
  let socket = 'unknown';
  try {
    socket = getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket
  }
  return clientAddress(socket, c.req.header('x-forwarded-for'), trustProxy);
}

/**
 * The `:id` of a path, or undefined when it cannot be an id (the contract's `ItemId`): such a
 * path is answered 404 before anything is looked up.
 */
function pathId(c: Context): string | undefined {
  const parsed = ItemId.safeParse(c.req.param('id') ?? '');
  return parsed.success ? parsed.data : undefined;
}

const bearerOf = (c: Context) => /^Bearer\s+([A-Za-z0-9_-]{20,})$/.exec(c.req.header('authorization') ?? '')?.[1];

/**
 * The session id from the cookie, or from `Authorization: Bearer` (pages of another site in a
 * browser without partitioned cookies; see docs/decisions/0005).
 */
function sessionIdOf(c: Context): string | undefined {
  return bearerOf(c) ?? getCookie(c, SESSION_COOKIE);
}

/** A request's live session and its patron. */
interface Auth {
  sessionId: string;
  session: Session;
  patron: IlsPatron;
}

export function createApp(deps: AppDeps): Hono {
  const { config, logger } = deps;
  const app = new Hono();

  /**
   * The session and patron of a request, sliding the idle timeout. A session that cannot act
   * gives its end reason instead: ended by the server (`card_blocked`), or of a patron whose card
   * is blocked meanwhile (that session is ended the same way). Timed-out sessions, and those of an
   * expired temporary account, are removed.
   */
  async function sessionOf(c: Context): Promise<Auth | { ended: SessionEndReason | undefined }> {
    const sessionId = sessionIdOf(c);
    const session = sessionId ? await deps.sessions.touch(sessionId) : undefined;
    if (!sessionId || !session) return { ended: undefined };
    if (session.endedReason) return { ended: session.endedReason };
    const patron = await deps.ils.getPatron(session.patronId);
    const state = patron && effectiveCardState(patron, deps.now());
    if (state === 'blocked') {
      await deps.sessions.end(sessionId, 'card_blocked');
      return { ended: 'card_blocked' };
    }
    if (!patron || state === 'expired') {
      await deps.sessions.delete(sessionId);
      return { ended: undefined };
    }
    return { sessionId, session, patron };
  }

  /** The session and patron of a request, or the 401 answer (with the end reason, if any). */
  async function authenticated(c: Context): Promise<Auth | Response> {
    const found = await sessionOf(c);
    if ('patron' in found) return found;
    return problem(c, 'unauthenticated', found.ended ? { reason: found.ended } : {});
  }

  const pinDeps: PinDeps = {
    ...deps,
    cardNumberPattern: config.cardNumberPattern,
    pinResetMinutes: config.pinResetMinutes,
    resetPage: async (patron) => {
      const library = (await deps.ils.listLibraries()).find((l) => l.id === patron.homeLibraryId);
      return configuredResetPage(config, library?.municipality);
    },
  };

  // One log line per request: method, route pattern, status, duration. Never bodies or addresses.
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    logger.info(
      { method: c.req.method, route: c.req.routePath, status: c.res.status, ms: Math.round(performance.now() - started) },
      'request',
    );
  });

  app.use(`${API_ROOT}/*`, async (c, next) => {
    await next();
    c.res.headers.set('cache-control', 'no-store');
    c.res.headers.set('x-content-type-options', 'nosniff');
  });

  // CORS for the listed origins only (read at request time: the demo adds its port after start);
  // every answer says `Vary: Origin`, so no cache hands one site's answer to another.
  app.use(
    `${API_ROOT}/*`,
    cors({
      origin: (origin) => (config.allowedOrigins.includes(origin) ? origin : null),
      credentials: true,
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowHeaders: ['content-type', 'authorization', 'idempotency-key'],
      exposeHeaders: ['retry-after'],
      maxAge: 600,
    }),
  );

  /**
   * A request from a page of another listed site: its cookies must be `SameSite=None; Secure;
   * Partitioned` (CHIPS), kept by the browser for that top-level site only.
   */
  const fromListedSite = (c: Context): boolean => {
    const origin = c.req.header('origin');
    return origin !== undefined && config.allowedOrigins.includes(origin) && origin !== ownOrigin(c, config.trustProxy);
  };
  const partitioned = { path: API_ROOT, httpOnly: true, secure: true, sameSite: 'None', partitioned: true } as const;

  const probePartitionedCookies: MiddlewareHandler = async (c, next) => {
    await next();
    if (fromListedSite(c) && getCookie(c, PARTITION_PROBE_COOKIE) === undefined) setCookie(c, PARTITION_PROBE_COOKIE, '1', partitioned);
  };
  app.use(`${API_ROOT}/*`, probePartitionedCookies);

  app.use(`${API_ROOT}/*`, guardStateChanges(config));
  app.use(
    `${API_ROOT}/*`,
    bodyLimit({ maxSize: config.bodyLimitBytes, onError: (c) => problem(c, 'payload_too_large') }),
  );

  /**
   * Run `work` once per `Idempotency-Key` (when the request has one): a repeat gets the stored
   * answer. The claim of the key, the work and its answer are one transaction, so a database lost
   * half-way leaves neither a claim without an answer nor work without its claim: the repeat then
   * does the work. A repeat while the first still runs waits for it (PostgreSQL) or comes after
   * it (SQLite), or is told 409 request_in_progress. Only 200 answers are kept.
   */
  async function idempotent(c: Context, patronId: string, route: RouteId, work: (store: Store) => Promise<StoredAnswer | Response>): Promise<Response> {
    const key = c.req.header(IDEMPOTENCY_HEADER);
    if (key === undefined) {
      const answer = await work(deps);
      return answer instanceof Response ? answer : c.json(answer.body as object, answer.status as 200);
    }
    if (!IDEMPOTENCY_KEY_PATTERN.test(key)) return problem(c, 'validation_failed', { errors: [{ path: IDEMPOTENCY_HEADER, code: 'idempotency_key_format' }] });
    const answer = await deps.transact(async (store): Promise<StoredAnswer | Response> => {
      const claim = await store.idempotency.claim(patronId, key, route);
      if (claim.outcome === 'repeat') return c.json(claim.answer.body as object, claim.answer.status as 200, { 'idempotent-replayed': 'true' });
      if (claim.outcome === 'in_progress') return problem(c, 'request_in_progress');
      if (claim.outcome === 'other_route') return problem(c, 'validation_failed', { errors: [{ path: IDEMPOTENCY_HEADER, code: 'idempotency_key_reused' }] });
      const done = await work(store);
      if (done instanceof Response) await store.idempotency.release(patronId, key);
      else await store.idempotency.store(patronId, key, done);
      return done;
    });
    return answer instanceof Response ? answer : c.json(answer.body as object, answer.status as 200);
  }

  const handlers: Record<RouteId, (c: Context) => Promise<Response>> = {
    async createSession(c) {
      const body = await readJson(c);
      if (body instanceof Response) return body;
      const parsed = LoginRequest.safeParse(body);
      if (!parsed.success) return problem(c, 'validation_failed', { errors: toFieldIssues(parsed.error.issues) });
      const result = await login(
        { ...deps, cardNumberPattern: config.cardNumberPattern },
        parsed.data.identifier,
        parsed.data.pin,
        clientOf(c, config.trustProxy),
      );
      switch (result.outcome) {
        case 'invalid_identifier':
          return problem(c, 'validation_failed', { errors: result.errors });
        case 'account_locked':
        case 'rate_limited':
          return problem(c, result.outcome, { retryAfter: result.retryAfter });
        case 'invalid_credentials':
        case 'card_blocked':
        case 'card_expired':
          return problem(c, result.outcome);
        case 'ok': {
          const previous = sessionIdOf(c);
          if (previous) await deps.sessions.delete(previous); // a new id at every login
          setSessionCookie(c, result.sessionId);
          let { expiresAt } = result;
          let token: string | undefined;
          if (fromListedSite(c) && getCookie(c, PARTITION_PROBE_COOKIE) === undefined) {
            // The cookie set above will not be kept: the page holds the id in memory, for a short while.
            token = result.sessionId;
            expiresAt = await deps.sessions.limit(token, new Date(deps.now().getTime() + config.tokenSessionSeconds * 1000));
          }
          logger.info({ event: 'login', transport: token ? 'token' : 'cookie' }, 'patron logged in');
          return c.json({
            patron: result.patron,
            session: { expiresAt: expiresAt.toISOString(), idleTimeout: config.sessionIdleSeconds },
            ...(token ? { token } : {}),
          });
        }
      }
    },

    async getSession(c) {
      const auth = await authenticated(c);
      if (auth instanceof Response) return auth;
      return c.json({
        patron: toPublicPatron(auth.patron, deps.now()),
        session: { expiresAt: auth.session.expiresAt.toISOString(), idleTimeout: config.sessionIdleSeconds },
      });
    },

    async deleteSession(c) {
      const id = sessionIdOf(c);
      if (id) await deps.sessions.delete(id);
      clearSessionCookie(c);
      return c.body(null, 204);
    },

    async listLibraries(c) {
      return c.json({ libraries: await deps.ils.listLibraries() });
    },

    async createRegistration(c) {
      const body = await readJson(c);
      if (body instanceof Response) return body;
      const parsed = RegistrationRequest.safeParse(body);
      if (!parsed.success) return problem(c, 'validation_failed', { errors: toFieldIssues(parsed.error.issues) });
      const result = await register(
        { ...deps, temporaryDays: config.temporaryDays, rulesVersion: config.rulesVersion },
        parsed.data,
        clientOf(c, config.trustProxy),
      );
      switch (result.outcome) {
        case 'invalid':
          return problem(c, 'validation_failed', { errors: result.errors });
        case 'rate_limited':
          return problem(c, 'rate_limited', { retryAfter: result.retryAfter });
        case 'created':
          return c.json({ status: 'created', borrowerId: result.borrowerId, validUntil: result.validUntil }, 201);
        case 'received':
          return c.json({ status: 'received' }, 202);
      }
    },

    async requestPinReset(c) {
      const body = await readJson(c);
      if (body instanceof Response) return body;
      const parsed = PinResetRequest.safeParse(body);
      if (!parsed.success) return problem(c, 'validation_failed', { errors: toFieldIssues(parsed.error.issues) });
      const requested = parsed.data.resetUrl;
      const page = allowedResetPage(config, requested);
      if (requested && !page) logger.warn({ event: 'pin_reset', outcome: 'reset_url_not_allowed' }, 'reset-url is not on BIV_PIN_RESET_ALLOWED_URLS; the configured page is used');
      const result = await requestPinReset(pinDeps, parsed.data.identifier, clientOf(c, config.trustProxy), page);
      switch (result.outcome) {
        case 'invalid':
          return problem(c, 'validation_failed', { errors: result.errors });
        case 'rate_limited':
          return problem(c, 'rate_limited', { retryAfter: result.retryAfter });
        case 'accepted':
          return c.json({ status: 'accepted' }, 202);
      }
    },

    async confirmPinReset(c) {
      const body = await readJson(c);
      if (body instanceof Response) return body;
      const parsed = PinResetConfirm.safeParse(body);
      if (!parsed.success) return problem(c, 'validation_failed', { errors: toFieldIssues(parsed.error.issues) });
      const result = await confirmPinReset(pinDeps, parsed.data.token, parsed.data.newPin, clientOf(c, config.trustProxy));
      switch (result.outcome) {
        case 'ok':
          return c.body(null, 204);
        case 'invalid_token':
          return problem(c, 'invalid_token', { reason: result.reason });
        case 'invalid':
          return problem(c, 'validation_failed', { errors: result.errors });
        case 'rate_limited':
          return problem(c, 'rate_limited', { retryAfter: result.retryAfter });
        case 'card_blocked':
        case 'card_expired':
          return problem(c, result.outcome);
      }
    },

    async changePin(c) {
      const auth = await authenticated(c);
      if (auth instanceof Response) return auth;
      const body = await readJson(c);
      if (body instanceof Response) return body;
      const parsed = ChangePinRequest.safeParse(body);
      if (!parsed.success) return problem(c, 'validation_failed', { errors: toFieldIssues(parsed.error.issues) });
      const result = await changePin(pinDeps, auth.patron, auth.session, parsed.data.currentPin, parsed.data.newPin);
      switch (result.outcome) {
        case 'ok':
          // The session goes on under a new id: in the cookie, or told to a Bearer page.
          if (bearerOf(c)) return c.json({ token: result.session.id });
          setSessionCookie(c, result.session.id);
          return c.body(null, 204);
        case 'invalid':
          return problem(c, 'validation_failed', { errors: result.errors });
        case 'account_locked':
          return problem(c, 'account_locked', { retryAfter: result.retryAfter });
      }
    },

    async listLoans(c) {
      const auth = await authenticated(c);
      if (auth instanceof Response) return auth;
      return c.json({ loans: await listLoans(deps.ils, auth.patron, deps.now()) });
    },

    async renewLoan(c) {
      const auth = await authenticated(c);
      if (auth instanceof Response) return auth;
      const id = pathId(c);
      if (id === undefined) return problem(c, 'not_found');
      return idempotent(c, auth.patron.id, 'renewLoan', async (store) => {
        const [result] = await renew(store.ils, auth.patron, [id], deps.now());
        if (!result || result.reason === 'not_found') return problem(c, 'not_found');
        logger.info({ event: 'renewal', renewed: result.renewed, reason: result.reason }, 'renewal');
        return { status: 200, body: result };
      });
    },

    async renewLoans(c) {
      const auth = await authenticated(c);
      if (auth instanceof Response) return auth;
      const body = await readJson(c);
      if (body instanceof Response) return body;
      const parsed = RenewalsRequest.safeParse(body);
      if (!parsed.success) return problem(c, 'validation_failed', { errors: toFieldIssues(parsed.error.issues) });
      return idempotent(c, auth.patron.id, 'renewLoans', async (store) => {
        const results = await renew(store.ils, auth.patron, parsed.data.ids, deps.now());
        logger.info({ event: 'renewal', loans: results.length, renewed: results.filter((r) => r.renewed).length }, 'renewals');
        return { status: 200, body: { results } };
      });
    },

    async listReservations(c) {
      const auth = await authenticated(c);
      if (auth instanceof Response) return auth;
      return c.json({ reservations: (await deps.ils.listReservations(auth.patron.id)).map(toReservation) });
    },

    async cancelReservation(c) {
      const auth = await authenticated(c);
      if (auth instanceof Response) return auth;
      const id = pathId(c);
      if (id === undefined || !(await deps.ils.cancelReservation(auth.patron.id, id))) return problem(c, 'not_found');
      logger.info({ event: 'reservation_cancelled' }, 'reservation cancelled');
      return c.body(null, 204);
    },

    async updateReservation(c) {
      const auth = await authenticated(c);
      if (auth instanceof Response) return auth;
      const body = await readJson(c);
      if (body instanceof Response) return body;
      const parsed = ReservationUpdate.safeParse(body);
      if (!parsed.success) return problem(c, 'validation_failed', { errors: toFieldIssues(parsed.error.issues) });
      const id = pathId(c);
      if (id === undefined) return problem(c, 'not_found');
      const result = await changePickupLibrary(deps.ils, auth.patron.id, id, parsed.data.pickupLibraryId);
      if (result === 'unknown_library') return problem(c, 'validation_failed', { errors: [{ path: 'pickupLibraryId', code: 'unknown_library' }] });
      if (result === 'not_found') return problem(c, 'not_found');
      if (result === 'ready') return problem(c, 'reservation_ready');
      return c.json(result);
    },

    async blockCard(c) {
      const body = await readJson(c);
      if (body instanceof Response) return body;
      const parsed = BlockCardRequest.safeParse(body);
      if (!parsed.success) return problem(c, 'validation_failed', { errors: toFieldIssues(parsed.error.issues) });
      const found = await sessionOf(c);
      if (!('patron' in found)) {
        // Blocked already, by this session (a repeat after a lost answer): the same answer again.
        if (found.ended === 'card_blocked') return cardBlockedAnswer(c);
        return problem(c, 'unauthenticated');
      }
      const result = await blockCard(deps, found.patron, parsed.data.pin);
      switch (result.outcome) {
        case 'invalid':
          return problem(c, 'validation_failed', { errors: result.errors });
        case 'account_locked':
          return problem(c, 'account_locked', { retryAfter: result.retryAfter });
        case 'blocked':
          return cardBlockedAnswer(c);
      }
    },
  };

  /**
   * The session cookie: HttpOnly, for the API's path only, and without Max-Age or Expires, so the
   * browser forgets it when it closes (a library's public computer); the server's idle and
   * absolute timeouts end the session itself. `SameSite=Lax` on the API's own site; for a page of
   * another listed site `SameSite=None; Secure; Partitioned`, so the browser keeps it for that
   * top-level site only (docs/decisions/0005).
   */
  function setSessionCookie(c: Context, sessionId: string): void {
    if (fromListedSite(c)) setCookie(c, SESSION_COOKIE, sessionId, partitioned);
    else setCookie(c, SESSION_COOKIE, sessionId, { path: API_ROOT, httpOnly: true, sameSite: 'Lax', secure: needsSecureCookie(c, config.trustProxy) });
  }

  /** The session cookie goes: the partitioned one too for a page of another site. */
  function clearSessionCookie(c: Context): void {
    deleteCookie(c, SESSION_COOKIE, { path: API_ROOT, secure: needsSecureCookie(c, config.trustProxy) });
    if (fromListedSite(c)) deleteCookie(c, SESSION_COOKIE, partitioned);
  }

  /** 204, and the cookie of the ended session goes. */
  function cardBlockedAnswer(c: Context): Response {
    clearSessionCookie(c);
    return c.body(null, 204);
  }

  /**
   * The routes that hash or check a PIN (scrypt) run through the PIN check gate: a client with
   * too many of them under way is refused at once (429), and so is everybody when the process's
   * queue is full (503), instead of queueing work that would stall every other login.
   */
  const pinWork = new Set<RouteId>(['createSession', 'createRegistration', 'confirmPinReset', 'changePin', 'blockCard']);
  const gated = (handler: (c: Context) => Promise<Response>) => async (c: Context) => {
    const ran = await deps.pinChecks.run(clientOf(c, config.trustProxy), () => handler(c));
    if (ran.ok) return ran.value;
    logger.warn({ event: 'pin_check_queue', full: ran.full }, 'PIN check refused: queue full');
    return ran.full === 'client' ? problem(c, 'rate_limited', { retryAfter: 1 }) : problem(c, 'service_unavailable', { retryAfter: 1 });
  };

  for (const [id, route] of Object.entries(routes) as [RouteId, (typeof routes)[RouteId]][]) {
    app.on(route.method.toUpperCase(), API_ROOT + route.path, pinWork.has(id) ? gated(handlers[id]) : handlers[id]);
  }

  const openApi = buildOpenApiDocument(API_ROOT);
  app.get(`${API_ROOT}/openapi.json`, (c) => c.json(openApi));

  // A known path with another method is 405; anything else under the API is a 404 problem.
  app.all(`${API_ROOT}/*`, (c) => {
    const path = c.req.path.slice(API_ROOT.length);
    const known = Object.values(routes).some((r) => new RegExp(`^${r.path.replace(/:[A-Za-z]+/g, '[^/]+')}$`).test(path)) || path === '/openapi.json';
    return problem(c, known ? 'method_not_allowed' : 'not_found');
  });

  app.onError((error, c) => {
    if (isDatabaseUnavailable(error)) {
      const code = (error as { code?: unknown }).code;
      logger.error({ err: { type: error.name, code: typeof code === 'string' ? code : undefined } }, 'database unavailable');
      return c.req.path.startsWith(API_ROOT) ? problem(c, 'service_unavailable', { retryAfter: 5 }) : c.text('Service Unavailable', 503);
    }
    logger.error({ err: { type: error.name, message: error.message } }, 'unhandled error');
    return c.req.path.startsWith(API_ROOT) ? problem(c, 'internal_error') : c.text('Internal Server Error', 500);
  });

  return app;
}

/** Parse a JSON body, or answer with the problem that explains why not. */
async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return problem(c, 'malformed_request');
  }
}

/**
 * Cross-site request forgery guard for state-changing requests: the Origin must be the API's own
 * or an allowed one, and bodies must be JSON (a form post can never be).
 */
function guardStateChanges(config: Config): MiddlewareHandler {
  return async (c, next) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) return next();
    const origin = c.req.header('origin');
    if (origin) {
      const own = ownOrigin(c, config.trustProxy);
      if (origin !== own && !config.allowedOrigins.includes(origin)) return problem(c, 'forbidden_origin');
    } else {
      // Browsers send Origin on every cross-origin write; without it, Sec-Fetch-Site tells.
      const site = c.req.header('sec-fetch-site');
      if (site && site !== 'same-origin' && site !== 'none') return problem(c, 'forbidden_origin');
    }
    // Forms and CORS-simple requests always declare a type (form, multipart, text/plain): only JSON passes.
    const type = c.req.header('content-type');
    if (type !== undefined && !/^application\/json\s*(;|$)/i.test(type)) return problem(c, 'unsupported_media_type');
    return next();
  };
}

/**
 * The API's own origin: the request's, or behind trusted proxies the one they name. Proxies set
 * these headers (or append to them): the last entry is our proxy's. A value that does not make an
 * http(s) origin is ignored.
 */
function ownOrigin(c: Context, trustProxy: number): string {
  const url = new URL(c.req.url);
  if (trustProxy > 0) {
    const proto = c.req.header('x-forwarded-proto')?.split(',').at(-1)?.trim().toLowerCase();
    const host = c.req.header('x-forwarded-host')?.split(',').at(-1)?.trim();
    if ((proto === 'http' || proto === 'https') && host) {
      try {
        const named = new URL(`${proto}://${host}`);
        if (named.host === host.toLowerCase() && named.pathname === '/') return named.origin;
      } catch {
        // not a host: the request's own origin
      }
    }
  }
  return url.origin;
}
