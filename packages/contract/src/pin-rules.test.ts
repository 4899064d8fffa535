import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { COMMON_PINS, pinWeakness } from './pin-rules.js';

describe('pinWeakness', () => {
  it('refuses each kind of easy PIN with its reason', () => {
    const cases: [string, string | undefined, string][] = [
      ['1234', undefined, 'common'],
      ['6969', undefined, 'common'],
      ['3636', undefined, 'repeated'],
      ['4477', undefined, 'repeated'],
      ['2345', undefined, 'sequence'],
      ['7890', undefined, 'sequence'],
      ['8765', undefined, 'sequence'],
      ['2580', undefined, 'keypad'],
      ['0852', undefined, 'keypad'],
      ['1470', undefined, 'keypad'],
      ['3690', undefined, 'keypad'],
      ['1985', undefined, 'year'],
      ['2030', undefined, 'year'],
      ['0322', '19850322-2385', 'birth_date'], // MMDD
      ['2203', '19850322-2385', 'birth_date'], // DDMM
      ['8503', '19850322-2385', 'birth_date'], // YYMM
      ['2385', '19850322-2385', 'personnummer'],
      ['0228', '730288-9931', 'birth_date'], // samordningsnummer: the day without its 60
    ];
    for (const [pin, personnummer, reason] of cases) assert.equal(pinWeakness(pin, personnummer), reason, pin);
  });

  it('accepts ordinary PINs, and the personal ones for somebody else', () => {
    for (const pin of ['1357', '2468', '4680', '7391', '0322', '9318', '8503']) assert.equal(pinWeakness(pin, '19900101-2385'), null, pin);
    assert.equal(pinWeakness('0322'), null);
  });

  it('covers all 20 most common PINs and leaves the format to the format rule', () => {
    assert.equal(COMMON_PINS.length, 20);
    assert.ok(COMMON_PINS.every((pin) => pinWeakness(pin) !== null));
    assert.equal(pinWeakness('12a4'), null);
  });
});
