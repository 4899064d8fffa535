/**
 * `node --import tsx bench/profile-summary.ts <file.cpuprofile> [top]`: where a V8 CPU profile's
 * time went, as tables (bench/README.md, "API throughput"). Self time is the time a function was
 * itself on top of the stack; total time the time it was anywhere on the stack (counted once per
 * sample, however deep the recursion).
 *
 * A .cpuprofile is JSON: `nodes` (the call tree: id, callFrame, children, hitCount), `samples`
 * (the node on top of the stack at each sample) and `timeDeltas` (µs between samples).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { table } from './stats.js';

interface CallFrame {
  functionName: string;
  url: string;
  /** 0-based. */
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A path relative to the working directory for our files, the URL as it is for anything else. */
function where(frame: CallFrame): string {
  if (!frame.url) return '';
  const file = frame.url.startsWith('file://') ? relative(process.cwd(), fileURLToPath(frame.url)) : frame.url;
  return `${file}:${frame.lineNumber + 1}`;
}

/** The npm package a file belongs to (the last node_modules in its path), or undefined. */
function packageOf(url: string): string | undefined {
  const rest = url.split('/node_modules/').at(-1);
  if (rest === undefined || rest === url) return undefined;
  const [first, second] = rest.split('/');
  return first?.startsWith('@') ? `${first}/${second}` : first;
}

/** Our own code: the repository's packages, not their dependencies. */
const ours = (url: string) => url.startsWith('file://') && url.includes('/packages/') && !url.includes('/node_modules/');

export interface Summary {
  totalMs: number;
  /** Per function (name and place). */
  functions: { name: string; where: string; url: string; selfMs: number; totalMs: number }[];
  /** Per npm package, and Node's own modules (JavaScript ones) as `node:`. */
  packages: { name: string; selfMs: number; totalMs: number }[];
}

export function summarize(profile: Profile): Summary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  // A sample lasts until the next one: its time is the next sample's delta (µs).
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i + 1] ?? 0;
    selfUs.set(id, (selfUs.get(id) ?? 0) + us);
  });
  const totalUs = profile.timeDeltas.slice(1).reduce((sum, us) => sum + us, 0);

  const functionKey = (f: CallFrame) => `${f.functionName}\u0000${f.url}\u0000${f.lineNumber}`;
  const groupOf = (f: CallFrame) => (f.url.startsWith('node:') ? 'node:' : packageOf(f.url));
  const functions = new Map<string, Summary['functions'][number]>();
  const packages = new Map<string, Summary['packages'][number]>();
  const fn = (f: CallFrame) => {
    const key = functionKey(f);
    let entry = functions.get(key);
    if (!entry) functions.set(key, (entry = { name: f.functionName || '(anonymous)', where: where(f), url: f.url, selfMs: 0, totalMs: 0 }));
    return entry;
  };
  const pkg = (name: string) => {
    let entry = packages.get(name);
    if (!entry) packages.set(name, (entry = { name, selfMs: 0, totalMs: 0 }));
    return entry;
  };

  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || us === 0) continue;
    fn(frame).selfMs += us / 1000;
    const group = groupOf(frame);
    if (group) pkg(group).selfMs += us / 1000;
    // Total: every function and package on this node's stack, each once.
    const seenFunctions = new Set<string>();
    const seenPackages = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)?.callFrame;
      if (!f) break;
      const key = functionKey(f);
      if (!seenFunctions.has(key)) {
        seenFunctions.add(key);
        fn(f).totalMs += us / 1000;
      }
      const g = groupOf(f);
      if (g && !seenPackages.has(g)) {
        seenPackages.add(g);
        pkg(g).totalMs += us / 1000;
      }
    }
  }
  return { totalMs: totalUs / 1000, functions: [...functions.values()], packages: [...packages.values()] };
}

export function formatSummary(summary: Summary, top = 25): string {
  const ms = (n: number) => n.toFixed(1);
  const pct = (n: number) => `${((100 * n) / summary.totalMs).toFixed(1)}%`;
  const bySelf = [...summary.functions].sort((a, b) => b.selfMs - a.selfMs).slice(0, top);
  const ownByTotal = summary.functions.filter((f) => ours(f.url)).sort((a, b) => b.totalMs - a.totalMs).slice(0, top);
  const packagesByTotal = summary.packages.filter((p) => p.name !== 'node:').sort((a, b) => b.totalMs - a.totalMs).slice(0, top);
  const idle = summary.functions.find((f) => f.name === '(idle)')?.selfMs ?? 0;
  const node = summary.packages.find((p) => p.name === 'node:');
  return [
    `profile: ${ms(summary.totalMs)} ms sampled, ${ms(summary.totalMs - idle)} ms (${pct(summary.totalMs - idle)}) not idle; percentages are of the whole`,
    `Node's own modules (node:…): ${ms(node?.selfMs ?? 0)} ms self (${pct(node?.selfMs ?? 0)}); native functions (writev, …) have no file`,
    '',
    `## top ${top} functions by self time`,
    '',
    table([['function', 'where', 'self ms', 'self %'], ...bySelf.map((f) => [f.name, f.where, ms(f.selfMs), pct(f.selfMs)])]),
    '',
    `## top ${top} of our own functions (packages/*) by total time`,
    '',
    table([['function', 'where', 'total ms', 'total %', 'self ms'], ...ownByTotal.map((f) => [f.name, f.where, ms(f.totalMs), pct(f.totalMs), ms(f.selfMs)])]),
    '',
    `## top ${top} packages (node_modules) by total time`,
    '',
    table([['package', 'total ms', 'total %', 'self ms', 'self %'], ...packagesByTotal.map((p) => [p.name, ms(p.totalMs), pct(p.totalMs), ms(p.selfMs), pct(p.selfMs)])]),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [file, topArgument] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node --import tsx bench/profile-summary.ts <file.cpuprofile> [top]');
    process.exit(2);
  }
  const top = Number(topArgument ?? 25);
  if (!Number.isInteger(top) || top <= 0) throw new Error('top must be a positive whole number');
  console.log(formatSummary(summarize(JSON.parse(readFileSync(file, 'utf8')) as Profile), top));
}
