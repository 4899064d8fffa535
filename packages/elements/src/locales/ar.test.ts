import { expect, fixture, html } from '@open-wc/testing';
import { myLoans, wishlistButton } from './ar.js';

/** The left and right edges of the first `part` in `el`'s text, as laid out. */
function edges(el: HTMLElement, part: string): { left: number; right: number } {
  const node = el.firstChild as Text;
  const start = node.data.indexOf(part);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + part.length);
  const { left, right } = range.getBoundingClientRect();
  return { left, right };
}

describe('the Arabic words', () => {
  it('keep a Latin title’s own punctuation at its end inside a right-to-left sentence (isolated)', async () => {
    const title = 'Vem är rädd för vargen?';
    const line = async (text: string) => {
      const p = await fixture<HTMLParagraphElement>(html`<p dir="rtl" lang="ar" style="white-space: nowrap; font-size: 20px"></p>`);
      p.textContent = text;
      return p;
    };
    const isolated = await line(wishlistButton.added(title));
    // The question mark stays right of "vargen", where the left-to-right title ends.
    expect(edges(isolated, '?').left).to.be.at.least(edges(isolated, 'vargen').right - 1);
    // Without the isolation the bidi algorithm moves it to the left of the title: what the check catches.
    const bare = await line(`تم حفظ «${title}» في قائمة الرغبات.`);
    expect(edges(bare, '?').right).to.be.at.most(edges(bare, 'Vem').left + 1);
  });

  it('use Arabic plural forms: one, two, few (3–10), many (11–99), other (100…)', () => {
    const count = (n: number) => myLoans.count(n, String(n));
    expect([0, 1, 2, 3, 10, 11, 99, 100].map(count)).to.deep.equal([
      '0 إعارة',
      'إعارة واحدة',
      'إعارتان',
      '3 إعارات',
      '10 إعارات',
      '11 إعارة',
      '99 إعارة',
      '100 إعارة',
    ]);
    expect(myLoans.overdueBy(2, '2')).to.equal('متأخرة يومين');
    expect(myLoans.overdueBy(15, '15')).to.equal('متأخرة 15 يومًا');
  });
});
