import type { Db } from './db/database.js';
import { DEMO_LIBRARIES } from './demo-libraries.js';
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
] as const;

/** Seed the demo data when the database has no patrons; returns whether it seeded. */
export async function seedDemo(db: Db, now: () => Date): Promise<boolean> {
  const { count } = await db.selectFrom('patrons').select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow();
  if (Number(count) > 0) return false;
  const created = now();
  const patrons = await Promise.all(
    DEMO_PATRONS.map(async (p) => ({
      id: `demo-${p.card}`,
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
  });
  return true;
}
