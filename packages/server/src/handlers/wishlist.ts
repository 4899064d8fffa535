import type { Context } from 'hono';
import { isRecordId } from '@biv/contract';
import type { AppDeps, ServerRoutes } from '../route-handler.js';
import { addToWishlist, listWishlist, removeFromWishlist } from '../services/wishlist.js';

/** The `:recordId` of a path, or undefined when it cannot be one (answered 404 before any lookup). */
const recordIdOf = (c: Context): string | undefined => {
  const value = c.req.param('recordId');
  return isRecordId(value) ? value : undefined;
};

/** The patron's wishlist (minneslista): only ever the session's patron's entries. */
export function wishlistRoutes(deps: AppDeps): ServerRoutes<'getWishlist' | 'addToWishlist' | 'removeFromWishlist'> {
  const { logger } = deps;
  return {
    getWishlist: {
      async handle({ c, auth }) {
        return c.json({ entries: await listWishlist(deps.ils, auth.patron.id) });
      },
    },

    addToWishlist: {
      async handle({ c, auth }) {
        const recordId = recordIdOf(c);
        if (recordId === undefined) return { outcome: 'not_found' };
        const result = await addToWishlist(deps.ils, auth.patron.id, recordId);
        if (result === 'not_found') return { outcome: 'not_found' };
        if (result === 'full') return { outcome: 'wishlist_full' };
        logger.info({ event: 'wishlist_add', added: result.added }, 'wishlist entry saved');
        return c.json(result.entry, result.added ? 201 : 200);
      },
    },

    removeFromWishlist: {
      async handle({ c, auth }) {
        const recordId = recordIdOf(c);
        if (recordId === undefined || !(await removeFromWishlist(deps.ils, auth.patron.id, recordId))) return { outcome: 'not_found' };
        logger.info({ event: 'wishlist_remove' }, 'wishlist entry removed');
        return c.body(null, 204);
      },
    },
  };
}
