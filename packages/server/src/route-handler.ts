import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Logger } from 'pino';
import type * as z from 'zod/mini';
import { ItemId, routes, toFieldIssues, type RouteId, type RouteSpec, type SessionEndReason } from '@biv/contract';
import type { AuditLog } from './audit.js';
import { clientAddress } from './client-address.js';
import type { Config } from './config.js';
import type { IdempotencyKeys } from './idempotency.js';
import type { IlsAdapter, IlsPatron } from './ils/types.js';
import type { Mailer } from './mail.js';
import type { PinCheckGate } from './pin-check-gate.js';
import type { PinResetTokens } from './pin-reset-tokens.js';
import { problem, refused, type Refusal } from './problems.js';
import { effectiveCardState } from './services/auth.js';
import { sessionIdOf } from './session-cookie.js';
import type { Session, Sessions } from './sessions.js';
import type { Transact } from './store.js';
import type { Throttle } from './throttle.js';

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

/** A request's live session and its patron. */
export interface Auth {
  sessionId: string;
  session: Session;
  patron: IlsPatron;
}

type Spec<R extends RouteId> = (typeof routes)[R];

/** What a handler is given, typed from the route table: the session (`auth: true`) and the parsed body (`body`). */
export interface Input<R extends RouteId> {
  c: Context;
  auth: Spec<R> extends { auth: true } ? Auth : undefined;
  body: Spec<R> extends { body: infer S extends z.ZodMiniType } ? z.output<S> : undefined;
}

/** How the server answers one route of the contract's table. */
export interface ServerRoute<R extends RouteId> {
  /** The answer, or a refusal that `refused` turns into a problem. */
  handle: (input: Input<R>) => Response | Refusal | Promise<Response | Refusal>;
  /**
   * The route hashes or checks a PIN (scrypt): it runs through the PIN check gate. A client with
   * too many of them under way is refused at once (429), and so is everybody when the process's
   * queue is full (503), instead of queueing work that would stall every other login.
   */
  checksPin?: true;
  /**
   * The answer to a session that has ended for this reason, instead of 401 `unauthenticated` with
   * the reason; the body is not read and the handler not run (a block card repeat: `blockCard`).
   */
  whenEnded?: Partial<Record<SessionEndReason, (c: Context) => Response>>;
}

export type ServerRoutes<K extends RouteId> = { [R in K]: ServerRoute<R> };

/**
 * The Hono handler of a route. Every route checks in one order: the session (when the route
 * table says `auth`), then the body (JSON, then the route's schema), then the handler. Session
 * first: a request without one learns nothing about its body, and a fixed body would still be
 * refused; PIN routes run all of it inside the PIN check gate.
 */
export function handleRoute<R extends RouteId>(deps: AppDeps, id: R, route: ServerRoute<R>): (c: Context) => Promise<Response> {
  const spec: RouteSpec = routes[id];
  const run = async (c: Context): Promise<Response> => {
    let auth: Auth | undefined;
    if (spec.auth) {
      const found = await sessionOf(deps, c);
      if (!('patron' in found)) {
        const ended = found.ended && route.whenEnded?.[found.ended];
        return ended ? ended(c) : problem(c, 'unauthenticated', found.ended ? { reason: found.ended } : {});
      }
      auth = found;
    }
    let body: unknown;
    if (spec.body) {
      const json = await readJson(c);
      if (json instanceof Response) return json;
      const parsed = spec.body.safeParse(json);
      if (!parsed.success) return problem(c, 'validation_failed', { errors: toFieldIssues(parsed.error.issues) });
      body = parsed.data;
    }
    const answer = await route.handle({ c, auth, body } as Input<R>);
    return answer instanceof Response ? answer : refused(c, answer);
  };
  if (!route.checksPin) return run;
  return async (c) => {
    const ran = await deps.pinChecks.run(clientOf(c, deps.config.trustProxy), () => run(c));
    if (ran.ok) return ran.value;
    deps.logger.warn({ event: 'pin_check_queue', full: ran.full }, 'PIN check refused: queue full');
    return ran.full === 'client' ? problem(c, 'rate_limited', { retryAfter: 1 }) : problem(c, 'service_unavailable', { retryAfter: 1 });
  };
}

/**
 * The session and patron of a request, sliding the idle timeout. A session that cannot act
 * gives its end reason instead: ended by the server (`card_blocked`), or of a patron whose card
 * is blocked meanwhile (that session is ended the same way). Timed-out sessions, and those of an
 * expired temporary account, are removed.
 */
async function sessionOf(deps: AppDeps, c: Context): Promise<Auth | { ended: SessionEndReason | undefined }> {
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

/** Parse a JSON body, or answer with the problem that explains why not. */
async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return problem(c, 'malformed_request');
  }
}

/** The address a request comes from, normalised for the per-client limits (see `clientAddress`). */
export function clientOf(c: Context, trustProxy: number): string {
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
export function pathId(c: Context): string | undefined {
  const parsed = ItemId.safeParse(c.req.param('id') ?? '');
  return parsed.success ? parsed.data : undefined;
}
