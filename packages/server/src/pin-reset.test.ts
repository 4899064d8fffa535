// Over 350 lines on purpose: the whole PIN reset and change flow (request, mail, link, token
// states, limits, the change while logged in), each step tested on SQLite and PostgreSQL.
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PIN_RESET_TOKEN_PATTERN } from '@biv/contract';
import { NEW_ADULTS } from '../../../test/fixtures.js';
import { loadConfig } from './config.js';
import { MemoryOutbox, type OutboxEntry } from './mail.js';
import { Harness, START, cookieOf, json, ownPostgresDatabase } from './test-harness.js';

const ALVA = { card: '1000000001', personnummer: '19850322-2385', pin: '1357', email: 'alva.andersson@example.org', id: 'demo-1000000001' };
const BERTIL = { card: '1000000002', email: 'bertil.berg@example.org', id: 'demo-1000000002' };
const CECILIA = { card: '1000000003', personnummer: '19900101-2385', pin: '3579', email: 'cecilia.carlsson@example.org' };
const DAVID = { card: '1000000004', personnummer: '19680102-9288', pin: '4680', email: 'david.dahl@example.org', id: 'demo-1000000004' };
const ELIN = { card: '1000000005', personnummer: '19550114-2284', pin: '5791', email: 'elin.ek@example.org' };
const FILIP = { personnummer: '20010101-2391', email: 'filip.falk@example.org', id: 'demo-1000000006' };

const RESET_PAGE = 'https://www.kungalv.se/glomt-pin';
const UNKNOWN_CARD = '1999999999';
const MINUTE = 60;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const digits = (personnummer: string) => personnummer.replace(/\D/g, '');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Poll until `probe` gives something truthy (the 202 is answered before the lookup and the mail happen). */
async function until<T>(what: string, probe: () => T | undefined | null | false, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(5);
  }
}

/** The background work of a reset request ends with one of these log lines (it says what happened, never to whom). */
const FINISHED = /"event":"pin_reset","outcome":"(sent|unknown|no_email|not_possible|no_reset_page)"/g;
const finishedCount = (h: Harness) => h.log.match(FINISHED)?.length ?? 0;
const count = (text: string, part: string) => text.split(part).length - 1;

/** POST /pin-resets; after a 202, waits until the work behind the answer is done. */
async function requestReset(h: Harness, identifier: string, options: { resetUrl?: string; headers?: Record<string, string> } = {}) {
  const finished = finishedCount(h);
  const body = options.resetUrl === undefined ? { identifier } : { identifier, resetUrl: options.resetUrl };
  const response = await h.request('POST', '/pin-resets', { body, ...(options.headers ? { headers: options.headers } : {}) });
  if (response.status === 202) await until('the background work of the reset request', () => finishedCount(h) > finished);
  return response;
}

const confirmReset = (h: Harness, token: string, newPin: string, headers: Record<string, string> = {}) =>
  h.request('POST', '/pin-resets/confirm', { body: { token, newPin }, headers });

const changePin = (h: Harness, session: string | undefined, currentPin: string, newPin: string, headers: Record<string, string> = {}) =>
  h.request('PUT', '/me/pin', { body: { currentPin, newPin }, headers: { cookie: `biv_session=${session}`, ...headers } });

const getSession = (h: Harness, session: string | undefined) => h.request('GET', '/session', { headers: { cookie: `biv_session=${session}` } });

/** Mails that arrived after `mark` mails had, oldest first. */
const mailsSince = (outbox: MemoryOutbox, mark: number): OutboxEntry[] => outbox.messages().slice(0, outbox.messages().length - mark).reverse();

const linkIn = (mail: OutboxEntry) => /^(https?:\/\/\S+)#token=(\S*)$/m.exec(mail.text);

/** Ask for a link for `identifier` and return the one mail it brings to `to`, with its link and token. */
async function askForLink(h: Harness, outbox: MemoryOutbox, identifier: string, to: string, options: { resetUrl?: string; headers?: Record<string, string> } = {}) {
  const mark = outbox.messages().length;
  const response = await requestReset(h, identifier, options);
  assert.equal(response.status, 202, `reset request for ${identifier}`);
  const mails = mailsSince(outbox, mark);
  assert.equal(mails.length, 1, `one mail for ${identifier}, got ${mails.map((m) => m.subject).join(' | ')}`);
  const mail = mails[0] as OutboxEntry;
  assert.equal(mail.to, to);
  const found = linkIn(mail);
  assert.ok(found, `a link in the mail: ${mail.text}`);
  const [link, page, token] = found as unknown as [string, string, string];
  assert.match(token, PIN_RESET_TOKEN_PATTERN);
  return { mail, link, page, token };
}

async function problemOf(response: Response, status: number, code: string) {
  assert.equal(response.status, status);
  assert.equal(response.headers.get('content-type'), 'application/problem+json');
  const body = await json(response);
  assert.equal(body.code, code);
  assert.equal(body.status, status);
  return body;
}

const pgUrl = await ownPostgresDatabase(process.env.BIV_TEST_DATABASE_URL, 'pinreset');
const databases: [string, string | undefined][] = [['SQLite', undefined], ['PostgreSQL', pgUrl]];

