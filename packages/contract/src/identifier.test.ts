import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseIdentifier } from './identifier.js';

const NOW = new Date('2026-11-29T12:00:00Z');

describe('parseIdentifier', () => {
  it('reads a card number', () => {
    assert.deepEqual(parseIdentifier('1000000001', undefined, NOW), { ok: true, cardNumber: '1000000001' });
  });

  it('reads a personnummer in any usual form', () => {
    for (const input of ['19850322-2385', '850322-2385', '198503222385']) {
      const result = parseIdentifier(input, undefined, NOW);
      assert.ok(result.ok && result.personnummer?.personnummer === '198503222385', input);
    }
  });

  it('returns both readings for ten digits that are also a valid personnummer', () => {
    const result = parseIdentifier('8503222385', undefined, NOW);
    assert.ok(result.ok);
    assert.equal(result.cardNumber, '8503222385');
    assert.equal(result.personnummer?.personnummer, '198503222385');
  });

  it('honours a stricter card number pattern', () => {
    assert.deepEqual(parseIdentifier('123456', /^\d{10}$/, NOW), { ok: false, reason: 'identifier_format' });
  });

  it('gives the precise reason when the input is written like a personnummer', () => {
    const cases: [string, string][] = [
      ['', 'required'],
      ['   ', 'required'],
      ['hello', 'identifier_format'],
      ['12', 'identifier_format'],
      ['850399-2385', 'personnummer_date'],
      ['19850322-2386', 'personnummer_checksum'],
      ['198503222386', 'personnummer_checksum'],
      ['150916-0006', 'personnummer_serial'],
    ];
    for (const [input, reason] of cases) assert.deepEqual(parseIdentifier(input, undefined, NOW), { ok: false, reason }, input);
  });
});
