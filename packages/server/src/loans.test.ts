import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LoansResponse, RenewalResult, RenewalsResponse, Reservation, ReservationsResponse } from '@biv/contract';
import { endOfSwedishDay } from './days.js';
import { Harness, START, cookieOf, json, ownPostgresDatabase } from './test-harness.js';

const ALVA = { card: '1000000001', pin: '1357' };
const DAVID = { card: '1000000004', pin: '4680' };
const HUGO = { card: '1000000007', pin: '7913' };
const ELIN = { card: '19550114-2284', pin: '5791' };

const pgUrl = await ownPostgresDatabase(process.env.BIV_TEST_DATABASE_URL, 'loans');
const databases: [string, string | undefined][] = [['SQLite', undefined], ['PostgreSQL', pgUrl]];

for (const [label, databaseUrl] of databases) {
  describe(`loans and reservations on ${label}`, { skip: label === 'PostgreSQL' && !pgUrl && 'set BIV_TEST_DATABASE_URL to run against PostgreSQL' }, () => {
    const h = new Harness(databaseUrl);
    let alva = '';
    let david = '';
    before(async () => {
      await h.start();
      alva = cookieOf(await h.login(ALVA.card, ALVA.pin)) ?? '';
      david = cookieOf(await h.login(DAVID.card, DAVID.pin)) ?? '';
    });
    after(() => h.stop());

    const as = h.as.bind(h);
    const loans = async (cookie = alva) => LoansResponse.parse(await json(await as(cookie, 'GET', '/me/loans'))).loans;
    const loan = async (title: string) => {
      const found = (await loans()).find((l) => l.title === title);
      assert.ok(found, title);
      return found;
    };

    it('lists Alva’s loans in every state, by due date', async () => {
      const list = await loans();
      assert.deepEqual(
        list.map((l) => [l.title, l.renewable, l.reason ?? null, l.renewalsUsed, l.renewalsLeft]),
        [
          ['Röda rummet', false, 'overdue_limit', 1, 2],
          ['Pippi Långstrump', true, null, 0, 3],
          ['Män som hatar kvinnor', true, null, 0, 3],
          ['Nils Holgerssons underbara resa genom Sverige', false, 'reserved', 1, 2],
          ['Utvandrarna', false, 'renewal_limit', 3, 0],
          ['Det sjunde inseglet', true, null, 0, 3],
          ['Gold', true, null, 2, 1],
        ],
      );
      const pippi = list[1];
      assert.equal(pippi?.dueDate, endOfSwedishDay(START, -5));
      assert.equal(pippi?.author, 'Astrid Lindgren');
      assert.equal(pippi?.libraryId, 'nodinge');
      assert.equal(list.find((l) => l.title === 'Gold')?.format, 'music');
    });

    it('renews one loan to 28 days from today, once, even when asked again', async () => {
      const pippi = await loan('Pippi Långstrump');
      const first = RenewalResult.parse(await json(await as(alva, 'POST', `/me/loans/${pippi.id}/renewal`)));
      assert.deepEqual(first, { id: pippi.id, renewed: true, dueDate: endOfSwedishDay(START, 28), renewalsUsed: 1, renewalsLeft: 2 });
      const again = RenewalResult.parse(await json(await as(alva, 'POST', `/me/loans/${pippi.id}/renewal`)));
      assert.deepEqual(again, first, 'renewed today already: nothing changes');
      assert.equal((await loan('Pippi Långstrump')).renewalsUsed, 1);
    });

    it('gives the reason when a loan cannot be renewed', async () => {
      const utvandrarna = await loan('Utvandrarna');
      const result = await json(await as(alva, 'POST', `/me/loans/${utvandrarna.id}/renewal`));
      assert.deepEqual(result, { id: utvandrarna.id, renewed: false, dueDate: utvandrarna.dueDate, renewalsUsed: 3, renewalsLeft: 0, reason: 'renewal_limit' });
    });

    it('replays the answer for a repeated Idempotency-Key, even on another day', async () => {
      const gold = await loan('Gold');
      const key = { 'idempotency-key': 'k'.repeat(32) };
      const first = await as(alva, 'POST', `/me/loans/${gold.id}/renewal`, undefined, key);
      const firstBody = await json(first);
      assert.equal(firstBody.renewed, true);
      h.advance(86400); // a retry after midnight would otherwise renew again (from a new session: keys are per patron)
      const later = cookieOf(await h.login(ALVA.card, ALVA.pin)) ?? '';
      const retry = await as(later, 'POST', `/me/loans/${gold.id}/renewal`, undefined, key);
      assert.equal(retry.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await json(retry), firstBody);
      assert.equal((await loans(later)).find((l) => l.title === 'Gold')?.renewalsUsed, 3, 'renewed once');
      h.advance(-86400);
      const malformed = await as(alva, 'POST', `/me/loans/${gold.id}/renewal`, undefined, { 'idempotency-key': 'short' });
      assert.equal(malformed.status, 400);
      assert.deepEqual((await json(malformed)).errors, [{ path: 'Idempotency-Key', code: 'idempotency_key_format' }]);
      const reused = await as(alva, 'POST', '/me/loans/renewals', {}, key);
      assert.deepEqual((await json(reused)).errors, [{ path: 'Idempotency-Key', code: 'idempotency_key_reused' }]);
    });

    it('renews all: one outcome per loan, with reasons', async () => {
      const response = await as(alva, 'POST', '/me/loans/renewals', {}, { 'idempotency-key': 'all-'.repeat(5) });
      const { results } = RenewalsResponse.parse(await json(response));
      const byTitle = new Map((await loans()).map((l) => [l.id, l.title]));
      assert.deepEqual(
        results.map((r) => [byTitle.get(r.id), r.renewed, r.reason ?? null]).sort(),
        [
          ['Det sjunde inseglet', true, null],
          ['Gold', true, null], // renewed earlier today (its last renewal): the same answer, nothing counted
          ['Män som hatar kvinnor', true, null],
          ['Nils Holgerssons underbara resa genom Sverige', false, 'reserved'],
          ['Pippi Långstrump', true, null],
          ['Röda rummet', false, 'overdue_limit'],
          ['Utvandrarna', false, 'renewal_limit'],
        ],
      );
      assert.equal((await loan('Pippi Långstrump')).renewalsUsed, 1, 'renewed today already: not counted twice');
      const chosen = RenewalsResponse.parse(await json(await as(alva, 'POST', '/me/loans/renewals', { ids: ['loan-doktor-glas', 'nope'] }))).results;
      assert.deepEqual(chosen, [
        { id: 'loan-doktor-glas', renewed: false, reason: 'not_found' },
        { id: 'nope', renewed: false, reason: 'not_found' },
      ]);
    });

    it('another patron’s loan or reservation is a 404, and changes nothing', async () => {
      const davids = await loans(david);
      assert.equal(davids.length, 2);
      const [glas] = davids;
      assert.ok(glas);
      assert.equal((await as(alva, 'POST', `/me/loans/${glas.id}/renewal`)).status, 404);
      assert.equal((await as(alva, 'DELETE', '/me/reservations/res-mio-david')).status, 404);
      assert.equal((await as(alva, 'PATCH', '/me/reservations/res-mio-david', { pickupLibraryId: 'kungalv' })).status, 404);
      assert.equal((await loans(david))[0]?.renewalsUsed, 0);
    });

    it('lists reservations: ready first, then by queue position', async () => {
      const { reservations } = ReservationsResponse.parse(await json(await as(alva, 'GET', '/me/reservations')));
      assert.deepEqual(
        reservations.map((r) => [r.title, r.readyForPickup, r.queuePosition ?? null, r.pickupLibraryId]),
        [
          ['Hundraåringen som klev ut genom fönstret och försvann', true, null, 'nodinge'],
          ['Sagan om ringen', false, 1, 'nodinge'],
          ['Mio, min Mio', false, 3, 'kungalv'],
        ],
      );
      assert.equal(reservations[0]?.pickupBy, endOfSwedishDay(START, 5));
    });

    it('changes the pickup library of a waiting reservation, not of a ready one, and only to a real library', async () => {
      const changed = Reservation.parse(await json(await as(alva, 'PATCH', '/me/reservations/res-mio', { pickupLibraryId: 'stenungsund' })));
      assert.equal(changed.pickupLibraryId, 'stenungsund');
      assert.equal(changed.queuePosition, 3);
      const ready = await as(alva, 'PATCH', '/me/reservations/res-hundraaringen', { pickupLibraryId: 'kungalv' });
      assert.equal(ready.status, 409);
      assert.equal((await json(ready)).code, 'reservation_ready');
      const unknown = await as(alva, 'PATCH', '/me/reservations/res-mio', { pickupLibraryId: 'atlantis' });
      assert.deepEqual((await json(unknown)).errors, [{ path: 'pickupLibraryId', code: 'unknown_library' }]);
    });

    it('cancels a reservation, and the queue behind moves up', async () => {
      const before = ReservationsResponse.parse(await json(await as(david, 'GET', '/me/reservations'))).reservations;
      assert.equal(before.find((r) => r.id === 'res-mio-david')?.queuePosition, 2);
      assert.equal((await as(alva, 'DELETE', '/me/reservations/res-sagan-om-ringen')).status, 204);
      assert.equal((await as(alva, 'DELETE', '/me/reservations/res-sagan-om-ringen')).status, 404);
      const remaining = ReservationsResponse.parse(await json(await as(alva, 'GET', '/me/reservations'))).reservations;
      assert.deepEqual(remaining.map((r) => r.id), ['res-hundraaringen', 'res-mio']);
    });

    it('a temporary account cannot renew, and sees why', async () => {
      const elin = cookieOf(await h.login(ELIN.card, ELIN.pin)) ?? '';
      assert.deepEqual(await loans(elin), []);
      assert.equal(ReservationsResponse.parse(await json(await as(elin, 'GET', '/me/reservations'))).reservations.length, 1);
    });

    it('two identical requests at once renew once: the other gets the same answer or 409', async () => {
      const [glas] = await loans(david);
      assert.ok(glas);
      const key = { 'idempotency-key': 'double-click-0001' };
      const answers = await Promise.all([1, 2].map(async () => as(david, 'POST', `/me/loans/${glas.id}/renewal`, undefined, key)));
      const statuses = answers.map((r) => r.status).sort();
      assert.ok(JSON.stringify(statuses) === '[200,200]' || JSON.stringify(statuses) === '[200,409]', String(statuses));
      assert.equal((await loans(david)).find((l) => l.id === glas.id)?.renewalsUsed, 1);
    });

    it('lists 300 loans', async () => {
      const hugo = cookieOf(await h.login(HUGO.card, HUGO.pin)) ?? '';
      const list = await loans(hugo);
      assert.equal(list.length, 300);
      assert.ok(list.every((l, i) => i === 0 || (list[i - 1]?.dueDate ?? '') <= l.dueDate), 'by due date');
    });

    it('needs a session, and knows its routes', async () => {
      assert.equal((await h.request('GET', '/me/loans')).status, 401);
      assert.equal((await h.request('POST', '/me/loans/x/renewal')).status, 401);
      assert.equal((await as(alva, 'GET', '/me/loans/x/renewal')).status, 405);
      const doc = await json(await h.request('GET', '/openapi.json'));
      for (const path of ['/me/loans', '/me/loans/{id}/renewal', '/me/loans/renewals', '/me/reservations', '/me/reservations/{id}']) {
        assert.ok(path in (doc.paths as object), path);
      }
      for (const secret of ['Pippi', 'Mio', 'loan-pippi']) assert.ok(!h.logWithoutTimes.includes(secret), `the log has no ${secret}`);
    });
  });
}
