/**
 * Personnummer for tests, all from Skatteverket's published test numbers (never assigned to real
 * people). Shared by the server, browser and end-to-end tests.
 */
import { ageOn, swedishDate } from '@biv/contract';

/** Adults with no account in the demo data: free for registration tests (each suite has a fresh database). */
export const NEW_ADULTS = [
  '19920101-2383', '19920101-2391', '19920101-1732', '19920102-2390', '19920102-2382', '19920102-8769',
  '19920103-2381', '19920103-2399', '19920104-5359', '19920104-2398', '19920104-2380', '19920105-2389',
] as const;

/** Adults with no account in the demo data, for <biv-my-profile>'s tests alone (its browser test registers them and changes their contact details). */
export const PROFILE_ADULTS = ['19740225-9274', '19740319-9289'] as const;

/** Test personnummer born 2008-2023, four a year: somebody of every age from 2 to 18 for years to come. */
const YOUNG = [
  '200801012386', '200804012383', '200807012398', '200810012385', '200901012385', '200904012390', '200907012397',
  '200910012392', '201001012382', '201004012397', '201007012386', '201010012399', '201101012381', '201104012396',
  '201107012385', '201110012380', '201201012380', '201204012395', '201207012392', '201210012397', '201301012397',
  '201304012394', '201307012383', '201310012388', '201401012396', '201404012393', '201407012382', '201410012387',
  '201501012395', '201504012392', '201507012381', '201510012386', '201601022385', '201604012383', '201607022389',
  '201610022384', '201701012393', '201704012382', '201707012397', '201710012392', '201801012392', '201804012399',
  '201807012388', '201810012391', '201901012391', '201904012398', '201907012387', '201910012382', '202001012398',
  '202004012387', '202101012397', '202104142399', '202107032399', '202110242399', '202201012396', '202204012393',
  '202207012382', '202210012387', '202301012395', '202304012384', '202307012399', '202310012394',
];

/** A test personnummer (`YYYYMMDD-NNNN`) of somebody exactly `years` old today in Sweden. */
export function personnummerAged(years: number, now: Date = new Date()): string {
  const today = swedishDate(now);
  const found = YOUNG.find((p) => ageOn(`${p.slice(0, 4)}-${p.slice(4, 6)}-${p.slice(6, 8)}`, today) === years);
  if (!found) throw new Error(`no test personnummer aged ${years} on ${today}: add younger ones to test/fixtures.ts`);
  return `${found.slice(0, 8)}-${found.slice(8)}`;
}

/**
 * The wishlist (minneslista) in the demo data (packages/server/src/seed.ts): Alva's saved
 * records, newest first, and catalogue records nobody has saved or borrowed.
 */
export const WISHLIST_RECORDS = {
  alva: [
    { recordId: 'trollvinter', title: 'Trollvinter' },
    { recordId: 'kallocain', title: 'Kallocain' },
    { recordId: 'aniara', title: 'Aniara' },
  ],
  free: [
    { recordId: 'hemsoborna', title: 'Hemsöborna' },
    { recordId: 'vi-pa-saltkrakan', title: 'Vi på Saltkråkan' },
    { recordId: 'kejsarn-av-portugallien', title: 'Kejsarn av Portugallien' },
    { recordId: 'det-blaser-pa-manen', title: 'Det blåser på månen' },
    { recordId: 'musikmagasinet', title: 'Musikmagasinet' },
  ],
} as const;

/**
 * The loan histories (Min lånehistorik) in the demo data (packages/server/src/seed.ts, README.md).
 * Every other demo patron has it off with nothing stored.
 */
export const LOAN_HISTORY = {
  /** Lisa Lindqvist: on for 15 years, 5,000 entries spread over them (the long history); nothing on loan. */
  long: { name: 'Lisa Lindqvist', card: '1000000011', personnummer: '19790102-2389', pin: '2357', entries: 5000 },
  /** Alva Andersson: on; six loans returned through the local ILS at seeding, newest return first (Vi i villa has no author). */
  alva: {
    card: '1000000001',
    pin: '1357',
    titles: ['Sommarboken', 'Vi i villa', 'Fadren', 'Ronja Rövardotter', 'Markurells i Wadköping', 'Kometjakten'],
  },
} as const;
