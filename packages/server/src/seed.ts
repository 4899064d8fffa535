import type { Db } from './db/database.js';
import { DEMO_LIBRARIES } from './demo-libraries.js';
import { endOfSwedishDay } from './days.js';
import { DEFAULT_LOAN_RULES, LocalIls } from './ils/local.js';
import { hashPin } from './pin-hash.js';

export { DEMO_LIBRARIES };

const DAY = 24 * 3600 * 1000;


/**
 * Demo patrons. Personnummer are Skatteverket's published test numbers, never assigned to real
 * people. Tests rely on these exactly (README.md lists them).
 */
export const DEMO_PATRONS = [
  { name: 'Alva Andersson', card: '1000000001', personnummer: '198503222385', pin: '1357', state: 'active', email: 'alva.andersson@example.org', library: 'nodinge' },
  { name: 'Bertil Berg', card: '1000000002', personnummer: '197710209318', pin: '2468', state: 'blocked', email: 'bertil.berg@example.org', library: 'kungalv' },
  { name: 'Cecilia Carlsson', card: '1000000003', personnummer: '199001012385', pin: '3579', state: 'active', email: 'cecilia.carlsson@example.org', library: 'stenungsund' },
  { name: 'David Dahl', card: '1000000004', personnummer: '196801029288', pin: '4680', state: 'active', email: 'david.dahl@example.org', library: 'skarhamn' },
  { name: 'Elin Ek', card: '1000000005', personnummer: '195501142284', pin: '5791', state: 'temporary', validDays: 7, email: 'elin.ek@example.org', library: 'henan' },
  { name: 'Filip Falk', card: '1000000006', personnummer: '200101012391', pin: '6802', state: 'temporary', validDays: -1, email: 'filip.falk@example.org', library: 'ockero' },
  { name: 'Hugo Holm', card: '1000000007', personnummer: '198101012386', pin: '7913', state: 'active', email: 'hugo.holm@example.org', library: 'stenungsund' },
  // Blocking a card (issue 6): the browser tests block Ingrid's and Karin's cards and give Jonas
  // wrong PINs; the end-to-end tests use Alva on their own server.
  { name: 'Ingrid Isaksson', card: '1000000008', personnummer: '196101182803', pin: '8024', state: 'active', email: 'ingrid.isaksson@example.org', library: 'ytterby' },
  { name: 'Jonas Jansson', card: '1000000009', personnummer: '196101122650', pin: '9135', state: 'active', email: 'jonas.jansson@example.org', library: 'alvangen' },
  { name: 'Karin Kvist', card: '1000000010', personnummer: '196102083141', pin: '1246', state: 'active', email: 'karin.kvist@example.org', library: 'lilla-edet' },
  // Loan history (issue 14): Lisa has kept hers for 15 years, 5,000 returned loans (the long history).
  { name: 'Lisa Lindqvist', card: '1000000011', personnummer: '197901022389', pin: '2357', state: 'active', email: 'lisa.lindqvist@example.org', library: 'kungalv' },
] as const;

const patronId = (card: string) => `demo-${card}`;

type Format = 'book' | 'audiobook' | 'ebook' | 'film' | 'music' | 'magazine' | 'game' | 'other';
/** Demo items: [id, title, author, format]. */
const ITEMS: [string, string, string | null, Format][] = [
  ['pippi', 'Pippi Långstrump', 'Astrid Lindgren', 'book'],
  ['roda-rummet', 'Röda rummet', 'August Strindberg', 'book'],
  ['man-som-hatar', 'Män som hatar kvinnor', 'Stieg Larsson', 'audiobook'],
  ['nils-holgersson', 'Nils Holgerssons underbara resa genom Sverige', 'Selma Lagerlöf', 'book'],
  ['utvandrarna', 'Utvandrarna', 'Vilhelm Moberg', 'book'],
  ['sjunde-inseglet', 'Det sjunde inseglet', 'Ingmar Bergman', 'film'],
  ['abba-gold', 'Gold', 'ABBA', 'music'],
  ['hundraaringen', 'Hundraåringen som klev ut genom fönstret och försvann', 'Jonas Jonasson', 'book'],
  ['sagan-om-ringen', 'Sagan om ringen', 'J.R.R. Tolkien', 'book'],
  ['mio', 'Mio, min Mio', 'Astrid Lindgren', 'book'],
  ['lejonhjarta', 'Bröderna Lejonhjärta', 'Astrid Lindgren', 'book'],
  ['doktor-glas', 'Doktor Glas', 'Hjalmar Söderberg', 'book'],
  ['gosta-berling', 'Gösta Berlings saga', 'Selma Lagerlöf', 'ebook'],
];

