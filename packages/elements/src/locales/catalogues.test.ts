import { expect } from '@open-wc/testing';
import { LANGUAGES, type Translations } from '../shared/languages.js';
import type { Catalogue, Catalogues } from '../shared/localize.js';
import { blockCardButtonMessages } from '../block-card-button/block-card-button.messages.js';
import { changePinMessages } from '../change-pin/change-pin.messages.js';
import { getCardFormMessages } from '../get-card-form/get-card-form.messages.js';
import { loanHistoryMessages } from '../loan-history/loan-history.messages.js';
import { loginBoxMessages } from '../login-box/login-box.messages.js';
import { myLoansMessages } from '../my-loans/my-loans.messages.js';
import { myPagesMessages } from '../my-pages/my-pages.messages.js';
import { myProfileMessages } from '../my-profile/my-profile.messages.js';
import { myReservationsMessages } from '../my-reservations/my-reservations.messages.js';
import { pinResetMessages } from '../pin-reset/pin-reset.messages.js';
import { wishlistButtonMessages } from '../wishlist-button/wishlist-button.messages.js';
import { wishlistMessages } from '../wishlist/wishlist.messages.js';

/*
 * The check of every language file against the Swedish catalogues (npm test): a language offered
 * to pages lacks no key, no language has a key or a part Swedish does not, and the keys each
 * language still lacks are listed (in the test's browser log), per element, for its translator.
 */

/** Every element's catalogues; the list is checked against the language files' parts. */
const ELEMENTS: Catalogues<Catalogue>[] = [
  blockCardButtonMessages,
  changePinMessages,
  getCardFormMessages,
  loanHistoryMessages,
  loginBoxMessages,
  myLoansMessages,
  myPagesMessages,
  myProfileMessages,
  myReservationsMessages,
  pinResetMessages,
  wishlistButtonMessages,
  wishlistMessages,
];

/** What `file` lacks and has too many, per part. */
function compare(file: Translations): { missing: Record<string, string[]>; extra: string[] } {
  const missing: Record<string, string[]> = {};
  const extra: string[] = [];
  for (const { part, sv } of ELEMENTS) {
    const translated = file[part] as Record<string, unknown> | undefined;
    if (!translated) {
      extra.push(`missing part ${part}`);
      continue;
    }
    const lacks = Object.keys(sv).filter((key) => !(key in translated));
    if (lacks.length) missing[part] = lacks;
    for (const key of Object.keys(translated)) if (!(key in sv)) extra.push(`${part}.${key}`);
    for (const [key, text] of Object.entries(translated)) if (typeof text !== typeof sv[key] && key in sv) extra.push(`${part}.${key} is a ${typeof text}, Swedish has a ${typeof sv[key]}`);
  }
  for (const part of Object.keys(file)) if (!ELEMENTS.some((e) => e.part === part)) extra.push(`part ${part} of no element`);
  return { missing, extra };
}

describe('language catalogues', () => {
  it('list every element once, under its own part name', () => {
    expect(new Set(ELEMENTS.map((e) => e.part)).size).to.equal(ELEMENTS.length);
  });

  for (const [code, language] of Object.entries(LANGUAGES)) {
    if (!('load' in language)) continue;
    const incomplete = 'incomplete' in language;
    it(`${code}: ${incomplete ? 'lists the keys still missing, and has none Swedish lacks' : 'is complete, with no key Swedish lacks'}`, async () => {
      const { missing, extra } = compare(await language.load());
      expect(extra, `${code}: keys or parts Swedish does not have`).to.deep.equal([]);
      const count = Object.values(missing).reduce((n, keys) => n + keys.length, 0);
      if (incomplete) {
        // Each key once: most are in several elements' parts (the problems, the form words).
        const keys = [...new Set(Object.values(missing).flat())].sort();
        console.log(`${code} (incomplete): ${count} keys missing in ${Object.keys(missing).length} parts; ${keys.length} distinct: ${keys.join(', ')}`);
      } else {
        expect(missing, `${code}: missing keys`).to.deep.equal({});
      }
    });
  }

  it('finds a missing key, a key too many and a part of no element', () => {
    const [first] = ELEMENTS;
    const [lacking, ...kept] = Object.keys(first!.sv);
    const part = { ...Object.fromEntries(kept.map((key) => [key, first!.sv[key]])), extraKey: 'x' };
    const { missing, extra } = compare({ [first!.part]: part, strayPart: {} });
    expect(missing[first!.part]).to.deep.equal([lacking]);
    expect(extra).to.include.members([`${first!.part}.extraKey`, 'part strayPart of no element']);
    expect(Object.keys(missing)).to.have.length(1);
  });
});
