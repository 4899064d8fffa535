// The typings and editor data that @biv/elements ships are what its custom-elements manifest gives,
// and they bite: a wrong attribute value or a wrong event detail is a type error.
//
// Committed generated files (packages/elements/types/*.d.ts, vscode.*-custom-data.json) against a
// fresh generation from a fresh manifest: a JSDoc change without `npm run types -w @biv/elements`
// fails here. Then vue-tsc on test/typings (React JSX, Vue templates and props, addEventListener)
// against the built package (dist/, as npm users get it).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { repoRoot } from '../scripts/harness.mjs';

const run = promisify(execFile);
const elements = join(repoRoot, 'packages/elements');
const REGENERATE = 'npm run analyze -w @biv/elements && npm run types -w @biv/elements';
let outdir = '';
let generated: string[] = [];

before(async () => {
  // The manifest itself is a build output (not committed): made fresh from the JSDoc here.
  await run('npm', ['run', '--silent', 'analyze', '-w', '@biv/elements'], { cwd: repoRoot });
  outdir = mkdtempSync(join(tmpdir(), 'biv-typings-'));
  const { stdout } = await run('node', [join(elements, 'generate-types.mjs'), '--outdir', outdir], { cwd: elements });
  generated = [...stdout.matchAll(/^generated (.+)$/gm)].map((m) => m[1]!.slice(outdir.length + 1));
});

after(() => rmSync(outdir, { recursive: true, force: true }));

test('the generator writes the React, Vue, JSX and event-map typings and both VS Code data files', () => {
  assert.deepEqual([...generated].sort(), [
    'types/events.d.ts',
    'types/jsx.d.ts',
    'types/react.d.ts',
    'types/vue.d.ts',
    'vscode.css-custom-data.json',
    'vscode.html-custom-data.json',
  ]);
});

test('every committed typing and custom data file is what the manifest gives', () => {
  for (const file of generated) {
    const committed = join(elements, file);
    assert.ok(existsSync(committed), `packages/elements/${file} is missing: ${REGENERATE}`);
    const want = readFileSync(join(outdir, file), 'utf8').split('\n');
    const have = readFileSync(committed, 'utf8').split('\n');
    const line = want.findIndex((l, i) => l !== have[i]);
    const differs = line !== -1 || have.length !== want.length;
    assert.ok(
      !differs,
      `packages/elements/${file} disagrees with the manifest at line ${line + 1}:\n` +
        `  committed: ${have[line] ?? '(end of file)'}\n  manifest:  ${want[line] ?? '(end of file)'}\n` +
        `Regenerate it: ${REGENERATE}`,
    );
  }
});

test('the data has every tag of the manifest, its attributes, the values of literal unions, and boolean attributes', () => {
  type Tag = { name: string; attributes: { name: string; values: { name: string }[]; valueSet?: string }[] };
  type Decl = { tagName?: string; customElement?: boolean; events?: { name: string }[] };
  const manifest = JSON.parse(readFileSync(join(elements, 'custom-elements.json'), 'utf8')) as {
    modules: { declarations?: Decl[] }[];
  };
  const declared = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  const data = JSON.parse(readFileSync(join(elements, 'vscode.html-custom-data.json'), 'utf8')) as { tags: Tag[] };
  assert.deepEqual(data.tags.map((t) => t.name).sort(), declared.map((d) => d.tagName).sort());

  const attr = (tag: string, name: string) => data.tags.find((t) => t.name === tag)?.attributes.find((a) => a.name === name);
  assert.deepEqual(attr('biv-my-loans', 'sort')?.values.map((v) => v.name), ['due', 'title']);
  assert.deepEqual(attr('biv-loan-history', 'sort')?.values.map((v) => v.name), ['newest', 'oldest', 'title', 'author']);
  assert.deepEqual(attr('biv-login-box', 'forgot-pin-href')?.values, [], 'a URL has no list of values');
  assert.equal(attr('biv-my-loans', 'with-login')?.valueSet, 'v', 'a boolean attribute takes no value');

  const eventMap = readFileSync(join(elements, 'types/events.d.ts'), 'utf8');
  for (const event of new Set(declared.flatMap((d) => d.events ?? []).map((e) => e.name))) {
    assert.match(eventMap, new RegExp(`'${event}': Biv\\w+Event;`), `GlobalEventHandlersEventMap lacks ${event}`);
  }
});

test('the event map is the generated one only: every events module refers to it, none declares its own', () => {
  const src = join(elements, 'src');
  const modules = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const eventModules = modules.filter((f) => f.endsWith('/events.ts'));
  assert.ok(eventModules.length >= 11, `only ${eventModules.join(', ')}`);
  for (const file of modules) {
    const text = readFileSync(join(src, file), 'utf8');
    assert.doesNotMatch(text, /interface \w*EventMap\b/, `src/${file} declares an event map by hand: @fires in the JSDoc and ${REGENERATE}`);
    if (eventModules.includes(file)) {
      // What an npm user imports (the package, an element, an event class) brings the map along.
      assert.match(text, /^export type \{\} from '@biv\/elements\/events';$/m, `src/${file} does not refer to the generated event map`);
    }
  }
});

test('Vue props are named as vue-tsc looks them up: camelCase, never an attribute with a dash', () => {
  const vue = readFileSync(join(elements, 'types/vue.d.ts'), 'utf8');
  const props = [...vue.matchAll(/^ {2}("?[\w-]+"?)\?:/gm)].map((m) => m[1]!);
  assert.ok(props.includes('headingLevel') && props.includes('onBivLogin'), props.join(', '));
  assert.deepEqual(props.filter((p) => /[-"]/.test(p)), [], 'vue-tsc camelizes `heading-level` to `headingLevel` and checks no prop by a dashed name');
});

test('the typings bite: test/typings type-checks, with its deliberate mistakes as errors (vue-tsc)', async () => {
  assert.ok(existsSync(join(elements, 'dist/index.d.ts')), 'packages/elements/dist is missing: npm run build first');
  try {
    await run(join(repoRoot, 'node_modules/.bin/vue-tsc'), ['-p', 'test/typings/tsconfig.json'], { cwd: repoRoot });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    assert.fail(`vue-tsc -p test/typings/tsconfig.json failed:\n${stdout}${stderr}`);
  }
});