/**
 * Catalogue records nobody has on loan, for the wishlist (minneslista): Alva has saved the first
 * three (newest last here); the others are free for the demo pages' "Spara" buttons. Listed in
 * test/fixtures.ts too (WISHLIST_RECORDS).
 */
const WISHLIST_ITEMS: [string, string, string | null, Format][] = [
  ['aniara', 'Aniara', 'Harry Martinson', 'book'],
  ['kallocain', 'Kallocain', 'Karin Boye', 'book'],
  ['trollvinter', 'Trollvinter', 'Tove Jansson', 'book'],
  ['hemsoborna', 'Hemsöborna', 'August Strindberg', 'audiobook'],
  ['vi-pa-saltkrakan', 'Vi på Saltkråkan', 'Astrid Lindgren', 'film'],
  ['kejsarn-av-portugallien', 'Kejsarn av Portugallien', 'Selma Lagerlöf', 'ebook'],
  ['det-blaser-pa-manen', 'Det blåser på månen', 'Eric Linklater', 'book'],
  ['musikmagasinet', 'Musikmagasinet', null, 'magazine'],
];
/** Alva's wishlist: [record, days ago it was saved]. */
const ALVA_WISHLIST: [string, number][] = [
  ['aniara', 30],
  ['kallocain', 12],
  ['trollvinter', 2],
];

/** Alva's loans in every state: [item, library, days until due (negative: overdue), renewals used]. */
const ALVA_LOANS: [string, string, number, number][] = [
  ['pippi', 'nodinge', -5, 0],
  ['roda-rummet', 'kungalv', -40, 1],
  ['man-som-hatar', 'nodinge', 2, 0],
  ['nils-holgersson', 'alvangen', 10, 1],
  ['utvandrarna', 'nodinge', 14, 3],
  ['sjunde-inseglet', 'kungalv', 20, 0],
  ['abba-gold', 'nodinge', 25, 2],
];

/**
 * Alva keeps a loan history: these loans of hers are returned through the local ILS's
 * `returnLoan` at seeding (the path the circulation desk takes), so they are recorded.
 * [item, title, author, format, library, days ago borrowed, days ago returned].
 */
const ALVA_RETURNED: [string, string, string | null, Format, string, number, number][] = [
  ['kometjakten', 'Kometjakten', 'Tove Jansson', 'book', 'nodinge', 300, 280],
  ['markurells', 'Markurells i Wadköping', 'Hjalmar Bergman', 'audiobook', 'kungalv', 210, 190],
  ['ronja', 'Ronja Rövardotter', 'Astrid Lindgren', 'film', 'nodinge', 120, 113],
  ['fadren', 'Fadren', 'August Strindberg', 'ebook', 'alvangen', 75, 50],
  ['vi-i-villa', 'Vi i villa', null, 'magazine', 'nodinge', 40, 33],
  ['sommarboken', 'Sommarboken', 'Tove Jansson', 'book', 'nodinge', 30, 9],
];

/** Lisa's long loan history: made of these words, deterministically (see `longHistory`). */
const HISTORY_WORDS = {
  first: ['Den', 'Det', 'En', 'Ett', 'Sista', 'Första', 'Hemliga', 'Stora', 'Lilla', 'Gamla', 'Nya', 'Blå', 'Röda', 'Tysta', 'Vilda', 'Ödsliga', 'Ängsliga', 'Åttonde'],
  second: ['fyren', 'skogen', 'sommaren', 'vintern', 'huset', 'resan', 'brevet', 'ön', 'älven', 'staden', 'trädgården', 'hemligheten', 'vägen', 'natten', 'kusten', 'månen', 'åkern', 'ängeln', 'fjällen', 'stationen', 'sjön', 'boken', 'kartan'],
  given: ['Anna', 'Björn', 'Camilla', 'Dan', 'Eva', 'Fredrik', 'Greta', 'Henrik', 'Ida', 'Johan', 'Kajsa', 'Lars', 'Maja', 'Nils', 'Olivia', 'Per', 'Rut', 'Sven', 'Tove', 'Ulf', 'Vera', 'Åsa', 'Örjan'],
  family: ['Ahlgren', 'Bergström', 'Claesson', 'Dahlberg', 'Ekström', 'Forsberg', 'Gran', 'Hedlund', 'Isberg', 'Jonsson', 'Krantz', 'Lund', 'Mattsson', 'Nyström', 'Olofsson', 'Palm', 'Rosén', 'Sjöberg', 'Törnqvist', 'Wallin', 'Åberg', 'Öhman'],
};
/** Lisa's formats: mostly books, as in a library's statistics. */
const HISTORY_FORMATS: Format[] = ['book', 'book', 'book', 'book', 'book', 'audiobook', 'audiobook', 'ebook', 'ebook', 'film', 'music', 'magazine', 'game', 'other'];
/** How many entries Lisa's loan history holds, and over how many years. */
export const LONG_HISTORY_ENTRIES = 5000;
const LONG_HISTORY_YEARS = 15;

