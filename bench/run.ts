/**
 * `npm run bench [-- login|pin-reset|long-list|history|throughput|load|burst]`: the server's benchmarks, printed
 * as tables. Nothing here asserts on time; see bench/README.md for what each figure means.
 *
 * Environment: BENCH_ROUNDS (login rounds, default 40), BENCH_SECONDS (per throughput target,
 * default 5), BENCH_CONNECTIONS (default 10), BENCH_TARGETS (throughput targets to measure, by
 * id, comma-separated; default all), BENCH_CPU_PROFILE (a folder: CPU profiles of the throughput
 * part's server processes); for the load part BENCH_PATRONS (default 10), BENCH_LOAD_SECONDS
 * (default 10), BENCH_LOANS (default 40); BIV_BENCH_DATABASE_URL (PostgreSQL for the throughput
 * and load parts; unset: SQLite only).
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { burstStall, formatBurst } from './burst.js';
import { formatLoad, load } from './load.js';
import { formatLoginTiming, loginTiming } from './login-timing.js';
import { formatLongList, longList } from './long-list.js';
import { formatHistory, history } from './history.js';
import { formatPinResetTiming, pinResetTiming } from './pin-reset-timing.js';
import { formatThroughput, throughput } from './throughput.js';

const wanted = process.argv.slice(2);
const runs = (name: string) => wanted.length === 0 || wanted.includes(name);
const positive = (name: string, fallback: number) => {
  const n = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number`);
  return n;
};

const rounds = positive('BENCH_ROUNDS', 40);
const seconds = positive('BENCH_SECONDS', 5);
const connections = positive('BENCH_CONNECTIONS', 10);

console.log(`biv-widgets benchmarks, ${new Date().toISOString()}`);
console.log(`node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}\n`);

if (runs('login')) {
  console.log(`## Login timing (${rounds} interleaved rounds, in-process app.request, SQLite)\n`);
  console.log(formatLoginTiming(await loginTiming(rounds)));
  console.log('');
}

if (runs('pin-reset')) {
  console.log(`## PIN reset request timing (${rounds} interleaved rounds, in-process app.request, SQLite)\n`);
  console.log(formatPinResetTiming(await pinResetTiming(rounds)));
  console.log('');
}

if (runs('long-list')) {
  const listRounds = positive('BENCH_LIST_ROUNDS', 5);
  console.log(`## <biv-my-loans> with 300 loans (${listRounds} page loads after a warm-up, Chromium, the built demo)\n`);
  console.log(formatLongList(await longList(listRounds)));
  console.log('');
}

if (runs('history')) {
  const historyRounds = positive('BENCH_HISTORY_ROUNDS', 5);
  console.log(`## <biv-loan-history> with 5,000 loans (${historyRounds} rounds after a warm-up, Chromium, the built demo)\n`);
  console.log(formatHistory(await history(historyRounds)));
  console.log('');
}

if (runs('throughput')) {
  const only = process.env.BENCH_TARGETS?.split(',').map((id) => id.trim()).filter(Boolean);
  const cpuProfileDir = process.env.BENCH_CPU_PROFILE || undefined;
  console.log('## API throughput (loopback, autocannon)\n');
  console.log(
    formatThroughput(
      await throughput({
        seconds,
        connections: Math.ceil(connections),
        postgresUrl: process.env.BIV_BENCH_DATABASE_URL || undefined,
        ...(only?.length ? { only } : {}),
        ...(cpuProfileDir ? { cpuProfileDir } : {}),
      }),
    ),
  );
  console.log('');
}

if (runs('load')) {
  const patrons = positive('BENCH_PATRONS', 10);
  if (!Number.isInteger(patrons)) throw new Error('BENCH_PATRONS must be a whole number');
  const loadSeconds = positive('BENCH_LOAD_SECONDS', 10);
  const loans = positive('BENCH_LOANS', 40);
  console.log('## Load: patrons logging in, reading loans and renewing (loopback, autocannon)\n');
  console.log(formatLoad(await load({ patrons, seconds: loadSeconds, loans: Math.ceil(loans), postgresUrl: process.env.BIV_BENCH_DATABASE_URL || undefined })));
  console.log('');
}

if (runs('burst')) {
  const burst = positive('BENCH_BURST', 150);
  console.log(`## One client's burst of ${burst} wrong PINs, and another patron's login (loopback, SQLite)\n`);
  console.log(formatBurst(await burstStall(Math.ceil(burst))));
  console.log('');
}
