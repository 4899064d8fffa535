/**
 * Patrons of the load benchmark, besides the demo's: active cards with loans that can be renewed,
 * seeded straight into the server's database (the PIN hashed with the server's own `hashPin`, as
 * the demo seed does). Card numbers 2000000001…, so they never clash with the demo's 10000000xx.
 */
import { hashPin, type Db } from '@biv/server';

export interface BenchPatron {
  id: string;
  card: string;
  pin: string;
}

const DAY = 24 * 3600 * 1000;
const PIN = '4826';

/** The first `count` bench patrons (the same for the child that seeds them and the client that logs in). */
export const benchPatrons = (count: number): BenchPatron[] =>
  Array.from({ length: count }, (_, i) => ({ id: `bench-${i + 1}`, card: String(2_000_000_001 + i), pin: PIN }));

/**
 * Insert the patrons, each with `loans` loans of items nobody has reserved, due in 1 to 20 days
 * and never renewed: every one can be renewed, and a renewal (to 28 days from today) moves it to
 * the end of the list by due date. Needs the demo's libraries (seedDemo first).
 */
export async function seedBenchPatrons(db: Db, patrons: BenchPatron[], loans: number, now = new Date()): Promise<void> {
  const created = now.toISOString();
  const rows = await Promise.all(
    patrons.map(async (p, i) => ({
      id: p.id,
      card_number: p.card,
      personnummer: null,
      name: `Bänkpatron ${i + 1}`,
      borrower_id: `BENCH-${String(i + 1).padStart(6, '0')}`,
      card_state: 'active',
      valid_until: null,
      pin_hash: await hashPin(p.pin),
      created_at: created,
      email: null,
      home_library_id: 'kungalv',
    })),
  );
  const items = patrons.flatMap((p) =>
    Array.from({ length: loans }, (_, j) => ({ id: `${p.id}-item-${j + 1}`, title: `Lastprovet, band ${j + 1}`, author: 'Bänkförfattare', format: 'book', renewable: 1 })),
  );
  const loanRows = patrons.flatMap((p) =>
    Array.from({ length: loans }, (_, j) => ({
      id: `${p.id}-loan-${j + 1}`,
      patron_id: p.id,
      item_id: `${p.id}-item-${j + 1}`,
      library_id: 'kungalv',
      loan_date: new Date(now.getTime() - 20 * DAY).toISOString(),
      due_date: new Date(now.getTime() + (1 + (j % 20)) * DAY).toISOString(),
      renewals_used: 0,
    })),
  );
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('patrons').values(rows).execute();
    for (let start = 0; start < items.length; start += 100) await trx.insertInto('items').values(items.slice(start, start + 100)).execute();
    for (let start = 0; start < loanRows.length; start += 100) await trx.insertInto('loans').values(loanRows.slice(start, start + 100)).execute();
  });
}