/**
 * Lisa's loan history, oldest first: `LONG_HISTORY_ENTRIES` returned loans spread evenly over
 * `LONG_HISTORY_YEARS` years before `now`, the same every time (the index picks the words; no
 * randomness). Magazines have no author. Their records are no longer in the catalogue, as an
 * old loan's often is not: the history keeps what the item was.
 */
function longHistory(patron: string, now: Date) {
  const words = HISTORY_WORDS;
  const span = LONG_HISTORY_YEARS * 365 * DAY;
  const pick = <T>(list: readonly T[], i: number) => list[i % list.length] as T;
  return Array.from({ length: LONG_HISTORY_ENTRIES }, (_, i) => {
    const format = pick(HISTORY_FORMATS, i * 7 + Math.floor(i / 3));
    const returned = now.getTime() - span + Math.floor(((i + 1) * (span - DAY)) / LONG_HISTORY_ENTRIES);
    const days = 7 + ((i * 13) % 36);
    return {
      id: `history-${patron}-${i + 1}`,
      patron_id: patron,
      item_id: `old-${i + 1}`,
      title: `${pick(words.first, i * 5 + Math.floor(i / 7))} ${pick(words.second, i * 3 + Math.floor(i / 11))}`,
      author: format === 'magazine' ? null : `${pick(words.given, i * 11 + Math.floor(i / 5))} ${pick(words.family, i * 17 + Math.floor(i / 13))}`,
      format,
      library_id: pick(DEMO_LIBRARIES, i * 5 + Math.floor(i / 17)).id,
      loan_date: new Date(returned - days * DAY).toISOString(),
      return_date: new Date(returned).toISOString(),
    };
  });
}

/**
 * The demo's loan histories (inside the seed's transaction): Alva's few entries made by returning
 * loans through the local ILS, and Lisa's 5,000 inserted in batches (fast on both databases).
 */
async function seedLoanHistory(trx: Db, now: Date): Promise<void> {
  const days = (n: number) => new Date(now.getTime() + n * DAY);
  const alva = patronId('1000000001');
  await trx.insertInto('items').values(ALVA_RETURNED.map(([id, title, author, format]) => ({ id, title, author, format, renewable: 1 }))).execute();
  await trx.updateTable('patrons').set({ history_enabled: 1, history_enabled_at: days(-365).toISOString() }).where('id', '=', alva).execute();
  const ils = new LocalIls(trx, DEFAULT_LOAN_RULES, () => now);
  for (const [item, , , , library, borrowed, returned] of ALVA_RETURNED) {
    const id = `loan-returned-${item}`;
    const loanDate = days(-borrowed);
    await trx
      .insertInto('loans')
      .values({ id, patron_id: alva, item_id: item, library_id: library, loan_date: loanDate.toISOString(), due_date: endOfSwedishDay(loanDate, DEFAULT_LOAN_RULES.loanDays), renewals_used: 0 })
      .execute();
    await ils.returnLoan(id, days(-returned));
  }

  const lisa = patronId('1000000011');
  await trx.updateTable('patrons').set({ history_enabled: 1, history_enabled_at: days(-LONG_HISTORY_YEARS * 365 - 30).toISOString() }).where('id', '=', lisa).execute();
  const entries = longHistory(lisa, now);
  for (let start = 0; start < entries.length; start += 500) await trx.insertInto('loan_history').values(entries.slice(start, start + 500)).execute();
}

/** Words for the long list of the 300-loan patron. */
const LONG_LIST_TITLES = ['Kometjakten', 'Trollvinter', 'Sommarboken', 'Hemsöborna', 'Kejsarn av Portugallien', 'Det blåser på månen', 'Mästerdetektiven Blomkvist', 'Vi på Saltkråkan', 'Kallocain', 'Aniara'];

