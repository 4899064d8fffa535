/**
 * PIN reset timing: does asking for a link for an unknown identifier take as long as for a patron
 * who gets a mail? The server answers 202 before any work that depends on the patron; this
 * measures how long that answer takes in each case.
 *
 * In-process, through `app.request`, on a fresh SQLite database with the demo data, an in-memory
 * outbox and limits so high that nothing is refused. Cases are interleaved in a new random order
 * each round, and each request waits for the previous one's background work to settle.
 */
import { MemoryOutbox } from '@biv/server';
import { inProcessServices } from './in-process.js';
import { bootstrapMedianRatio, fixed, median, quantile, shuffle, table } from './stats.js';

const CASES = [
  { name: 'known card, with e-mail (link mailed)', identifier: '1000000001' },
  { name: 'known personnummer, with e-mail', identifier: '19850322-2385' },
  { name: 'blocked card (mail without link)', identifier: '1000000002' },
  { name: 'unknown card', identifier: '1999999999' },
  { name: 'unknown personnummer', identifier: '19900101-2393' },
] as const;

export interface PinResetTimingResult {
  rows: { name: string; n: number; median: number; p10: number; p90: number }[];
  ratio: number;
  interval: [number, number];
}

export async function pinResetTiming(rounds: number, warmup = 5): Promise<PinResetTimingResult> {
  const services = await inProcessServices({ pinResetUrl: 'https://bibliotek.example.se/glomt-pin', pinResetIdentifierLimit: 1e9, pinResetClientLimit: 1e9 }, { mailer: new MemoryOutbox(10) });
  const samples = new Map<string, number[]>(CASES.map((c) => [c.name, []]));
  try {
    for (let round = 0; round < warmup + rounds; round++) {
      for (const c of shuffle([...CASES])) {
        const started = performance.now();
        const response = await services.app.request('http://localhost/api/v1/pin-resets', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ identifier: c.identifier }),
        });
        await response.arrayBuffer();
        const ms = performance.now() - started;
        if (response.status !== 202) throw new Error(`${c.name}: expected 202, got ${response.status}`);
        if (round >= warmup) samples.get(c.name)?.push(ms);
        await new Promise((resolve) => setTimeout(resolve, 20)); // let the background work finish
      }
    }
  } finally {
    await services.close();
  }
  const rows = CASES.map((c) => {
    const values = samples.get(c.name) ?? [];
    return { name: c.name, n: values.length, median: median(values), p10: quantile(values, 0.1), p90: quantile(values, 0.9) };
  });
  const of = (name: string) => samples.get(name) ?? [];
  const known = CASES[0].name;
  const unknown = CASES[3].name;
  return { rows, ratio: median(of(unknown)) / median(of(known)), interval: bootstrapMedianRatio(of(unknown), of(known)) };
}

export function formatPinResetTiming(result: PinResetTimingResult): string {
  return [
    table([
      ['POST /api/v1/pin-resets (202)', 'n', 'median ms', 'p10 ms', 'p90 ms'],
      ...result.rows.map((r) => [r.name, r.n, fixed(r.median, 2), fixed(r.p10, 2), fixed(r.p90, 2)]),
    ]),
    '',
    `median ratio unknown card / known card: ${fixed(result.ratio, 3)} (95% bootstrap interval ${fixed(result.interval[0], 3)}–${fixed(result.interval[1], 3)})`,
  ].join('\n');
}