for (const [label, databaseUrl] of databases) {
  describe(`PIN reset and change on ${label}`, { skip: label === 'PostgreSQL' && !pgUrl && 'set BIV_TEST_DATABASE_URL to run against PostgreSQL' }, () => {
    describe('asking for a link', () => {
      const h = new Harness(databaseUrl);
      const outbox = new MemoryOutbox(1000);
      const tokens: string[] = [];
      before(() => h.start({ pinResetUrl: RESET_PAGE, pinResetIdentifierLimit: 1000, pinResetClientLimit: 1000 }, { mailer: outbox }));
      after(() => h.stop());

      it('answers 202 accepted and mails Alva a single-use link, Swedish then English, text and HTML', async () => {
        const mark = outbox.messages().length;
        const response = await h.request('POST', '/pin-resets', { body: { identifier: ALVA.card } });
        assert.equal(response.status, 202);
        assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
        assert.equal(response.headers.get('cache-control'), 'no-store');
        assert.deepEqual(await response.json(), { status: 'accepted' });

        const mail = await until('the reset mail', () => mailsSince(outbox, mark)[0]);
        assert.equal(mail.to, ALVA.email);
        assert.equal(mail.subject, 'Välj en ny PIN-kod / Choose a new PIN');
        const found = linkIn(mail);
        assert.ok(found, mail.text);
        const [link, page, token] = found as unknown as [string, string, string];
        tokens.push(token);
        assert.equal(page, RESET_PAGE);
        assert.match(token, /^[A-Za-z0-9_-]{43}$/);
        assert.equal(link, `${RESET_PAGE}#token=${token}`);
        assert.equal(count(mail.text, link), 2, 'the link once in Swedish, once in English');

        // Swedish first, then English, in the text and in the HTML.
        assert.ok(mail.text.indexOf('Hej!') < mail.text.indexOf('Hello,'));
        assert.ok(mail.text.indexOf('Öppna länken') < mail.text.indexOf('Open the link'));
        assert.ok(mail.text.includes('i 30 minuter, till 29 november 2026 kl. 11:30 (svensk tid)'), 'the end in Swedish time');
        assert.ok(mail.text.includes('for 30 minutes, until 29 November 2026 at 11:30 (Swedish time)'));
        assert.match(mail.html, /^<!doctype html><html lang="sv">/);
        assert.ok(mail.html.indexOf('<div lang="sv">') < mail.html.indexOf('<div lang="en">'));
        assert.equal(count(mail.html, `<a href="${link}">${link}</a>`), 2);
        assert.ok(mail.html.indexOf('Öppna länken') < mail.html.indexOf('Open the link'));
        for (const part of [mail.text, mail.html]) {
          assert.ok(!part.includes(ALVA.pin), 'no PIN');
          assert.ok(!part.includes(ALVA.card) && !part.includes('850322'), 'no identifier');
        }
      });

      it('stores only the SHA-256 of the token, with its end 30 minutes on', async () => {
        const token = tokens[0] as string;
        const rows = await h.services.db.selectFrom('pin_reset_tokens').selectAll().execute();
        assert.equal(rows.length, 1);
        const [row] = rows;
        assert.equal(row?.token_hash, sha256(token));
        assert.equal(row?.patron_id, ALVA.id);
        assert.equal(row?.created_at, START.toISOString());
        assert.equal(row?.expires_at, new Date(START.getTime() + 30 * MINUTE * 1000).toISOString());
        assert.equal(row?.used_at, null);
        assert.equal(row?.replaced_at, null);
        assert.ok(!JSON.stringify(rows).includes(token), 'the token itself is nowhere in the table');
      });

      it('takes the personnummer in any usual form, and the newest link replaces the older one', async () => {
        for (const identifier of [ALVA.personnummer, digits(ALVA.personnummer).slice(2)]) {
          const { token, link } = await askForLink(h, outbox, identifier, ALVA.email);
          assert.equal(link, `${RESET_PAGE}#token=${token}`);
          assert.ok(!tokens.includes(token), 'a new token every time');
          tokens.push(token);
        }
        const rows = await h.services.db.selectFrom('pin_reset_tokens').selectAll().where('patron_id', '=', ALVA.id).execute();
        const byHash = new Map(rows.map((r) => [r.token_hash, r]));
        assert.equal(rows.length, 3);
        assert.equal(byHash.get(sha256(tokens[0] as string))?.replaced_at, START.toISOString());
        assert.equal(byHash.get(sha256(tokens[1] as string))?.replaced_at, START.toISOString());
        assert.equal(byHash.get(sha256(tokens[2] as string))?.replaced_at, null);
      });

      it('sends a link to an active temporary account too', async () => {
        const { page } = await askForLink(h, outbox, ELIN.personnummer, ELIN.email);
        assert.equal(page, RESET_PAGE);
      });

      it('answers unknown identifiers with the same status, headers and bytes, and mails nobody', async () => {
        const alva = await requestReset(h, ALVA.card);
        const alvaBytes = await alva.text();
        const alvaHeaders = [...alva.headers.entries()];
        const mark = outbox.messages().length;
        const unknownRows = await h.services.db.selectFrom('pin_reset_tokens').select('token_hash').execute();
        for (const identifier of [NEW_ADULTS[0], UNKNOWN_CARD]) {
          const finishedBefore = count(h.log, '"event":"pin_reset","outcome":"unknown"');
          const response = await requestReset(h, identifier);
          assert.equal(response.status, alva.status, identifier);
          assert.equal(await response.text(), alvaBytes, identifier);
          assert.deepEqual([...response.headers.entries()], alvaHeaders, identifier);
          assert.equal(count(h.log, '"event":"pin_reset","outcome":"unknown"'), finishedBefore + 1, 'the work behind the answer is done');
        }
        await sleep(50);
        assert.deepEqual(mailsSince(outbox, mark), [], 'no mail for an unknown identifier');
        assert.equal((await h.services.db.selectFrom('pin_reset_tokens').select('token_hash').execute()).length, unknownRows.length, 'no token');
      });

      it('refuses a malformed identifier with field errors, and does nothing behind it', async () => {
        const cases: [unknown, { path: string; code: string }[]][] = [
          [{ identifier: '123456' }, [{ path: 'identifier', code: 'identifier_format' }]],
          [{ identifier: '850399-2385' }, [{ path: 'identifier', code: 'personnummer_date' }]],
          [{ identifier: '19850322-2386' }, [{ path: 'identifier', code: 'personnummer_checksum' }]],
          [{}, [{ path: 'identifier', code: 'required' }]],
          [{ identifier: ALVA.card, resetUrl: `https://www.kungalv.se/${'x'.repeat(2000)}` }, [{ path: 'resetUrl', code: 'too_long' }]],
        ];
        const finished = finishedCount(h);
        const mark = outbox.messages().length;
        for (const [body, errors] of cases) {
          const problem = await problemOf(await h.request('POST', '/pin-resets', { body }), 400, 'validation_failed');
          assert.deepEqual(problem.errors, errors, JSON.stringify(body).slice(0, 60));
        }
        await sleep(50);
        assert.equal(finishedCount(h), finished, 'no work behind a refused request');
        assert.equal(outbox.messages().length, mark);
      });

      it('tells a blocked card and an ended temporary account that the PIN cannot be changed on the web, with no link', async () => {
        for (const [identifier, patron] of [[BERTIL.card, BERTIL], [FILIP.personnummer, FILIP]] as const) {
          const mark = outbox.messages().length;
          const response = await requestReset(h, identifier);
          assert.equal(response.status, 202);
          assert.deepEqual(await response.json(), { status: 'accepted' });
          const mails = mailsSince(outbox, mark);
          assert.equal(mails.length, 1, identifier);
          const [mail] = mails as [OutboxEntry];
          assert.equal(mail.to, patron.email);
          assert.equal(mail.subject, 'Din PIN-kod kan inte ändras på webben / Your PIN cannot be changed on the web');
          assert.ok(mail.text.indexOf('Besök ett bibliotek') < mail.text.indexOf('Visit a library'));
          for (const part of [mail.text, mail.html]) {
            assert.ok(!part.includes('#token='), 'no link');
            assert.ok(!/https?:/.test(part), 'no link');
          }
          const rows = await h.services.db.selectFrom('pin_reset_tokens').selectAll().where('patron_id', '=', patron.id).execute();
          assert.deepEqual(rows, [], 'no token');
        }
      });

      it('mails nothing to a patron without an e-mail address, and answers the same', async () => {
        await h.services.db.updateTable('patrons').set({ email: null }).where('card_number', '=', CECILIA.card).execute();
        const mark = outbox.messages().length;
        const noEmail = count(h.log, '"event":"pin_reset","outcome":"no_email"');
        const response = await requestReset(h, CECILIA.card);
        assert.equal(response.status, 202);
        assert.deepEqual(await response.json(), { status: 'accepted' });
        assert.equal(count(h.log, '"event":"pin_reset","outcome":"no_email"'), noEmail + 1);
        await sleep(50);
        assert.deepEqual(mailsSince(outbox, mark), []);
      });

      it('has the three new operations in the OpenAPI document', async () => {
        const doc = await json(await h.request('GET', '/openapi.json'));
        const paths = doc.paths as Record<string, Record<string, { operationId: string; responses: Record<string, unknown>; requestBody?: unknown; security?: unknown }>>;
        assert.equal(paths['/pin-resets']?.post?.operationId, 'requestPinReset');
        assert.deepEqual(Object.keys(paths['/pin-resets']?.post?.responses ?? {}).sort(), ['202', '400', '403', '413', '415', '429']);
        assert.equal(paths['/pin-resets/confirm']?.post?.operationId, 'confirmPinReset');
        assert.deepEqual(Object.keys(paths['/pin-resets/confirm']?.post?.responses ?? {}).sort(), ['204', '400', '403', '413', '415', '429']);
        assert.equal(paths['/me/pin']?.put?.operationId, 'changePin');
        assert.ok(paths['/me/pin']?.put?.security, 'needs a session');
        for (const operation of [paths['/pin-resets']?.post, paths['/pin-resets/confirm']?.post, paths['/me/pin']?.put]) assert.ok(operation?.requestBody);
        assert.equal((await h.request('GET', '/pin-resets')).status, 405);
      });

      it('never logs a personnummer, card number, e-mail address or token', async () => {
        assert.match(h.log, /"event":"pin_reset","outcome":"sent"/);
        assert.match(h.log, /"event":"pin_reset","outcome":"unknown"/);
        assert.match(h.log, /"event":"pin_reset","outcome":"not_possible"/);
        assert.match(h.log, /"event":"mail","kind":"pin_reset"/);
        assert.match(h.log, /"event":"mail","kind":"pin_reset_not_possible"/);
        const secrets = [
          ALVA.card, BERTIL.card, UNKNOWN_CARD, '850322', '550114', '010101-2391', '200101012391', digits(NEW_ADULTS[0]).slice(2, 8),
          'alva', 'bertil', 'filip', 'elin.ek', 'example.org', 'Alva', 'Andersson',
          ...tokens, ...tokens.map(sha256),
        ];
        assert.ok(tokens.length >= 3);
        const log = h.logWithoutTimes;
        for (const secret of secrets) assert.ok(!log.includes(secret), secret);
      });
    });

    describe('using the link', () => {
      const h = new Harness(databaseUrl);
      const outbox = new MemoryOutbox(1000);
      let usedToken = '';
      before(() =>
        h.start({ pinResetUrl: RESET_PAGE, pinResetIdentifierLimit: 1000, pinResetClientLimit: 1000, resetTokenFailureLimit: 1000 }, { mailer: outbox }),
      );
      after(() => h.stop());

      it('sets the new PIN, ends every session of the patron, clears the lockout and tells her; it does not log in', async () => {
        const first = cookieOf(await h.login(ALVA.card, ALVA.pin));
        const second = cookieOf(await h.login(ALVA.personnummer, ALVA.pin));
        assert.equal((await getSession(h, first)).status, 200);
        assert.equal((await getSession(h, second)).status, 200);
        for (let i = 0; i < 5; i++) assert.equal((await h.login(ALVA.card, '9999')).status, 401);
        await problemOf(await h.login(ALVA.card, ALVA.pin), 429, 'account_locked');

        const { token } = await askForLink(h, outbox, ALVA.card, ALVA.email);
        const mark = outbox.messages().length;
        const response = await confirmReset(h, token, '4826');
        assert.equal(response.status, 204);
        assert.equal(await response.text(), '');
        assert.equal(response.headers.get('set-cookie'), null, 'not logged in by the reset');
        usedToken = token;

        assert.equal((await getSession(h, first)).status, 401, 'the first session ended');
        assert.equal((await getSession(h, second)).status, 401, 'the second session ended');
        const login = await h.login(ALVA.card, '4826');
        assert.equal(login.status, 200, 'the new PIN works, the lockout is gone');
        assert.equal((await h.login(ALVA.personnummer, ALVA.pin)).status, 401, 'the old PIN does not');

        const mails = mailsSince(outbox, mark);
        assert.equal(mails.length, 1);
        const [notice] = mails as [OutboxEntry];
        assert.equal(notice.to, ALVA.email);
        assert.equal(notice.subject, 'Din PIN-kod har ändrats / Your PIN has been changed');
        assert.ok(notice.text.indexOf('Du har loggats ut överallt') < notice.text.indexOf('You have been logged out everywhere'));
        assert.ok(notice.text.includes('29 november 2026 kl. 11:00'), 'when, in Swedish time');
        assert.match(notice.text, /Spärra kortet/);
        assert.match(notice.text, /Block the card/);
        assert.ok(!notice.text.includes('4826') && !notice.html.includes('4826'), 'never the PIN');

        const [row] = await h.services.db.selectFrom('pin_reset_tokens').selectAll().where('token_hash', '=', sha256(token)).execute();
        assert.equal(row?.used_at, h.now.toISOString());
      });

      it('refuses the same link a second time: used', async () => {
        assert.ok(usedToken);
        const problem = await problemOf(await confirmReset(h, usedToken, '5937'), 400, 'invalid_token');
        assert.equal(problem.reason, 'used');
        assert.equal((await h.login(ALVA.card, '5937')).status, 401, 'the PIN did not change');
        assert.equal((await h.login(ALVA.card, '4826')).status, 200);
      });

      it('lets exactly one of two concurrent uses of a link win', async () => {
        const { token } = await askForLink(h, outbox, CECILIA.card, CECILIA.email);
        const responses = await Promise.all([confirmReset(h, token, '4826'), confirmReset(h, token, '5937')]);
        assert.deepEqual(responses.map((r) => r.status).sort(), [204, 400]);
        const loser = responses.find((r) => r.status === 400) as Response;
        assert.equal((await json(loser)).reason, 'used');
        const winningPin = responses[0]?.status === 204 ? '4826' : '5937';
        const losingPin = winningPin === '4826' ? '5937' : '4826';
        assert.equal((await h.login(CECILIA.card, winningPin)).status, 200);
        assert.equal((await h.login(CECILIA.card, losingPin)).status, 401);
      });

      it('leaves exactly one valid link when two are asked for at the same moment', async () => {
        const mark = outbox.messages().length;
        const finished = finishedCount(h);
        const answers = await Promise.all([1, 2].map(async () => h.request('POST', '/pin-resets', { body: { identifier: CECILIA.card } })));
        assert.deepEqual(answers.map((r) => r.status), [202, 202]);
        await until('both requests done', () => finishedCount(h) >= finished + 2);
        const tokens = mailsSince(outbox, mark).map((mail) => linkIn(mail)?.[2] ?? '');
        assert.equal(tokens.length, 2);
        const results = [];
        for (const [i, token] of tokens.entries()) {
          const response = await confirmReset(h, token, i === 0 ? '6147' : '7258');
          results.push(response.status === 204 ? 'ok' : String((await json(response)).reason));
        }
        assert.deepEqual(results.sort(), ['ok', 'replaced']);
      });

      it('works for 30 minutes: at 29:59 it is taken, at 30:00 it has expired', async () => {
        const { token: early } = await askForLink(h, outbox, DAVID.card, DAVID.email);
        h.advance(30 * MINUTE - 1);
        assert.equal((await confirmReset(h, early, '4826')).status, 204);

        const { token: late } = await askForLink(h, outbox, DAVID.card, DAVID.email);
        h.advance(30 * MINUTE);
        const problem = await problemOf(await confirmReset(h, late, '5937'), 400, 'invalid_token');
        assert.equal(problem.reason, 'expired');
        assert.equal((await h.login(DAVID.card, '4826')).status, 200, 'the PIN from the first link stays');
      });

      it('refuses a link that a newer one replaced, and takes the newer one', async () => {
        const { token: older } = await askForLink(h, outbox, ELIN.card, ELIN.email);
        const { token: newer } = await askForLink(h, outbox, ELIN.personnummer, ELIN.email);
        const problem = await problemOf(await confirmReset(h, older, '4826'), 400, 'invalid_token');
        assert.deepEqual(problem, {
          type: 'about:blank#invalid_token',
          title: 'The PIN reset link cannot be used',
          status: 400,
          code: 'invalid_token',
          reason: 'replaced',
        });
        assert.equal((await confirmReset(h, newer, '4826')).status, 204);
        assert.equal((await json(await confirmReset(h, older, '5937'))).reason, 'replaced', 'still replaced after the newer was used');
        assert.equal((await h.login(ELIN.card, '4826')).status, 200);
      });

      it('calls an altered, shortened or made-up token unknown, and a missing or huge one invalid', async () => {
        const { token } = await askForLink(h, outbox, ALVA.card, ALVA.email);
        const first = token[0] === 'A' ? 'B' : 'A';
        const last = token.at(-1) === 'A' ? 'B' : 'A';
        for (const other of [first + token.slice(1), token.slice(0, -1) + last, token.slice(0, 42), `${token}A`, 'not-a-token', ' '.repeat(43)]) {
          const problem = await problemOf(await confirmReset(h, other, '5937'), 400, 'invalid_token');
          assert.equal(problem.reason, 'unknown', other);
        }
        const missing = await problemOf(await h.request('POST', '/pin-resets/confirm', { body: { newPin: '5937' } }), 400, 'validation_failed');
        assert.deepEqual(missing.errors, [{ path: 'token', code: 'required' }]);
        const huge = await problemOf(await confirmReset(h, 'A'.repeat(201), '5937'), 400, 'validation_failed');
        assert.deepEqual(huge.errors, [{ path: 'token', code: 'too_long' }]);

        assert.equal((await confirmReset(h, token, '5937')).status, 204, 'the real token still works');
        assert.equal((await h.login(ALVA.card, '5937')).status, 200);
      });

      it('refuses a weak new PIN, general or personal, and the link still works afterwards', async () => {
        const { token } = await askForLink(h, outbox, ALVA.card, ALVA.email);
        const cases: [string, string][] = [
          ['1234', 'pin_weak_common'],
          ['6789', 'pin_weak_sequence'],
          ['2580', 'pin_weak_keypad'],
          ['0322', 'pin_weak_birth_date'], // Alva was born on 22 March 1985
          ['8503', 'pin_weak_birth_date'],
          ['2385', 'pin_weak_personnummer'], // the last four of 19850322-2385
          ['12a4', 'pin_format'],
        ];
        for (const [pin, code] of cases) {
          const problem = await problemOf(await confirmReset(h, token, pin), 400, 'validation_failed');
          assert.deepEqual(problem.errors, [{ path: 'newPin', code }], pin);
        }
        const [row] = await h.services.db.selectFrom('pin_reset_tokens').selectAll().where('token_hash', '=', sha256(token)).execute();
        assert.equal(row?.used_at, null, 'a refused PIN does not use the link');
        assert.equal((await confirmReset(h, token, '7391')).status, 204);
        assert.equal((await h.login(ALVA.card, '7391')).status, 200);
      });

      it('refuses a link of a card that was blocked after it was sent, and leaves the link unused', async () => {
        const { token } = await askForLink(h, outbox, DAVID.card, DAVID.email);
        await h.services.db.updateTable('patrons').set({ card_state: 'blocked' }).where('id', '=', DAVID.id).execute();
        await problemOf(await confirmReset(h, token, '5937'), 403, 'card_blocked');
        const [row] = await h.services.db.selectFrom('pin_reset_tokens').selectAll().where('token_hash', '=', sha256(token)).execute();
        assert.equal(row?.used_at, null);
        assert.equal((await json(await h.login(DAVID.card, '4826'))).code, 'card_blocked', 'the PIN is still the one before');
      });
    });

    describe('rate limits', () => {
      const h = new Harness(databaseUrl);
      const outbox = new MemoryOutbox(1000);
      let client = 0;
      const from = () => ({ 'x-forwarded-for': `192.0.2.${++client}` }); // a new client each time
      before(() => h.start({ pinResetUrl: RESET_PAGE, trustProxy: 1, pinResetClientLimit: 5, resetTokenFailureLimit: 3 }, { mailer: outbox }));
      after(() => h.stop());

      it('allows three requests per identifier an hour, known or unknown alike, whichever client asks', async () => {
        const mark = outbox.messages().length;
        const answers: string[] = [];
        for (const identifier of [ALVA.card, UNKNOWN_CARD]) {
          for (let i = 0; i < 3; i++) assert.equal((await requestReset(h, identifier, { headers: from() })).status, 202, `${identifier} #${i + 1}`);
          const limited = await h.request('POST', '/pin-resets', { body: { identifier }, headers: from() });
          assert.equal(limited.headers.get('retry-after'), '3600');
          const problem = await problemOf(limited, 429, 'rate_limited');
          assert.equal(problem.retryAfter, 3600);
          answers.push(JSON.stringify(problem));
        }
        assert.equal(answers[0], answers[1], 'the same refusal for a known and an unknown identifier');
        await sleep(50);
        assert.deepEqual(mailsSince(outbox, mark).map((m) => m.to), [ALVA.email, ALVA.email, ALVA.email], 'three mails, not four');

        h.advance(30 * MINUTE);
        assert.equal((await h.request('POST', '/pin-resets', { body: { identifier: ALVA.card }, headers: from() })).headers.get('retry-after'), '1800');
        h.advance(30 * MINUTE);
        assert.equal((await requestReset(h, ALVA.card, { headers: from() })).status, 202, 'after the hour');
      });

      it('limits requests per client; malformed ones do not count', async () => {
        const client = { 'x-forwarded-for': '198.51.100.50, 10.0.0.1' };
        for (let i = 0; i < 3; i++) assert.equal((await h.request('POST', '/pin-resets', { body: { identifier: '123' }, headers: client })).status, 400);
        for (const identifier of NEW_ADULTS.slice(0, 5)) assert.equal((await requestReset(h, identifier, { headers: client })).status, 202, identifier);
        const limited = await h.request('POST', '/pin-resets', { body: { identifier: NEW_ADULTS[5] }, headers: client });
        assert.ok(Number(limited.headers.get('retry-after')) > 0);
        assert.equal((await problemOf(limited, 429, 'rate_limited')).retryAfter, 3600);
        assert.equal((await requestReset(h, NEW_ADULTS[5], { headers: { 'x-forwarded-for': '198.51.100.51' } })).status, 202, 'another client is not affected');
      });

      it('limits unusable tokens per client, then refuses even a good one from it', async () => {
        const { token } = await askForLink(h, outbox, CECILIA.card, CECILIA.email, { headers: from() });
        const client = { 'x-forwarded-for': '198.51.100.60' };
        for (let i = 0; i < 2; i++) assert.equal((await h.request('POST', '/pin-resets/confirm', { body: { newPin: '4826' }, headers: client })).status, 400);
        // Three altered tokens: the last character replaced by one it is not (a fixed digit would
        // sometimes be the real one, and the real token would then be used).
        const altered = ['A', 'B', 'C', 'D'].filter((c) => c !== token.at(-1)).slice(0, 3);
        for (const [i, c] of altered.entries()) {
          const problem = await problemOf(await confirmReset(h, `${token.slice(0, 42)}${c}`, '4826', client), 400, 'invalid_token');
          assert.equal(problem.reason, 'unknown', `bad token #${i + 1}: malformed requests before did not count`);
        }
        const limited = await confirmReset(h, token, '4826', client);
        assert.equal(limited.headers.get('retry-after'), '3600');
        assert.equal((await problemOf(limited, 429, 'rate_limited')).retryAfter, 3600);
        assert.equal((await h.login(CECILIA.card, CECILIA.pin)).status, 200, 'the PIN did not change');
        assert.equal((await confirmReset(h, token, '4826', { 'x-forwarded-for': '198.51.100.61' })).status, 204, 'another client may use it');
        assert.equal((await h.login(CECILIA.card, '4826')).status, 200);
      });
    });

    describe('where the link goes', () => {
      const h = new Harness(databaseUrl);
      const outbox = new MemoryOutbox(1000);
      const ALE_PAGE = 'https://www.ale.se/bibliotek/glomt-pin';
      before(() =>
        h.start(
          {
            publicUrl: 'http://localhost', // the origin '/glomt-pin' below is taken on
            pinResetUrl: RESET_PAGE,
            pinResetPages: { Ale: ALE_PAGE, Kungälv: 'https://bibliotek.kungalv.se/pin' },
            pinResetAllowedUrls: ['https://www.stenungsund.se/pin', 'https://bibliotek.tjorn.se/sidor/*', 'https://www.orust.se/pin*', '/glomt-pin'],
            pinResetIdentifierLimit: 1000,
            pinResetClientLimit: 1000,
          },
          { mailer: outbox },
        ),
      );
      after(() => h.stop());

      it("sends Alva to her municipality's page (Ale, of her library in Nödinge) and others to the default page", async () => {
        assert.equal((await askForLink(h, outbox, ALVA.card, ALVA.email)).page, ALE_PAGE);
        assert.equal((await askForLink(h, outbox, CECILIA.card, CECILIA.email)).page, RESET_PAGE, 'Stenungsund has no page of its own');
        assert.equal((await askForLink(h, outbox, DAVID.card, DAVID.email)).page, RESET_PAGE);
      });

      it('uses an allowed reset-url, without its query and fragment', async () => {
        const cases: [string, string][] = [
          ['https://www.stenungsund.se/pin?lang=sv#top', 'https://www.stenungsund.se/pin'],
          ['https://www.stenungsund.se/pin', 'https://www.stenungsund.se/pin'],
          ['https://bibliotek.tjorn.se/sidor/glomt-pin?x=1', 'https://bibliotek.tjorn.se/sidor/glomt-pin'],
          ['https://bibliotek.tjorn.se/sidor/a/b', 'https://bibliotek.tjorn.se/sidor/a/b'],
          ['https://www.orust.se/pin-kod?x=1#old', 'https://www.orust.se/pin-kod'],
          ['http://localhost/glomt-pin#token=old', 'http://localhost/glomt-pin'],
          ['/glomt-pin', 'http://localhost/glomt-pin'],
          [`${ALE_PAGE}?from=element`, ALE_PAGE], // a configured page is always allowed
          [RESET_PAGE, RESET_PAGE],
        ];
        for (const [resetUrl, page] of cases) {
          const warnings = count(h.log, 'reset_url_not_allowed');
          const found = await askForLink(h, outbox, CECILIA.card, CECILIA.email, { resetUrl });
          assert.equal(found.page, page, resetUrl);
          assert.equal(found.link, `${page}#token=${found.token}`, resetUrl);
          assert.equal(count(h.log, 'reset_url_not_allowed'), warnings, `no warning for ${resetUrl}`);
        }
        assert.equal((await askForLink(h, outbox, ALVA.card, ALVA.email, { resetUrl: 'https://www.stenungsund.se/pin' })).page, 'https://www.stenungsund.se/pin', 'the page asked for wins over the municipality');
      });

      it('ignores a reset-url that is not allowed: the link goes to the configured page, and a warning is logged', async () => {
        const refused = [
          'https://evil.example/x',
          'https://www.stenungsund.se/pin/other',
          'https://www.stenungsund.se/pi',
          'http://www.stenungsund.se/pin',
          'https://www.stenungsund.se:8443/pin',
          'https://www.stenungsund.se.evil.example/pin',
          'https://user:secret@www.stenungsund.se/pin',
          'https://bibliotek.tjorn.se/sidor',
          'https://bibliotek.tjorn.se/sidor/../admin',
          'https://bibliotek.tjorn.se.evil.example/sidor/x',
          'javascript:alert(1)',
          'data:text/html,<p>x</p>',
          '//evil.example/glomt-pin',
        ];
        for (const resetUrl of refused) {
          const warnings = count(h.log, '"outcome":"reset_url_not_allowed"');
          const found = await askForLink(h, outbox, CECILIA.card, CECILIA.email, { resetUrl });
          assert.equal(found.page, RESET_PAGE, resetUrl);
          assert.equal(count(h.log, '"outcome":"reset_url_not_allowed"'), warnings + 1, `a warning for ${resetUrl}`);
          assert.match(h.log.split('\n').filter((l) => l.includes('reset_url_not_allowed')).at(-1) ?? '', /"level":40/);
        }
        assert.equal((await askForLink(h, outbox, ALVA.card, ALVA.email, { resetUrl: 'https://evil.example/x' })).page, ALE_PAGE);
        assert.ok(!h.log.includes('evil.example'), 'the refused URL is not logged');
      });
    });

    describe('with no reset page configured', () => {
      const h = new Harness(databaseUrl);
      const outbox = new MemoryOutbox(1000);
      before(() => h.start({ pinResetUrl: undefined, pinResetPages: {}, pinResetAllowedUrls: [] }, { mailer: outbox }));
      after(() => h.stop());

      it('answers 202 as always, mails no link, issues no token, and warns in the log', async () => {
        const response = await requestReset(h, ALVA.card);
        assert.equal(response.status, 202);
        assert.deepEqual(await response.json(), { status: 'accepted' });
        const warning = h.log.split('\n').find((line) => line.includes('"outcome":"no_reset_page"'));
        assert.ok(warning, 'a warning');
        assert.match(warning, /"level":40/);
        assert.match(warning, /BIV_PIN_RESET_URL/);
        await sleep(50);
        assert.deepEqual(outbox.messages(), []);
        assert.deepEqual(await h.services.db.selectFrom('pin_reset_tokens').selectAll().execute(), []);
        assert.ok(!h.log.includes('"outcome":"sent"'));
      });
    });

    describe('with the reset page given as a path', () => {
      const h = new Harness(databaseUrl);
      const outbox = new MemoryOutbox(1000);
      before(() =>
        h.start(
          { publicUrl: 'https://bibliotek.example.se', pinResetUrl: '/glomt-pin.html', pinResetAllowedUrls: ['/*'], pinResetIdentifierLimit: 1000 },
          { mailer: outbox },
        ),
      );
      after(() => h.stop());

      it('takes the path on the configured public origin', async () => {
        assert.equal((await askForLink(h, outbox, ALVA.card, ALVA.email)).page, 'https://bibliotek.example.se/glomt-pin.html');
        assert.equal((await askForLink(h, outbox, ALVA.card, ALVA.email, { resetUrl: '/mina-sidor.html?x=1' })).page, 'https://bibliotek.example.se/mina-sidor.html');
      });

      // Reset link poisoning: were a path taken on the request's Host (or X-Forwarded-Host), whoever
      // asks for the link would choose the site Alva's token is sent to.
      it('does not let a forged Host or X-Forwarded-Host header choose where the link goes', async () => {
        const forged: Record<string, string>[] = [{}, { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }];
        for (const headers of forged) {
          const mark = outbox.messages().length;
          const finished = finishedCount(h);
          const response = await h.services.app.request('http://evil.example/api/v1/pin-resets', {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: JSON.stringify({ identifier: ALVA.card }),
          });
          assert.equal(response.status, 202);
          await until('the background work', () => finishedCount(h) > finished);
          const mails = mailsSince(outbox, mark);
          assert.equal(mails.length, 1);
          for (const mail of mails) {
            assert.ok(!mail.text.includes('evil.example'), linkIn(mail)?.[0]);
            assert.match(mail.text, /https:\/\/bibliotek\.example\.se\/glomt-pin\.html#token=/);
          }
        }
      });
    });

    describe('with a configured page addressed by a query', () => {
      const h = new Harness(databaseUrl);
      const outbox = new MemoryOutbox(1000);
      before(() => h.start({ pinResetUrl: 'https://www.lillaedet.se/index.php?page=glomt-pin' }, { mailer: outbox }));
      after(() => h.stop());

      it('keeps the query of the configured page', async () => {
        const found = await askForLink(h, outbox, ALVA.card, ALVA.email);
        assert.equal(found.page, 'https://www.lillaedet.se/index.php?page=glomt-pin');
      });
    });

    describe('with a path but no public origin', () => {
      const h = new Harness(databaseUrl);
      const outbox = new MemoryOutbox(1000);
      before(() => h.start({ pinResetUrl: '/glomt-pin.html', pinResetAllowedUrls: ['/*'] }, { mailer: outbox }));
      after(() => h.stop());

      it('sends no link, and says why at start and on the request', async () => {
        assert.match(h.log, /BIV_PUBLIC_URL is not set/);
        const finished = finishedCount(h);
        assert.equal((await h.request('POST', '/pin-resets', { body: { identifier: ALVA.card, resetUrl: 'http://localhost/glomt-pin.html' } })).status, 202);
        await until('the background work', () => finishedCount(h) > finished);
        await sleep(50);
        assert.deepEqual(outbox.messages(), []);
        assert.match(h.log, /"outcome":"no_reset_page"/);
      });
    });

    describe('changing the PIN while logged in', () => {
      const h = new Harness(databaseUrl);
      const outbox = new MemoryOutbox(1000);
      before(() => h.start({ pinResetUrl: RESET_PAGE }, { mailer: outbox }));
      after(() => h.stop());

      it('changes the PIN; this session goes on under a new id, her other sessions end, and she is told', async () => {
        const login = await h.login(ALVA.card, ALVA.pin);
        const mine = cookieOf(login);
        const expiresAt = ((await json(login)).session as { expiresAt: string }).expiresAt;
        const other = cookieOf(await h.login(ALVA.personnummer, ALVA.pin));
        const cecilia = cookieOf(await h.login(CECILIA.card, CECILIA.pin));
        const mark = outbox.messages().length;
        h.advance(60);
        const response = await changePin(h, mine, ALVA.pin, '4826', { origin: 'http://localhost' });
        assert.equal(response.status, 204);
        assert.equal(await response.text(), '');
        const renewed = cookieOf(response);
        assert.ok(renewed && renewed !== mine, 'a new session id in the cookie');
        assert.doesNotMatch(response.headers.get('set-cookie') ?? '', /Max-Age|Expires/i, 'a cookie that ends with the browser');
        assert.equal((await getSession(h, mine)).status, 401, 'the id from before the change is worth nothing');
        const goesOn = await getSession(h, renewed);
        assert.equal(goesOn.status, 200, 'this session goes on');
        assert.equal(((await json(goesOn)).session as { expiresAt: string }).expiresAt, expiresAt, 'with the same absolute end');
        assert.equal((await getSession(h, other)).status, 401, 'the other session of hers ended');
        assert.equal((await getSession(h, cecilia)).status, 200, "another patron's session is untouched");
        assert.equal((await h.login(ALVA.card, '4826')).status, 200);
        assert.equal((await h.login(ALVA.card, ALVA.pin)).status, 401);

        await sleep(20);
        const mails = mailsSince(outbox, mark);
        assert.deepEqual(mails.map((m) => [m.to, m.subject]), [[ALVA.email, 'Din PIN-kod har ändrats / Your PIN has been changed']]);
        assert.ok(!mails[0]?.text.includes('4826'));
      });

      it('takes the session as a Bearer token too, and answers such a page with the new token', async () => {
        const session = cookieOf(await h.login(ALVA.card, '4826'));
        const response = await h.request('PUT', '/me/pin', { body: { currentPin: '4826', newPin: '5937' }, headers: { authorization: `Bearer ${session}` } });
        assert.equal(response.status, 200);
        const { token } = (await json(response)) as { token: string };
        assert.match(token, /^[A-Za-z0-9_-]{43}$/);
        assert.equal(response.headers.get('set-cookie'), null, 'no cookie for a Bearer page');
        assert.equal((await h.request('GET', '/session', { headers: { authorization: `Bearer ${token}` } })).status, 200);
        assert.equal((await h.request('GET', '/session', { headers: { authorization: `Bearer ${session}` } })).status, 401);
        assert.equal((await h.login(ALVA.card, '5937')).status, 200);
      });

      it('refuses a wrong current PIN; the fifth locks the account, for this form and for logging in', async () => {
        const session = cookieOf(await h.login(DAVID.card, DAVID.pin));
        for (let i = 0; i < 4; i++) {
          const problem = await problemOf(await changePin(h, session, '1111', '5937'), 400, 'validation_failed');
          assert.deepEqual(problem.errors, [{ path: 'currentPin', code: 'current_pin_wrong' }], `attempt ${i + 1}`);
        }
        const fifth = await changePin(h, session, '1111', '5937');
        assert.equal(fifth.headers.get('retry-after'), '900');
        assert.equal((await problemOf(fifth, 429, 'account_locked')).retryAfter, 900);
        await problemOf(await changePin(h, session, DAVID.pin, '5937'), 429, 'account_locked');
        await problemOf(await h.login(DAVID.card, DAVID.pin), 429, 'account_locked');

        h.advance(15 * MINUTE);
        assert.equal((await h.login(DAVID.card, DAVID.pin)).status, 200, 'unlocked after 15 minutes, PIN unchanged');
        assert.equal((await h.login(DAVID.card, '5937')).status, 401);
      });

      it('counts wrong PINs of logins and of this form together', async () => {
        const session = cookieOf(await h.login(CECILIA.card, CECILIA.pin));
        for (let i = 0; i < 4; i++) assert.equal((await h.login(CECILIA.card, '0000')).status, 401);
        await problemOf(await changePin(h, session, '1111', '5937'), 429, 'account_locked');
      });

      it('refuses an unchanged or weak new PIN, which does not count toward the lockout', async () => {
        const session = cookieOf(await h.login(ELIN.card, ELIN.pin));
        const cases: [string, string, string, string][] = [
          [ELIN.pin, ELIN.pin, 'newPin', 'pin_unchanged'],
          [ELIN.pin, '1234', 'newPin', 'pin_weak_common'],
          [ELIN.pin, '6789', 'newPin', 'pin_weak_sequence'],
          [ELIN.pin, '0114', 'newPin', 'pin_weak_birth_date'], // Elin was born on 14 January 1955
          [ELIN.pin, '2284', 'newPin', 'pin_weak_personnummer'], // 19550114-2284
          [ELIN.pin, '58x1', 'newPin', 'pin_format'],
          ['57', '4826', 'currentPin', 'pin_format'],
        ];
        for (const [currentPin, newPin, path, code] of cases) {
          const problem = await problemOf(await changePin(h, session, currentPin, newPin), 400, 'validation_failed');
          assert.deepEqual(problem.errors, [{ path, code }], `${currentPin} → ${newPin}`);
        }
        assert.equal((await getSession(h, session)).status, 200);
        assert.equal((await changePin(h, session, ELIN.pin, '4826')).status, 204, 'not locked: seven refusals, none a wrong PIN');
      });

      it('needs a session', async () => {
        await problemOf(await h.request('PUT', '/me/pin', { body: { currentPin: ALVA.pin, newPin: '4826' } }), 401, 'unauthenticated');
        await problemOf(await changePin(h, 'A'.repeat(43), ALVA.pin, '4826'), 401, 'unauthenticated');
        const ended = cookieOf(await h.login(ALVA.card, '5937'));
        await h.request('DELETE', '/session', { headers: { cookie: `biv_session=${ended}` } });
        await problemOf(await changePin(h, ended, '5937', '4826'), 401, 'unauthenticated');
        assert.equal((await h.login(ALVA.card, '5937')).status, 200, 'the PIN did not change');
      });

      it('refuses requests from another site and bodies that are not JSON', async () => {
        const session = cookieOf(await h.login(ALVA.card, '5937'));
        await problemOf(await changePin(h, session, '5937', '4826', { origin: 'https://evil.example' }), 403, 'forbidden_origin');
        await problemOf(await changePin(h, session, '5937', '4826', { 'sec-fetch-site': 'cross-site' }), 403, 'forbidden_origin');
        const form = await h.request('PUT', '/me/pin', {
          raw: 'currentPin=5937&newPin=4826',
          headers: { cookie: `biv_session=${session}`, 'content-type': 'application/x-www-form-urlencoded' },
        });
        await problemOf(form, 415, 'unsupported_media_type');
        const reset = await h.request('POST', '/pin-resets', { body: { identifier: ALVA.card }, headers: { origin: 'https://evil.example' } });
        await problemOf(reset, 403, 'forbidden_origin');
        assert.equal((await h.login(ALVA.card, '5937')).status, 200, 'the PIN did not change');
      });

      it('never logs a PIN or a session id', async () => {
        assert.match(h.log, /"event":"pin_change","outcome":"changed"/);
        assert.match(h.log, /"event":"pin_change","outcome":"wrong_pin"/);
        const log = h.logWithoutTimes;
        for (const secret of ['1357', '4826', '5937', '4680', '5791', ALVA.card, DAVID.card, 'example.org']) assert.ok(!log.includes(secret), secret);
      });
    });
  });
}

describe('PIN reset configuration', () => {
  it('reads the public origin, the pages per municipality and the allowlist, and refuses nonsense', () => {
    const config = loadConfig({
      BIV_PUBLIC_URL: 'https://bibliotek.example.se/any/path?q=1',
      BIV_PIN_RESET_PAGES: 'Kungälv=https://www.kungalv.se/glomt-pin, Lilla Edet=/glomt-pin',
      BIV_PIN_RESET_ALLOWED_URLS: ' /* , https://www.orust.se/pin ',
    });
    assert.equal(config.publicUrl, 'https://bibliotek.example.se');
    assert.deepEqual(config.pinResetPages, { Kungälv: 'https://www.kungalv.se/glomt-pin', 'Lilla Edet': '/glomt-pin' });
    assert.deepEqual(config.pinResetAllowedUrls, ['/*', 'https://www.orust.se/pin']);
    assert.equal(config.pinResetMinutes, 30);
    assert.throws(() => loadConfig({ BIV_PUBLIC_URL: 'bibliotek.example.se' }), /BIV_PUBLIC_URL/);
    assert.throws(() => loadConfig({ BIV_PUBLIC_URL: 'ftp://bibliotek.example.se' }), /BIV_PUBLIC_URL/);
    assert.throws(() => loadConfig({ BIV_PIN_RESET_PAGES: 'https://www.kungalv.se/glomt-pin' }), /municipality=URL/);
  });
});
