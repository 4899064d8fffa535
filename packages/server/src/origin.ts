import type { Context, MiddlewareHandler } from 'hono';
import type { Config } from './config.js';
import { problem } from './problems.js';

type OriginConfig = Pick<Config, 'allowedOrigins' | 'trustProxy'>;

const isLoopback = (host: string) => /^(localhost|127(\.\d+){3}|\[::1\])(:\d+)?$/.test(host);

/** Secure cookies everywhere but plain-HTTP loopback (local development and tests). */
export const needsSecureCookie = (c: Context, trustProxy: number) => {
  const own = new URL(ownOrigin(c, trustProxy));
  return own.protocol === 'https:' || !isLoopback(own.host);
};

/**
 * A request from a page of another listed site: its cookies must be `SameSite=None; Secure;
 * Partitioned` (CHIPS), kept by the browser for that top-level site only.
 */
export const fromListedSite = (c: Context, config: OriginConfig): boolean => {
  const origin = c.req.header('origin');
  return origin !== undefined && config.allowedOrigins.includes(origin) && origin !== ownOrigin(c, config.trustProxy);
};

/**
 * Cross-site request forgery guard for state-changing requests: the Origin must be the API's own
 * or an allowed one, and bodies must be JSON (a form post can never be).
 */
export function guardStateChanges(config: OriginConfig): MiddlewareHandler {
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
