import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { API_ROOT } from './api-root.js';
import type { Config } from './config.js';
import { fromListedSite, needsSecureCookie } from './origin.js';

export const SESSION_COOKIE = 'biv_session';
/**
 * Set on responses to pages of another site, partitioned like the session cookie: a request that
 * comes without it is from a browser that keeps no partitioned cookie (or blocks every cookie).
 */
export const PARTITION_PROBE_COOKIE = 'biv_partitioned';

const partitioned = { path: API_ROOT, httpOnly: true, secure: true, sameSite: 'None', partitioned: true } as const;

export const bearerOf = (c: Context) => /^Bearer\s+([A-Za-z0-9_-]{20,})$/.exec(c.req.header('authorization') ?? '')?.[1];

/**
 * The session id from the cookie, or from `Authorization: Bearer` (pages of another site in a
 * browser without partitioned cookies; see docs/decisions/0005).
 */
export function sessionIdOf(c: Context): string | undefined {
  return bearerOf(c) ?? getCookie(c, SESSION_COOKIE);
}

/** A page of another listed site in a browser that has not kept the probe cookie (see `PARTITION_PROBE_COOKIE`). */
export const keepsNoPartitionedCookie = (c: Context, config: Config): boolean =>
  fromListedSite(c, config) && getCookie(c, PARTITION_PROBE_COOKIE) === undefined;

/**
 * Sets the probe cookie for pages of another listed site that do not send it yet; never on an
 * answer a shared cache may keep (`Cache-Control: public`), which must not set cookies.
 */
export function probePartitionedCookies(config: Config): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (/\bpublic\b/.test(c.res.headers.get('cache-control') ?? '')) return;
    if (keepsNoPartitionedCookie(c, config)) setCookie(c, PARTITION_PROBE_COOKIE, '1', partitioned);
  };
}

/**
 * The session cookie: HttpOnly, for the API's path only, and without Max-Age or Expires, so the
 * browser forgets it when it closes (a library's public computer); the server's idle and
 * absolute timeouts end the session itself. `SameSite=Lax` on the API's own site; for a page of
 * another listed site `SameSite=None; Secure; Partitioned`, so the browser keeps it for that
 * top-level site only (docs/decisions/0005).
 */
export function setSessionCookie(c: Context, config: Config, sessionId: string): void {
  if (fromListedSite(c, config)) setCookie(c, SESSION_COOKIE, sessionId, partitioned);
  else setCookie(c, SESSION_COOKIE, sessionId, { path: API_ROOT, httpOnly: true, sameSite: 'Lax', secure: needsSecureCookie(c, config.trustProxy) });
}

/** The session cookie goes: the partitioned one too for a page of another site. */
export function clearSessionCookie(c: Context, config: Config): void {
  deleteCookie(c, SESSION_COOKIE, { path: API_ROOT, secure: needsSecureCookie(c, config.trustProxy) });
  if (fromListedSite(c, config)) deleteCookie(c, SESSION_COOKIE, partitioned);
}
