import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { luhnCheckDigit, parsePersonnummer } from './personnummer.js';

const NOW = new Date('2026-11-29T12:00:00Z');
const testdata = fileURLToPath(new URL('../../../../shared/testdata/personnummer/', import.meta.url));
const haveTestdata = existsSync(testdata);
const load = <T>(name: string): T => JSON.parse(readFileSync(testdata + name, 'utf8')) as T;

describe('parsePersonnummer', () => {
  it('normalises every usual written form to 12 digits', () => {
    for (const input of ['19850322-2385', '850322-2385', '8503222385', '198503222385', ' 850322-2385 ']) {
      const result = parsePersonnummer(input, NOW);
      assert.deepEqual(result, { ok: true, personnummer: '198503222385', birthDate: '1985-03-22', coordination: false }, input);
    }
  });

  it('chooses the century that puts the birth date in the past, and one further back with +', () => {
    const cases: [string, string][] = [
      ['0004059937', '2000-04-05'],
      ['000405-9937', '2000-04-05'],
      ['000405+9937', '1900-04-05'],
      ['090121+9931', '1909-01-21'],
    ];
    for (const [input, birthDate] of cases) {
      const result = parsePersonnummer(input, NOW);
      assert.ok(result.ok, input);
      assert.equal(result.birthDate, birthDate, input);
    }
  });

  it('names the reason for each failure', () => {
    const cases: [string, string][] = [
      ['', 'format'],
      ['abc', 'format'],
      ['850322 2385', 'format'],
      ['850322--2385', 'format'],
      ['19850230-2385', 'date'], // 30 February
      ['19851322-2385', 'date'], // month 13
      ['20301224-1234', 'date'], // in the future
      ['19850300-2385', 'date'], // day 00 is only for samordningsnummer
      ['20150916-0006', 'serial'],
      ['19850322-2386', 'checksum'],
    ];
    for (const [input, reason] of cases) assert.deepEqual(parsePersonnummer(input, NOW), { ok: false, reason }, input);
  });

  it('accepts samordningsnummer, with the birth date unknown when the day or month is 00', () => {
    const coordination = parsePersonnummer('730288-9931', NOW);
    assert.deepEqual(coordination, { ok: true, personnummer: '197302889931', birthDate: '1973-02-28', coordination: true });
    const serial = '0010061'; // any serial: compute a valid check digit for an unknown day
    const tenDigits = `9001${'60'}${serial.slice(0, 3)}`;
    const unknownDay = parsePersonnummer(`${tenDigits.slice(0, 6)}-${tenDigits.slice(6)}${luhnCheckDigit(tenDigits)}`, NOW);
    assert.ok(unknownDay.ok);
    assert.equal(unknownDay.birthDate, null);
    assert.equal(unknownDay.coordination, true);
  });

  it('computes the Luhn check digit', () => {
    assert.equal(luhnCheckDigit('850322238'), 5);
    assert.equal(luhnCheckDigit('771020931'), 8);
  });

  it("accepts every one of Skatteverket's test personnummer and samordningsnummer", { skip: !haveTestdata && 'no ../shared testdata' }, () => {
    for (const file of ['allPins.json', 'allCoords.json']) {
      const numbers = load<number[]>(file);
      assert.ok(numbers.length > 2000);
      const refused = numbers.map(String).filter((n) => !parsePersonnummer(n, NOW).ok);
      assert.deepEqual(refused, [], file);
    }
  });

  it('agrees with the published valid and invalid forms', { skip: !haveTestdata && 'no ../shared testdata' }, () => {
    type Entry = { long_format: string; short_format: string; separated_format: string; separated_long: string; valid: boolean };
    for (const entry of load<Entry[]>('list.json')) {
      for (const form of [entry.long_format, entry.short_format, entry.separated_format, entry.separated_long]) {
        assert.equal(parsePersonnummer(form, NOW).ok, entry.valid, form);
      }
    }
  });
});
