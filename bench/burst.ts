/**
 * What one client's burst of wrong PINs does to everybody else: a patron on another address logs
 * in while an attacker sends `burst` wrong logins at once (each to a card of nobody, so no account
 * lock stops them early). Measures the patron's login time with and without the burst, and how
 * many of the attacker's tries the server checked. A real server process behind one trusted proxy
 * (`BIV_TRUST_PROXY=1`: the X-Forwarded-For entry tells the two clients apart).
 */
import { startBenchServers } from './spawn.js';
import { fixed, median, quantile, table } from './stats.js';

export interface BurstResult {
  burst: number;
  quiet: number[];
  during: number[];
  attacker: Record<number, number>;
  burstSeconds: number;
}

async function login(api: string, identifier: string, pin: string, client: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const answer = await fetch(`${api}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: api, 'x-forwarded-for': client },
    body: JSON.stringify({ identifier, pin }),
  });
  await answer.arrayBuffer();
  return { status: answer.status, ms: performance.now() - started };
}

export async function burstStall(burst = 150, rounds = 5): Promise<BurstResult> {
  const previous = process.env.BIV_TRUST_PROXY;
  process.env.BIV_TRUST_PROXY = '1';
  const servers = await startBenchServers({ api: {} });
  if (previous === undefined) delete process.env.BIV_TRUST_PROXY;
  else process.env.BIV_TRUST_PROXY = previous;
  const api = servers.urls.api ?? '';
  try {
    const patron = async () => {
      const { status, ms } = await login(api, '1000000001', '1357', '198.51.100.2');
      if (status !== 200) throw new Error(`the patron's login answered ${status}`);
      return ms;
    };
    await patron(); // warm-up
    const quiet: number[] = [];
    for (let i = 0; i < rounds; i++) quiet.push(await patron());

    const during: number[] = [];
    const attacker: Record<number, number> = {};
    let burstSeconds = 0;
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      const tries = Array.from({ length: burst }, (_, i) => login(api, `30${String(round).padStart(2, '0')}${String(i).padStart(6, '0')}`, '0000', '198.51.100.1'));
      await new Promise((resolve) => setTimeout(resolve, 20)); // the burst is in the server's queue
      during.push(await patron());
      for (const { status } of await Promise.all(tries)) attacker[status] = (attacker[status] ?? 0) + 1;
      burstSeconds += (performance.now() - started) / 1000;
    }
    return { burst, quiet, during, attacker, burstSeconds: burstSeconds / rounds };
  } finally {
    await servers.stop();
  }
}

export function formatBurst(result: BurstResult): string {
  const rows: (string | number)[][] = [
    ['patron login', 'p50 ms', 'max ms'],
    ['quiet', fixed(median(result.quiet), 0), fixed(quantile(result.quiet, 1), 0)],
    [`during a burst of ${result.burst}`, fixed(median(result.during), 0), fixed(quantile(result.during, 1), 0)],
  ];
  const rounds = result.quiet.length;
  const answers = Object.entries(result.attacker)
    .map(([status, n]) => `${status}: ${fixed(n / rounds, 0)}`)
    .join(', ');
  return `${table(rows)}\n\nthe attacker's ${result.burst} tries per burst answered (mean of ${rounds} bursts): ${answers}; a burst took ${fixed(result.burstSeconds, 2)} s`;
}
