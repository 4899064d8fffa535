/**
 * The fake API's wishlist for the `<biv-wishlist>` and `<biv-wishlist-button>` stories: Alva's
 * three saved titles of the reference server's demo data and its free catalogue records, saved
 * and removed in memory. Each scenario keeps its own list, so stories never disturb one another.
 */
import type { WishlistEntry } from '@biv/client';
import { addFakeRoutes, alva, json, problem, sessionOf } from './fake-api.js';

export const WISHLIST_SCENARIOS = [
  'wishlist',
  'wishlist-logged-out',
  'wishlist-loading',
  'wishlist-empty',
  'wishlist-error',
  'wishlist-blocked',
  'wishlist-temporary',
  'wishlist-remove',
  'wishlist-remove-fails',
  'wishlist-button',
  'wishlist-button-logged-out',
  'wishlist-button-with-login',
  'wishlist-button-loading',
  'wishlist-button-full',
  'wishlist-button-error',
  'wishlist-button-blocked',
  'wishlist-button-temporary',
] as const;
export type WishlistScenario = (typeof WISHLIST_SCENARIOS)[number];

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

/** The catalogue: the demo data's records for the wishlist. */
const CATALOGUE: Record<string, Omit<WishlistEntry, 'addedAt' | 'recordId'>> = {
  aniara: { title: 'Aniara', author: 'Harry Martinson', format: 'book' },
  kallocain: { title: 'Kallocain', author: 'Karin Boye', format: 'book' },
  trollvinter: { title: 'Trollvinter', author: 'Tove Jansson', format: 'book' },
  hemsoborna: { title: 'Hemsöborna', author: 'August Strindberg', format: 'audiobook' },
  'vi-pa-saltkrakan': { title: 'Vi på Saltkråkan', author: 'Astrid Lindgren', format: 'film' },
  'kejsarn-av-portugallien': { title: 'Kejsarn av Portugallien', author: 'Selma Lagerlöf', format: 'ebook' },
  musikmagasinet: { title: 'Musikmagasinet', format: 'magazine' },
};

const entry = (recordId: string, addedAt: string): WishlistEntry => ({ recordId, ...(CATALOGUE[recordId] as Omit<WishlistEntry, 'addedAt' | 'recordId'>), addedAt });

/** Alva's wishlist, as the reference server's demo data has it: newest first. */
const alvasWishlist = (): WishlistEntry[] => [entry('trollvinter', daysAgo(2)), entry('kallocain', daysAgo(12)), entry('aniara', daysAgo(30))];

const elin = () => ({ name: 'Elin Ek', borrowerId: 'BIV-000005', cardState: 'temporary' as const, validUntil: new Date(Date.now() + 7 * DAY).toISOString() });

const lists = new Map<string, WishlistEntry[]>();
const listOf = (scenario: string): WishlistEntry[] => {
  let list = lists.get(scenario);
  if (!list) lists.set(scenario, (list = scenario === 'wishlist-empty' ? [] : scenario.endsWith('temporary') ? [entry('hemsoborna', daysAgo(1))] : alvasWishlist()));
  return list;
};
/** The with-login story: logged out until its login box logs in. */
const loggedIn = new Set<string>();

/** Never answers: the client gives up after its timeout (the loading story is looked at before). */
const never = (request: Request) =>
  new Promise<never>((_, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason as Error));
  });

addFakeRoutes(WISHLIST_SCENARIOS, (scenario, method, path, request) => {
  if (path === '/session' && method === 'POST') {
    loggedIn.add(scenario);
    return undefined; // the fake API's login: Alva
  }
  if (path === '/session' && method === 'GET') {
    if (scenario === 'wishlist-button-loading') return never(request);
    if (scenario.endsWith('blocked')) return problem(401, 'unauthenticated', { reason: 'card_blocked' });
    if (scenario.endsWith('temporary')) return sessionOf(elin());
    if (scenario.endsWith('logged-out') || (scenario === 'wishlist-button-with-login' && !loggedIn.has(scenario))) return problem(401, 'unauthenticated');
    return sessionOf(alva);
  }
  const match = /^\/me\/wishlist(?:\/([^/]+))?$/.exec(path);
  if (!match) return undefined;
  const list = listOf(scenario);
  const recordId = match[1] === undefined ? undefined : decodeURIComponent(match[1]);
  if (recordId === undefined && method === 'GET') {
    if (scenario === 'wishlist-loading') return never(request);
    if (scenario === 'wishlist-error') throw new TypeError('Failed to fetch');
    return json(200, { entries: list });
  }
  if (recordId === undefined) return undefined;
  const index = list.findIndex((e) => e.recordId === recordId);
  if (method === 'PUT') {
    if (scenario === 'wishlist-button-error') throw new TypeError('Failed to fetch');
    if (scenario === 'wishlist-button-full') return problem(409, 'wishlist_full');
    if (index >= 0) return json(200, list[index]);
    if (!CATALOGUE[recordId]) return problem(404, 'not_found');
    const saved = entry(recordId, new Date().toISOString());
    list.unshift(saved);
    return json(201, saved);
  }
  if (method === 'DELETE') {
    if (scenario === 'wishlist-remove-fails') throw new TypeError('Failed to fetch');
    if (index < 0) return problem(404, 'not_found');
    list.splice(index, 1);
    return new Response(null, { status: 204 });
  }
  return undefined;
});
