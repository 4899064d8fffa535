import { clientOf, type AppDeps, type ServerRoutes } from '../route-handler.js';
import { login, toPublicPatron } from '../services/auth.js';
import { clearSessionCookie, keepsNoPartitionedCookie, sessionIdOf, setSessionCookie } from '../session-cookie.js';

/** Logging in and out, and the current session. */
export function sessionRoutes(deps: AppDeps): ServerRoutes<'createSession' | 'getSession' | 'deleteSession'> {
  const { config, logger } = deps;
  return {
    createSession: {
      checksPin: true,
      async handle({ c, body }) {
        const result = await login({ ...deps, cardNumberPattern: config.cardNumberPattern }, body.identifier, body.pin, clientOf(c, config.trustProxy));
        if (result.outcome !== 'ok') return result;
        const previous = sessionIdOf(c);
        if (previous) await deps.sessions.delete(previous); // a new id at every login
        setSessionCookie(c, config, result.sessionId);
        let { expiresAt } = result;
        let token: string | undefined;
        if (keepsNoPartitionedCookie(c, config)) {
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
      },
    },

    getSession: {
      handle({ c, auth }) {
        return c.json({
          patron: toPublicPatron(auth.patron, deps.now()),
          session: { expiresAt: auth.session.expiresAt.toISOString(), idleTimeout: config.sessionIdleSeconds },
        });
      },
    },

    deleteSession: {
      async handle({ c }) {
        const id = sessionIdOf(c);
        if (id) await deps.sessions.delete(id);
        clearSessionCookie(c, config);
        return c.body(null, 204);
      },
    },
  };
}
