import { expect } from '@open-wc/testing';
import { deleteLoanHistory, getLoanHistory, getSession, resetSessions, setFetch, setLoanHistoryEnabled } from './index.js';
import { rejection } from '../../../test/element-helpers.js';
import { LOAN_HISTORY } from '../../../test/fixtures.js';

// The real reference server with its demo data, proxied same-origin by web-test-runner.config.mjs.
// Lisa's long history is only read here; Hugo's setting is turned on and off again (no other
// browser test turns his on), and he has nothing returned, so nothing of his is stored.
const ENDPOINT = new URL('/api/v1', location.href).href;
const HUGO = ['1000000007', '7913'] as const;

afterEach(async () => {
  setFetch();
  await fetch('/api/v1/session', { method: 'DELETE', credentials: 'include' });
  resetSessions();
});

describe('loan history (GET and DELETE /me/history, PUT /me/history/setting)', () => {
  it('rejects without a session', async () => {
    expect((await rejection(getLoanHistory(ENDPOINT))).code).to.equal('unauthenticated');
    expect((await rejection(setLoanHistoryEnabled(ENDPOINT, true))).code).to.equal('unauthenticated');
    expect((await rejection(deleteLoanHistory(ENDPOINT))).code).to.equal('unauthenticated');
  });

  it('reads a 5,000-entry history, newest return first', async () => {
    await getSession(ENDPOINT).login(LOAN_HISTORY.long.card, LOAN_HISTORY.long.pin);
    const history = await getLoanHistory(ENDPOINT);
    expect(history.enabled).to.equal(true);
    expect(history.entries.length).to.equal(LOAN_HISTORY.long.entries);
    const returns = history.entries.map((e) => e.returnDate);
    expect(returns).to.deep.equal([...returns].sort().reverse());
  });

  it('turns the recording on and off, and deletes (idempotent), sending what the route table says', async () => {
    const sent: string[] = [];
    setFetch((input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      if (request.url.includes('/me/history')) sent.push(`${request.method} ${new URL(request.url).pathname.replace(/^.*\/me\//, '')}`);
      return fetch(input, init);
    });
    await getSession(ENDPOINT).login(...HUGO);
    expect(await getLoanHistory(ENDPOINT)).to.deep.equal({ enabled: false, entries: [] });
    expect(await setLoanHistoryEnabled(ENDPOINT, true)).to.deep.equal({ enabled: true });
    expect(await setLoanHistoryEnabled(ENDPOINT, true)).to.deep.equal({ enabled: true });
    expect((await getLoanHistory(ENDPOINT)).enabled).to.equal(true);
    expect(await deleteLoanHistory(ENDPOINT)).to.equal(undefined);
    expect(await setLoanHistoryEnabled(ENDPOINT, false)).to.deep.equal({ enabled: false });
    expect(await getLoanHistory(ENDPOINT)).to.deep.equal({ enabled: false, entries: [] });
    expect(sent).to.deep.equal(['GET history', 'PUT history/setting', 'PUT history/setting', 'GET history', 'DELETE history', 'PUT history/setting', 'GET history']);
  });
});
