import type { Db } from './db/database.js';
import { DEMO_LIBRARIES } from './demo-libraries.js';
import { endOfSwedishDay } from './days.js';
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
  });
  return true;
}
