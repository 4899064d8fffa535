import { expect } from '@open-wc/testing';
import type { HistoryEntry } from '@biv/client';
import { csvDate, csvField, csvFileName, historyCsv } from './csv.js';
import { HistoryIndex, searchKey } from './history-index.js';

// Unit tests of the loan history's CSV builder and search index: pure functions, no server.

const entry = (over: Partial<HistoryEntry>): HistoryEntry => ({
  id: 'h1',
  recordId: 'r1',
  title: 'Mio, min Mio',
  author: 'Astrid Lindgren',
  format: 'book',
  libraryId: 'kungalv',
  loanDate: '2024-03-02T23:30:00.000Z', // 3 March in Sweden
  returnDate: '2024-03-24T10:00:00.000Z',
  ...over,
});

const header = { title: 'Titel', author: 'Författare', format: 'Medietyp', library: 'Bibliotek', loanDate: 'Lånad', returnDate: 'Återlämnad' };
const options = (separator: ';' | ',') => ({
  header,
  separator,
  formatName: (e: HistoryEntry) => (e.format === 'book' ? 'Bok' : 'Film'),
  libraryName: (e: HistoryEntry) => (e.libraryId === 'kungalv' ? 'Kungälvs stadsbibliotek' : e.libraryId),
});

describe('loan history CSV', () => {
  it('starts with a UTF-8 byte order mark and a header row, CRLF line ends, dates as YYYY-MM-DD in Swedish time', () => {
    const csv = historyCsv([entry({})], options(';'));
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(csv.slice(1)).to.equal(
      'Titel;Författare;Medietyp;Bibliotek;Lånad;Återlämnad\r\n' + 'Mio, min Mio;Astrid Lindgren;Bok;Kungälvs stadsbibliotek;2024-03-03;2024-03-24\r\n',
    );
    // The bytes a spreadsheet gets: the BOM encoded as EF BB BF, å ä ö as UTF-8.
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
  });

  it('quotes by RFC 4180: the separator, quotes (doubled), line breaks and edge spaces', () => {
    const csv = historyCsv([entry({ title: 'Ja, "nej"; kanske\nsnart', author: undefined })], options(','));
    const [, row] = csv.slice(1).split('\r\n');
    expect(row).to.equal('"Ja, ""nej""; kanske\nsnart",,Bok,Kungälvs stadsbibliotek,2024-03-03,2024-03-24');
    expect(csvField('a;b', ';')).to.equal('"a;b"');
    expect(csvField('a;b', ',')).to.equal('a;b');
    expect(csvField(' kant ', ',')).to.equal('" kant "');
    expect(csvField('vanlig', ',')).to.equal('vanlig');
  });

  it('keeps a cell that a spreadsheet would run as a formula as text (leading apostrophe)', () => {
    for (const [value, expected] of [
      ['=HYPERLINK("http://x.invalid","klicka")', `"'=HYPERLINK(""http://x.invalid"",""klicka"")"`],
      ['+46 31 00 00', "'+46 31 00 00"],
      ['-2+3', "'-2+3"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['\tflik', "'\tflik"],
      ['\rretur', `"'\rretur"`],
      ['Vanlig titel', 'Vanlig titel'],
      ['1984', '1984'],
    ]) {
      expect(csvField(value as string, ';'), value).to.equal(expected);
    }
    const csv = historyCsv([entry({ title: '=1+1', author: '@Någon' })], options(';'));
    expect(csv).to.contain("'=1+1;'@Någon;");
  });

  it('names the file after today in Swedish time, and leaves a bad date as it is', () => {
    expect(csvFileName(new Date('2026-12-01T23:30:00Z'))).to.equal('lanehistorik-2026-12-02.csv');
    expect(csvDate('inte ett datum')).to.equal('inte ett datum');
  });
});

describe('loan history search index', () => {
  const entries = [
    entry({ id: 'a', title: 'Öl och ost', author: 'Åsa Berg', returnDate: '2024-01-01T10:00:00Z' }),
    entry({ id: 'b', title: 'Olle och Ölandssommaren', author: 'Anna Ek', returnDate: '2024-02-01T10:00:00Z' }),
    entry({ id: 'c', title: 'Café Éclair', author: undefined, returnDate: '2024-03-01T10:00:00Z' }),
    entry({ id: 'd', title: 'Zebran', author: 'Bo Ärlig', returnDate: '2023-12-01T10:00:00Z' }),
    entry({ id: 'e', title: 'Ängeln', author: 'Cecilia Ødegaard', returnDate: '2024-04-01T10:00:00Z' }),
  ];
  const ids = (list: HistoryEntry[]) => list.map((e) => e.id);

  it('folds case and accents but keeps å, ä and ö letters of their own', () => {
    expect(searchKey('ÅSA Éclair ÖL Ärlig')).to.equal('åsa eclair öl ärlig');
    expect(searchKey('Ødegaard Æble')).to.equal('ödegaard äble');
    const index = new HistoryIndex(entries);
    expect(ids(index.matches('öl', 'newest'))).to.deep.equal(['b', 'a']);
    expect(ids(index.matches('ol', 'newest'))).to.deep.equal(['b']); // "Olle", not "Öl"
    expect(ids(index.matches('CAFE eclair', 'newest'))).to.deep.equal(['c']);
    expect(ids(index.matches('åsa', 'newest'))).to.deep.equal(['a']);
    expect(ids(index.matches('asa', 'newest'))).to.deep.equal([]);
    expect(ids(index.matches('ödegaard', 'newest'))).to.deep.equal(['e']);
    expect(ids(index.matches('  ', 'newest'))).to.deep.equal(['e', 'c', 'b', 'a', 'd']);
  });

  it('sorts by return date either way, and by title and author in Swedish order (no author last)', () => {
    const index = new HistoryIndex(entries);
    expect(ids(index.matches('', 'newest'))).to.deep.equal(['e', 'c', 'b', 'a', 'd']);
    expect(ids(index.matches('', 'oldest'))).to.deep.equal(['d', 'a', 'b', 'c', 'e']);
    // Z before Å, Ä, Ö in Swedish.
    expect(ids(index.matches('', 'title'))).to.deep.equal(['c', 'b', 'd', 'e', 'a']);
    expect(ids(index.matches('', 'author'))).to.deep.equal(['b', 'd', 'e', 'a', 'c']);
  });
});
