import { expect } from '@open-wc/testing';
import { daysFromToday, formatDay, formatsOf, relativeDays, swedishDayNumber } from './dates.js';

describe('shared/dates', () => {
  it('counts days in Swedish time', () => {
    expect(swedishDayNumber(new Date('1970-01-01T12:00:00Z'))).to.equal(0);
    // 23:30 UTC on 31 December is already 1 January in Sweden (CET, UTC+1).
    expect(swedishDayNumber(new Date('2026-12-31T23:30:00Z'))).to.equal(swedishDayNumber(new Date('2027-01-01T10:00:00Z')));
    // Summer time (CEST, UTC+2): 22:30 UTC on 30 June is 1 July in Sweden.
    expect(swedishDayNumber(new Date('2026-06-30T22:30:00Z')) - swedishDayNumber(new Date('2026-06-30T12:00:00Z'))).to.equal(1);
    expect(Number.isNaN(swedishDayNumber(new Date('no date')))).to.equal(true);
  });

  it('counts the days from today', () => {
    const now = new Date('2026-12-02T10:00:00Z');
    expect(daysFromToday('2026-12-04T08:00:00Z', now)).to.equal(2);
    expect(daysFromToday('2026-11-27T23:59:00Z', now)).to.equal(-4);
    expect(daysFromToday('2026-12-02T22:59:00Z', now)).to.equal(0);
    expect(daysFromToday('2026-12-02T23:00:00Z', now)).to.equal(1);
    expect(Number.isNaN(daysFromToday('bogus', now))).to.equal(true);
  });

  it('puts coming days into words, alike in both languages', () => {
    expect([0, 1, 2, 5].map((days) => relativeDays('sv', days))).to.deep.equal(['i dag', 'i morgon', 'om 2 dagar', 'om 5 dagar']);
    expect([0, 1, 2, 5].map((days) => relativeDays('en', days))).to.deep.equal(['today', 'tomorrow', 'in 2 days', 'in 5 days']);
    expect(relativeDays('sv', -1)).to.equal('');
    expect(relativeDays('sv', Number.NaN)).to.equal('');
  });

  it('formats a day in Swedish time, and keeps what is no date', () => {
    expect(formatDay('sv', '2026-12-31T23:30:00Z')).to.equal('1 januari 2027');
    expect(formatDay('en', '2026-12-04T10:00:00Z')).to.equal('4 December 2026');
    expect(formatDay('sv', 'snart')).to.equal('snart');
  });

  it('makes the formatters once per locale', () => {
    expect(formatsOf('sv')).to.equal(formatsOf('sv'));
    expect(formatsOf('en')).to.not.equal(formatsOf('sv'));
    expect(formatsOf('sv').number.format(1000)).to.equal('1\u00a0000');
  });
});
