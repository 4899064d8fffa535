#!/usr/bin/env node
// `npm test`: every check and test of the repository, in order, with one summary at the end.
// Steps keep running after a failure (except when the build fails) so one run shows everything.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MISSING_CHROMIUM, chromiumPath, repoRoot as root } from './harness.mjs';

if (!existsSync(chromiumPath())) {
  console.error(MISSING_CHROMIUM(chromiumPath()));
  process.exit(1);
}

/** Test files below `dir` whose names end with `suffix`, relative to the repository root. */
function testFiles(dir, suffix = '.test.ts') {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(suffix) && !f.includes('node_modules'))
    .map((f) => relative(root, join(abs, f)))
    .sort();
}

const nodeTest = (files) => ['node', ['--conditions=source', '--import', 'tsx', '--test', '--test-reporter=spec', ...files]];

const steps = [
  { name: 'type-check', cmd: ['npx', ['tsc', '-p', 'tsconfig.json']] },
  { name: 'template type-check', cmd: ['npm', ['run', '--silent', 'lint:templates']] },
  { name: 'build', cmd: ['npm', ['run', 'build']], essential: true },
  // After the build: the example apps and test/typings resolve @biv/elements as npm users do, to dist/.
  { name: 'lint', cmd: ['npm', ['run', '--silent', 'lint']] },
  { name: 'unit tests (node: contract, server)', cmd: nodeTest([...testFiles('packages/contract/src'), ...testFiles('packages/server/src')]) },
  { name: 'browser tests (web-test-runner: client, elements)', cmd: ['npx', ['web-test-runner']] },
  { name: 'bundle budgets', cmd: ['npm', ['run', '--silent', 'size', '-w', '@biv/elements']] },
  { name: 'packages (typings against the manifest, publint, attw, npm pack into an empty project)', cmd: nodeTest(['test/packages-typings.test.ts', 'test/packages-publish.test.ts']) },
  { name: 'storybook build', cmd: ['npm', ['run', '--silent', 'build-storybook']] },
  { name: 'stories run in Chromium', cmd: ['node', ['stories/check-stories.mjs']] },
  { name: 'end-to-end tests (playwright-core + axe against the demo)', cmd: nodeTest(testFiles('test', '.e2e.ts')) },
];

const scripts = JSON.parse((await import('node:fs')).readFileSync(join(root, 'package.json'), 'utf8')).scripts;
const results = [];
let passed = 0;
let failed = 0;

for (const step of steps) {
  const [cmd, args] = step.cmd;
  if (cmd === 'npm' && args[0] === 'run' && !args.includes('-w') && !scripts[args.find((a) => !a.startsWith('-') && a !== 'run')]) {
    results.push({ name: step.name, ok: false, note: 'script missing' });
    continue;
  }
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const { code, output } = await run(cmd, args);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counts = countTests(output);
  passed += counts.passed;
  failed += counts.failed;
  results.push({ name: step.name, ok: code === 0, note: `${seconds} s${counts.seen ? `, ${counts.passed} passed, ${counts.failed} failed` : ''}` });
  if (code !== 0 && step.essential) break;
}

console.log('\n=== summary ===');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.note})`);
const stepFailures = results.filter((r) => !r.ok).length + (steps.length - results.length);
if (stepFailures > 0 && failed === 0) failed = stepFailures; // a failing check counts even without test counts
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(stepFailures === 0 && failed === 0 ? 0 : 1);

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    const tee = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', tee(process.stdout));
    child.stderr.on('data', tee(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function countTests(rawOutput) {
  // Some runners colour their summary whatever FORCE_COLOR says: drop escape sequences first.
  const ESC = String.fromCharCode(27);
  const output = rawOutput.split(ESC).map((part, i) => (i === 0 ? part : part.replace(/^\[[0-9;]*[A-Za-z]/, ''))).join('');
  // node:test spec reporter: "ℹ pass 12" / "ℹ fail 0"; web-test-runner: "12 passed, 0 failed".
  const node = [...output.matchAll(/^ℹ (pass|fail) (\d+)$/gm)];
  if (node.length) {
    const sum = (k) => node.filter((m) => m[1] === k).reduce((n, m) => n + Number(m[2]), 0);
    return { seen: true, passed: sum('pass'), failed: sum('fail') };
  }
  const wtr = [...output.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  if (wtr) return { seen: true, passed: Number(wtr[1]), failed: Number(wtr[2]) };
  return { seen: false, passed: 0, failed: 0 };
}
