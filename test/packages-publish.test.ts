// The packages as npm users get them: publint and Are the Types Wrong (attw) on each packed
// package, then @biv/elements with the @biv/client and @biv/contract it depends on, packed with
// `npm pack` and installed into an empty project (lit, ky and zod from the registry), where its
// types (with the React JSX and event-map typings, the event map also with nothing but the package
// or one element imported) check with tsc, it loads in Node and its define module bundles with esbuild. Needs `npm run build` first (npm test builds before this step).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { repoRoot } from '../scripts/harness.mjs';

const exec = promisify(execFile);
const bin = (name: string) => join(repoRoot, 'node_modules/.bin', name);
const PACKAGES = ['contract', 'client', 'elements', 'server'];

/** Run a command; on failure the assertion carries its whole output. */
async function run(cmd: string, args: string[], cwd: string, timeout = 300_000): Promise<string> {
  try {
    const { stdout, stderr } = await exec(cmd, args, { cwd, timeout, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    return stdout + stderr;
  } catch (error) {
    const { stdout = '', stderr = '', message } = error as { stdout?: string; stderr?: string; message: string };
    return assert.fail(`${cmd} ${args.join(' ')} (in ${cwd}) failed: ${message}\n${stdout}${stderr}`);
  }
}

describe('publint and attw on every package', () => {
  for (const name of PACKAGES) {
    const dir = join(repoRoot, 'packages', name);

    test(`publint --strict: @biv/${name}`, async () => {
      assert.ok(existsSync(join(dir, 'dist')), `packages/${name}/dist is missing: npm run build first`);
      const output = await run(bin('publint'), ['--strict', dir], repoRoot);
      assert.match(output, /All good!/, output);
    });

    // ESM only: every package is "type": "module" with ESM builds and no "require" condition, so
    // node10 (no "exports" at all) and require() from CommonJS are not ways to load them.
    test(`attw --pack --profile esm-only: @biv/${name}`, async () => {
      const output = await run(bin('attw'), ['--pack', dir, '--profile', 'esm-only', '--format', 'json'], repoRoot);
      const { analysis } = JSON.parse(output.slice(output.indexOf('{'))) as {
        analysis: { problems: { kind: string; entrypoint: string; resolutionKind: string }[] };
      };
      const problems = analysis.problems.filter((p) => p.resolutionKind !== 'node10' && p.resolutionKind !== 'node16-cjs');
      assert.deepEqual(problems, [], `attw found: ${JSON.stringify(problems, null, 2)}`);
    });
  }
});

describe('npm pack of @biv/elements into an empty project', () => {
  const work = mkdtempSync(join(tmpdir(), 'biv-pack-'));
  const app = join(work, 'app');
  after(() => rmSync(work, { recursive: true, force: true }));

  test('packs, installs with its dependencies, type-checks with tsc, loads in Node and bundles with esbuild', async () => {
    const packed = join(work, 'tarballs');
    mkdirSync(packed);
    await run('npm', ['pack', '--silent', '--pack-destination', packed, '-w', '@biv/contract', '-w', '@biv/client', '-w', '@biv/elements'], repoRoot);
    const tarballs = readdirSync(packed).filter((f) => f.endsWith('.tgz')).map((f) => join(packed, f));
    assert.equal(tarballs.length, 3, `npm pack made ${tarballs.join(', ')}`);

    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'biv-pack-check', private: true, type: 'module' }, null, 2));
    const reactTypes = (JSON.parse(readFileSync(join(repoRoot, 'node_modules/@types/react/package.json'), 'utf8')) as { version: string }).version;
    // The tarballs together (so @biv/elements finds the packed @biv/client, not the registry's),
    // their dependencies from the registry, and React's types for the JSX typings.
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', ...tarballs, `@types/react@${reactTypes}`], app);
    for (const dep of ['lit', 'ky', 'zod', '@lit/task']) assert.ok(existsSync(join(app, 'node_modules', dep, 'package.json')), `${dep} was not installed`);
    assert.ok(existsSync(join(app, 'node_modules/@biv/elements/types/react.d.ts')), 'the React typings are not in the package');

    const compilerOptions = {
      target: 'ES2022', lib: ['ES2023', 'DOM', 'DOM.Iterable'], module: 'NodeNext', moduleResolution: 'NodeNext',
      jsx: 'react-jsx', strict: true, noEmit: true, types: [], skipLibCheck: false,
    };
    // Each file in a program of its own: the event map is global, so one file importing it would
    // type the others' listeners too.
    const checks: Record<string, string> = {
      'check.tsx': `import { BivLoginEvent, LoginBox, type LoanSort } from '@biv/elements';
import '@biv/elements/login-box.js';
import type {} from '@biv/elements/react';
import type {} from '@biv/elements/events';

const sort: LoanSort = 'title';
const box: LoginBox | null = document.querySelector('biv-login-box');
box?.addEventListener('biv-login', (e: BivLoginEvent) => console.log(e.detail.patron.borrowerId));
document.body.addEventListener('biv-renewed', (e) => console.log(e.detail.results.length));
export const page = (
  <>
    <biv-login-box heading-level={2} headingLevel={2} onbiv-login={(e) => console.log(e.detail.patron.name)} />
    <biv-my-loans sort={sort} with-login loginHref="/logga-in" />
  </>
);
// @ts-expect-error: not a sort of the loan list
export const wrong = <biv-my-loans sort="author" />;
// @ts-expect-error: the property headingLevel is a number
export const wrongLevel = <biv-login-box headingLevel="x" />;
`,
      // The package alone (no /events, no /react): its classes bring every event's type along,
      // on elements, the document and the window (where the bubbling, composed events arrive).
      'package-events.ts': `import { LoginBox } from '@biv/elements';

const box = document.querySelector<LoginBox>('biv-login-box');
box?.addEventListener('biv-login', (e) => console.log(e.detail.patron.name));
document.addEventListener('biv-renewed', (e) => console.log(e.detail.results.map((r) => r.renewed)));
window.addEventListener('biv-tab-change', (e) => console.log(e.detail.tab));
export const logout: HTMLElementEventMap['biv-logout'] | undefined = undefined;
// @ts-expect-error: the login event's detail has the patron, not a borrower id
box?.addEventListener('biv-login', (e) => console.log(e.detail.borrowerId));
`,
      // One element's module alone: the whole map too.
      'element-events.ts': `import '@biv/elements/my-loans.js';

const loans = document.querySelector('biv-my-loans');
loans?.addEventListener('biv-renewed', (e) => console.log(e.detail.results.length));
document.addEventListener('biv-login', (e) => console.log(e.detail.patron.borrowerId));
// @ts-expect-error: a renewal's results are an array of outcomes
loans?.addEventListener('biv-renewed', (e) => console.log(e.detail.results.toUpperCase()));
`,
    };
    for (const [file, text] of Object.entries(checks)) {
      writeFileSync(join(app, file), text);
      const config = join(app, `tsconfig.${file}.json`);
      writeFileSync(config, JSON.stringify({ compilerOptions, files: [file] }));
      await run(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', config], app);
    }

    // Node loads the package too (lit has a Node build): the classes and events are there.
    const loaded = await run(
      process.execPath,
      ['--input-type=module', '-e', `const m = await import('@biv/elements'); console.log(JSON.stringify([typeof m.LoginBox, new m.BivLogoutEvent().type]));`],
      app,
    );
    assert.equal(loaded.trim().split('\n').at(-1), '["function","biv-logout"]');

    writeFileSync(join(app, 'entry.js'), `import '@biv/elements/login-box.js';\n`);
    await run(bin('esbuild'), ['entry.js', '--bundle', '--format=esm', '--platform=browser', '--outfile=out.js', '--log-level=warning'], app);
    const bundle = readFileSync(join(app, 'out.js'), 'utf8');
    assert.match(bundle, /biv-login-box/, 'the bundle defines <biv-login-box>');
    assert.doesNotMatch(bundle, /\/src\/[\w/-]+\.ts/, 'the bundle took the TypeScript sources (the "source" condition is for this repository only)');
  });
});
