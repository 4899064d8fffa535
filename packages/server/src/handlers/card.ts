import type { Context } from 'hono';
import type { AppDeps, ServerRoutes } from '../route-handler.js';
import { blockCard } from '../services/card.js';
import { clearSessionCookie } from '../session-cookie.js';

/** Blocking a lost card. */
export function cardRoutes(deps: AppDeps): ServerRoutes<'blockCard'> {
  /** 204, and the cookie of the ended session goes. */
  const cardBlockedAnswer = (c: Context): Response => {
    clearSessionCookie(c, deps.config);
    return c.body(null, 204);
  };
  return {
    blockCard: {
      checksPin: true,
      // Blocked already, by this session (a repeat after a lost answer): the same answer again.
      whenEnded: { card_blocked: cardBlockedAnswer },
      async handle({ c, auth, body }) {
        const result = await blockCard(deps, auth.patron, body.pin);
        return result.outcome === 'blocked' ? cardBlockedAnswer(c) : result;
      },
    },
  };
}
