import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ageOn, registrationAge, swedishDate } from './age.js';
import { luhnCheckDigit } from './personnummer.js';

/** A valid personnummer (YYYYMMDD-NNNC) for a birth date, serial 238. */
const born = (date: string) => {
  const ten = `${date.slice(2)}238`;
  return `${date}-238${luhnCheckDigit(ten)}`;
};

describe('age rules', () => {
  it('counts whole years, 29 February babies a year older on 1 March', () => {
    assert.equal(ageOn('2008-11-30', '2026-11-29'), 17);
    assert.equal(ageOn('2008-11-29', '2026-11-29'), 18);
    assert.equal(ageOn('2008-02-29', '2026-02-28'), 17);
    assert.equal(ageOn('2008-02-29', '2026-03-01'), 18);
  });

  it("takes today's date in Sweden, not UTC", () => {
    assert.equal(swedishDate(new Date('2026-11-28T23:30:00Z')), '2026-11-29'); // 00:30 in Stockholm
    assert.equal(swedishDate(new Date('2026-06-30T22:30:00Z')), '2026-07-01'); // summer time
  });

  it('lets adults register and sends under-18s and unknown birth dates to a library', () => {
    const lateEvening = new Date('2026-11-28T23:30:00Z'); // already 29 November in Sweden
    assert.deepEqual(registrationAge(born('20081129'), lateEvening), { ok: true });
    assert.deepEqual(registrationAge(born('20081130'), lateEvening), { ok: false, reason: 'under_18' });
    assert.deepEqual(registrationAge('19850322-2385', lateEvening), { ok: true });
    const unknownDay = `900100-001${luhnCheckDigit('900160001')}`.replace('900100', '900160');
    assert.deepEqual(registrationAge(unknownDay, lateEvening), { ok: false, reason: 'birth_date_unknown' });
  });
});
