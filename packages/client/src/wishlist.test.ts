import { expect } from '@open-wc/testing';
import { addToWishlist, getSession, getWishlist, removeFromWishlist, resetSessions, setFetch, wishlistStore } from './index.js';
import { rejection } from '../../../test/element-helpers.js';
import { WISHLIST_RECORDS } from '../../../test/fixtures.js';

// The real reference server with its demo data, proxied same-origin by web-test-runner.config.mjs.
// Alva's wishlist is only read here; Hugo's is changed with 'hemsoborna' (no other test file saves it for him).
const ENDPOINT = new URL('/api/v1', location.href).href;
const HUGO = ['1000000007', '7913'] as const;
const ALVA = ['1000000001', '1357'] as const;

afterEach(async () => {
  setFetch();
  await fetch('/api/v1/session', { method: 'DELETE', credentials: 'include' });
  resetSessions();
});

/** Count the requests to the wishlist while still sending them. */
function countRequests(): string[] {
  const sent: string[] = [];
  setFetch((input, init) => {
    const url = input instanceof Request ? input.url : input.toString();
    const method = input instanceof Request ? input.method : (init?.method ?? 'GET');
    if (url.includes('/me/wishlist')) sent.push(`${method.toUpperCase()} ${new URL(url).pathname.replace(/^.*\/me\//, '')}`);
    return fetch(input, init);
  });
  return sent;
}

describe('wishlist (GET, PUT and DELETE /me/wishlist)', () => {
  it('rejects without a session', async () => {
    expect((await rejection(getWishlist(ENDPOINT))).code).to.equal('unauthenticated');
    expect((await rejection(addToWishlist(ENDPOINT, 'aniara'))).code).to.equal('unauthenticated');
  });

  it('saves once, says whether it was added, and removes', async () => {
    await getSession(ENDPOINT).login(...HUGO);
    const first = await addToWishlist(ENDPOINT, 'hemsoborna');
    expect([first.added, first.entry.title, first.entry.format]).to.deep.equal([true, 'Hemsöborna', 'audiobook']);
    const again = await addToWishlist(ENDPOINT, 'hemsoborna');
    expect([again.added, again.entry.addedAt]).to.deep.equal([false, first.entry.addedAt]);
    expect((await getWishlist(ENDPOINT)).filter((e) => e.recordId === 'hemsoborna')).to.have.length(1);
    await removeFromWishlist(ENDPOINT, 'hemsoborna');
    expect((await rejection(removeFromWishlist(ENDPOINT, 'hemsoborna'))).code).to.equal('not_found');
    expect((await rejection(addToWishlist(ENDPOINT, 'no-such-record'))).code).to.equal('not_found');
  });

  it('checks the record id before anything is sent', async () => {
    await getSession(ENDPOINT).login(...HUGO);
    const sent = countRequests();
    for (const bad of ['', 'a b', 'a/b', 'å', 'x'.repeat(65)]) {
      const error = await rejection(addToWishlist(ENDPOINT, bad));
      expect([error.code, error.fieldIssues]).to.deep.equal(['validation_failed', [{ path: 'recordId', code: 'invalid' }]]);
      expect((await rejection(removeFromWishlist(ENDPOINT, bad))).code).to.equal('validation_failed');
    }
    expect(sent).to.deep.equal([]);
  });
});

describe('wishlistStore: one list per endpoint per page', () => {
  it('gives every caller one GET, and each one sees the others’ changes', async () => {
    await getSession(ENDPOINT).login(...ALVA);
    const sent = countRequests();
    const seen: (string[] | undefined)[] = [];
    wishlistStore(ENDPOINT).subscribe((entries) => seen.push(entries?.map((e) => e.recordId)));
    const lists = await Promise.all(Array.from({ length: 50 }, () => wishlistStore(ENDPOINT).load()));
    expect(sent).to.deep.equal(['GET wishlist']);
    expect(lists[49]?.map((e) => e.recordId)).to.deep.equal(WISHLIST_RECORDS.alva.map((r) => r.recordId));
    expect(wishlistStore(ENDPOINT).has('aniara')).to.equal(true);
    await wishlistStore(ENDPOINT).load();
    expect(sent).to.have.length(1, 'a loaded list is not asked for again');
    expect(seen).to.deep.equal([undefined, WISHLIST_RECORDS.alva.map((r) => r.recordId)]);
  });

  it('puts a saved entry where it is asked to, drops a removed one, and keeps one entry for a repeated save', async () => {
    await getSession(ENDPOINT).login(...HUGO);
    const store = wishlistStore(ENDPOINT);
    const before = (await store.load()).map((e) => e.recordId);
    await store.add('hemsoborna');
    expect(store.entries?.[0]?.recordId).to.equal('hemsoborna');
    await store.add('hemsoborna');
    expect(store.entries?.filter((e) => e.recordId === 'hemsoborna')).to.have.length(1);
    await store.remove('hemsoborna');
    expect(store.has('hemsoborna')).to.equal(false);
    await store.remove('hemsoborna'); // not there: resolves, nothing changes
    expect(store.entries?.map((e) => e.recordId)).to.deep.equal(before);
    const at = Math.min(1, before.length);
    await store.add('hemsoborna', at);
    expect(store.entries?.[at]?.recordId).to.equal('hemsoborna');
    await store.remove('hemsoborna');
  });

  it('forgets the list at logout and at another patron, and drops a late answer for the previous one', async () => {
    const session = getSession(ENDPOINT);
    await session.login(...ALVA);
    const store = wishlistStore(ENDPOINT);
    await store.load();
    expect(store.has('aniara')).to.equal(true);
    await session.logout();
    expect(store.entries).to.equal(undefined);
    await session.login(...HUGO);
    // A slow answer for Hugo, then Alva logs in before it comes.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    setFetch(async (input, init) => {
      const response = await fetch(input, init);
      if ((input instanceof Request ? input.url : input.toString()).includes('/me/wishlist')) await gate;
      return response;
    });
    const late = store.load();
    await session.login(...ALVA);
    release();
    expect((await late).map((e) => e.recordId), 'the answer was Hugo’s').to.not.include('aniara');
    setFetch();
    expect(store.entries, 'Hugo’s list is not shown to Alva').to.equal(undefined);
    expect((await store.load()).map((e) => e.recordId)).to.deep.equal(WISHLIST_RECORDS.alva.map((r) => r.recordId));
  });
});
