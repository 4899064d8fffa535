import { expect } from '@open-wc/testing';
import { getProfile, getSession, resetSessions, setFetch, updateProfile } from './index.js';
import { rejection } from '../../../test/element-helpers.js';

// The real reference server with its demo data, proxied same-origin by web-test-runner.config.mjs.
// Hugo Holm: no other browser test reads his contact details; only his phone is changed here.
const ENDPOINT = new URL('/api/v1', location.href).href;

afterEach(async () => {
  setFetch();
  await fetch('/api/v1/session', { method: 'DELETE', credentials: 'include' });
  resetSessions();
});

describe('profile (GET and PATCH /me)', () => {
  it('rejects without a session', async () => {
    expect((await rejection(getProfile(ENDPOINT))).code).to.equal('unauthenticated');
  });

  it('reads the patron’s details and changes the phone number', async () => {
    await getSession(ENDPOINT).login('1000000007', '7913');
    const profile = await getProfile(ENDPOINT);
    expect([profile.name, profile.cardNumber, profile.cardState]).to.deep.equal(['Hugo Holm', '1000000007', 'active']);
    const changed = await updateProfile(ENDPOINT, { phone: '070-765 43 21' });
    expect(changed.phone).to.equal('070-765 43 21');
    expect((await getProfile(ENDPOINT)).phone).to.equal('070-765 43 21');
    expect((await updateProfile(ENDPOINT, { phone: '' })).phone).to.equal(undefined);
  });

  it('checks the body before anything is sent, with the server’s field issues', async () => {
    const sent: string[] = [];
    setFetch((input, init) => {
      sent.push(input instanceof Request ? input.url : input.toString());
      return fetch(input, init);
    });
    const empty = await rejection(updateProfile(ENDPOINT, {}));
    expect([empty.code, empty.fieldIssues]).to.deep.equal(['validation_failed', [{ path: '', code: 'no_changes' }]]);
    const bad = await rejection(updateProfile(ENDPOINT, { email: 'nope', postalCode: '1' }));
    expect(bad.fieldIssues).to.deep.equal([
      { path: 'email', code: 'email_format' },
      { path: 'postalCode', code: 'postal_code_format' },
    ]);
    expect(sent).to.deep.equal([]);
  });
});
