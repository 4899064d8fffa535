import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { routes, type RouteId } from '@biv/contract';
import { buildOpenApiDocument } from '@biv/contract/openapi';
import { API_ROOT } from './api-root.js';
import { isDatabaseUnavailable } from './db/unavailable.js';
import { cardRoutes } from './handlers/card.js';
import { historyRoutes } from './handlers/history.js';
import { loanRoutes } from './handlers/loans.js';
import { pinRoutes } from './handlers/pin.js';
import { profileRoutes } from './handlers/profile.js';
import { registrationRoutes } from './handlers/registration.js';
import { sessionRoutes } from './handlers/session.js';
import { wishlistRoutes } from './handlers/wishlist.js';
import { guardStateChanges } from './origin.js';
import { problem } from './problems.js';
import { handleRoute, type AppDeps, type ServerRoutes } from './route-handler.js';
import { probePartitionedCookies } from './session-cookie.js';

export { API_ROOT } from './api-root.js';
export { PARTITION_PROBE_COOKIE, SESSION_COOKIE } from './session-cookie.js';
export { problem } from './problems.js';
export type { AppDeps } from './route-handler.js';

export function createApp(deps: AppDeps): Hono {
  const { config, logger } = deps;
  const app = new Hono();

  // One log line per request: method, route pattern, status, duration. Never bodies or addresses.
  // Those four fields are all it can hold, so it skips the logger's redaction by path, which would
  // find nothing there and cost a tenth of a cached answer's time.
  const requests = logger.child({}, { redact: [] });
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    requests.info(
      { method: c.req.method, route: c.req.routePath, status: c.res.status, ms: Math.round(performance.now() - started) },
      'request',
    );
  });

  // Every API answer: no cache keeps it unless its route says so (the list of libraries), no
  // content sniffing, and CORS for the listed origins only (read at request time: the demo adds its
  // port after start). Every answer says `Vary: Origin`, so no cache hands one site's answer to
  // another. Set on the answer's headers once it is made: Hono's `cors` does the same for simple
  // requests, but through `c.res` before and `c.header` after the handler, which makes
  // @hono/node-server turn its light answer into a web Response twice per request, most of a
  // cached GET's own time (bench/README.md). Preflights go to Hono's `cors`.
  const allowedOrigin = (origin: string) => (config.allowedOrigins.includes(origin) ? origin : null);
  const exposeHeaders = ['retry-after'];
  app.use(`${API_ROOT}/*`, async (c, next) => {
    await next();
    const { headers } = c.res;
    if (!headers.has('cache-control')) headers.set('cache-control', 'no-store');
    headers.set('x-content-type-options', 'nosniff');
    if (c.req.method === 'OPTIONS') return;
    const origin = allowedOrigin(c.req.header('origin') ?? '');
    if (origin) headers.set('access-control-allow-origin', origin);
    headers.set('access-control-allow-credentials', 'true');
    headers.set('access-control-expose-headers', exposeHeaders.join(','));
    headers.append('vary', 'Origin');
  });
  const preflight: MiddlewareHandler = cors({
    origin: allowedOrigin,
    credentials: true,
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowHeaders: ['content-type', 'authorization', 'idempotency-key'],
    exposeHeaders,
    maxAge: 600,
  });
  const preflights: MiddlewareHandler = (c, next) => (c.req.method === 'OPTIONS' ? preflight(c, next) : next());
  app.use(`${API_ROOT}/*`, preflights);
  app.use(`${API_ROOT}/*`, probePartitionedCookies(config));
  app.use(`${API_ROOT}/*`, guardStateChanges(config));
  // Only requests that may carry a body are limited: the limit reads the request's body stream,
  // and merely asking for it makes @hono/node-server build a whole web Request (an AbortController,
  // a ReadableStream) that a GET never needs; that was a tenth of a GET's CPU time (bench/README.md).
  const limitBody = bodyLimit({ maxSize: config.bodyLimitBytes, onError: (c) => problem(c, 'payload_too_large') });
  const limitBodies: MiddlewareHandler = (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next));
  app.use(`${API_ROOT}/*`, limitBodies);

  // Every route of the contract's table, answered by its handler.
  const handlers: ServerRoutes<RouteId> = { ...sessionRoutes(deps), ...registrationRoutes(deps), ...pinRoutes(deps), ...loanRoutes(deps), ...cardRoutes(deps), ...profileRoutes(deps), ...historyRoutes(deps), ...wishlistRoutes(deps) };
  const register = <R extends RouteId>(id: R) => app.on(routes[id].method.toUpperCase(), API_ROOT + routes[id].path, handleRoute(deps, id, handlers[id]));
  for (const id of Object.keys(routes) as RouteId[]) register(id);

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