/** Loans, reservations and their items for the demo patrons (inside the seed's transaction). */
async function seedLoans(trx: Db, now: Date): Promise<void> {
  const days = (n: number) => new Date(now.getTime() + n * DAY);
  const items = [...ITEMS, ...WISHLIST_ITEMS].map(([id, title, author, format]) => ({ id, title, author, format, renewable: 1 }));
  const longList = Array.from({ length: 300 }, (_, i) => ({
    id: `hugo-${i + 1}`,
    title: `${LONG_LIST_TITLES[i % LONG_LIST_TITLES.length] ?? 'Bok'} (exemplar ${i + 1})`,
    author: 'Demoförfattare',
    format: (['book', 'audiobook', 'film', 'music', 'ebook'] as const)[i % 5] as Format,
    renewable: 1,
  }));
  await trx.insertInto('items').values([...items, ...longList]).execute();

  const alva = patronId('1000000001');
  const loans = ALVA_LOANS.map(([item, library, due, renewals]) => ({
    id: `loan-${item}`,
    patron_id: alva,
    item_id: item,
    library_id: library,
    loan_date: days(due - 28).toISOString(),
    due_date: endOfSwedishDay(now, due),
    renewals_used: renewals,
  }));
  loans.push(
    { id: 'loan-doktor-glas', patron_id: patronId('1000000004'), item_id: 'doktor-glas', library_id: 'skarhamn', loan_date: days(-10).toISOString(), due_date: endOfSwedishDay(now, 18), renewals_used: 0 },
    { id: 'loan-gosta-berling', patron_id: patronId('1000000004'), item_id: 'gosta-berling', library_id: 'skarhamn', loan_date: days(-3).toISOString(), due_date: endOfSwedishDay(now, 25), renewals_used: 0 },
  );
  for (const [i, item] of longList.entries()) {
    const due = (i % 60) - 5; // spread over two months, a few overdue
    loans.push({ id: `loan-${item.id}`, patron_id: patronId('1000000007'), item_id: item.id, library_id: 'stenungsund', loan_date: days(due - 28).toISOString(), due_date: endOfSwedishDay(now, due), renewals_used: i % 4 });
  }
  for (let start = 0; start < loans.length; start += 100) await trx.insertInto('loans').values(loans.slice(start, start + 100)).execute();

  const reservation = (id: string, card: string, item: string, library: string, reservedDaysAgo: number, readyPickupDays?: number) => ({
    id,
    patron_id: patronId(card),
    item_id: item,
    pickup_library_id: library,
    reserved_at: days(-reservedDaysAgo).toISOString(),
    ready_at: readyPickupDays === undefined ? null : days(-1).toISOString(),
    pickup_by: readyPickupDays === undefined ? null : endOfSwedishDay(now, readyPickupDays),
  });
  await trx
    .insertInto('reservations')
    .values([
      reservation('res-hundraaringen', '1000000001', 'hundraaringen', 'nodinge', 20, 5),
      reservation('res-sagan-om-ringen', '1000000001', 'sagan-om-ringen', 'nodinge', 12),
      // Two patrons before Alva in the queue for Mio, and one waiting for the book she has.
      reservation('res-mio-cecilia', '1000000003', 'mio', 'stenungsund', 30),
      reservation('res-mio-david', '1000000004', 'mio', 'skarhamn', 25),
      reservation('res-mio', '1000000001', 'mio', 'kungalv', 15),
      reservation('res-nils-cecilia', '1000000003', 'nils-holgersson', 'stenungsund', 4),
      reservation('res-lejonhjarta', '1000000005', 'lejonhjarta', 'henan', 2),
    ])
    .execute();
  await trx
    .insertInto('wishlist_entries')
    .values(ALVA_WISHLIST.map(([record, daysAgo]) => ({ patron_id: alva, record_id: record, added_at: days(-daysAgo).toISOString() })))
    .execute();
}

/** Seed the demo data when the database has no patrons; returns whether it seeded. */
export async function seedDemo(db: Db, now: () => Date): Promise<boolean> {
  const { count } = await db.selectFrom('patrons').select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow();
  if (Number(count) > 0) return false;
  const created = now();
  const patrons = await Promise.all(
    DEMO_PATRONS.map(async (p) => ({
      id: patronId(p.card),
      card_number: p.card,
      personnummer: p.personnummer,
      name: p.name,
      borrower_id: `BIV-${p.card.slice(-6)}`,
      card_state: p.state,
      valid_until: 'validDays' in p ? new Date(created.getTime() + p.validDays * DAY).toISOString() : null,
      pin_hash: await hashPin(p.pin),
      created_at: created.toISOString(),
      email: p.email,
      home_library_id: p.library,
    })),
  );
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('patrons').values(patrons).execute();
    await trx.insertInto('libraries').values(DEMO_LIBRARIES.map((l, position) => ({ ...l, position }))).onConflict((oc) => oc.column('id').doNothing()).execute();
    await seedLoans(trx, created);
    await seedLoanHistory(trx, created);
  });
  return true;
}
