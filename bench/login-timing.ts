/**
 * Login timing: does an unknown identifier take as long as a wrong PIN for a known account?
 *
 * In-process, through `app.request` (no sockets), on a fresh SQLite database with the demo data
 * and limits so high that nothing locks. The cases are interleaved in a new random order each
 * round, so drift of the machine (other processes, CPU frequency) hits all of them alike.
 */
import { inProcessServices } from './in-process.js';
import { bootstrapMedianRatio, fixed, median, quantile, shuffle, table } from './stats.js';

interface Case {
  name: string;
  identifier: string;
  pin: string;
  status: number;
}

const CASES: Case[] = [
  { name: 'known card, wrong PIN', identifier: '1000000001', pin: '9999', status: 401 },
  { name: 'known personnummer, wrong PIN', identifier: '19850322-2385', pin: '9999', status: 401 },
  { name: 'unknown card', identifier: '1999999999', pin: '9999', status: 401 },
  { name: 'unknown personnummer', identifier: '19900101-2393', pin: '9999', status: 401 },
  { name: 'known card, right PIN', identifier: '1000000001', pin: '1357', status: 200 },
];

export interface LoginTimingResult {
  rows: { name: string; n: number; median: number; p10: number; p90: number }[];
  ratioCard: number;
  ratioPersonnummer: number;
  intervalCard: [number, number];
  intervalPersonnummer: [number, number];
}

export async function loginTiming(rounds: number, warmup = 5): Promise<LoginTimingResult> {
  const services = await inProcessServices({ lockoutAttempts: 1e9, clientFailureLimit: 1e9 });
  const samples = new Map<string, number[]>(CASES.map((c) => [c.name, []]));
  try {
    for (let round = 0; round < warmup + rounds; round++) {
      for (const c of shuffle([...CASES])) {
        const started = performance.now();
        const response = await services.app.request('http://localhost/api/v1/session', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ identifier: c.identifier, pin: c.pin }),
        });
        await response.arrayBuffer();
        const ms = performance.now() - started;
        // Not a timing assertion: a wrong status means the benchmark measures the wrong thing.
        if (response.status !== c.status) throw new Error(`${c.name}: expected ${c.status}, got ${response.status}`);
        if (round >= warmup) samples.get(c.name)?.push(ms);
      }
    }
  } finally {
    await services.close();
  }
  const rows = CASES.map((c) => {
    const values = samples.get(c.name) ?? [];
    return { name: c.name, n: values.length, median: median(values), p10: quantile(values, 0.1), p90: quantile(values, 0.9) };
  });
  const med = (name: string) => rows.find((r) => r.name === name)?.median ?? Number.NaN;
  const of = (name: string) => samples.get(name) ?? [];
  return {
    rows,
    ratioCard: med('unknown card') / med('known card, wrong PIN'),
    ratioPersonnummer: med('unknown personnummer') / med('known card, wrong PIN'),
    intervalCard: bootstrapMedianRatio(of('unknown card'), of('known card, wrong PIN')),
    intervalPersonnummer: bootstrapMedianRatio(of('unknown personnummer'), of('known card, wrong PIN')),
  };
}

const interval = ([low, high]: [number, number]) => `(95% bootstrap interval ${fixed(low, 3)}–${fixed(high, 3)})`;

export function formatLoginTiming(result: LoginTimingResult): string {
  return [
    table([
      ['POST /api/v1/session', 'n', 'median ms', 'p10 ms', 'p90 ms'],
      ...result.rows.map((r) => [r.name, r.n, fixed(r.median), fixed(r.p10), fixed(r.p90)]),
    ]),
    '',
    `median ratio unknown card / known card wrong PIN:         ${fixed(result.ratioCard, 3)} ${interval(result.intervalCard)}`,
    `median ratio unknown personnummer / known card wrong PIN: ${fixed(result.ratioPersonnummer, 3)} ${interval(result.intervalPersonnummer)}`,
  ].join('\n');
}
