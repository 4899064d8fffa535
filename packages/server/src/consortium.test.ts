import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConsortium, readConsortium, themeCss } from './consortium.js';
import { loadConfig } from './config.js';

const ale = { id: 'ale', name: 'Ale', sites: ['https://www.ale.se/'], pinResetPage: 'https://www.ale.se/glomt-pin', theme: { '--biv-color-accent': '#00606b' } };
const kungalv = { id: 'kungalv', name: 'Kungälv', sites: ['https://www.kungalv.se', 'https://bibliotek.kungalv.se'] };
const consortium = (...municipalities: unknown[]) => ({ municipalities });

const dir = mkdtempSync(join(tmpdir(), 'biv-consortium-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

describe('consortium configuration', () => {
  it('reads the municipalities: sites without a trailing slash, theme and reset page', () => {
    assert.deepEqual(parseConsortium(consortium(ale, kungalv), 'test'), [
      { ...ale, sites: ['https://www.ale.se'] },
      { ...kungalv, theme: {} },
    ]);
  });

  it('merges sites into the allowed origins and reset pages into the pages by municipality', () => {
    const config = loadConfig({
      BIV_CONSORTIUM_FILE: file('ok.json', consortium(ale, kungalv)),
      BIV_ALLOWED_ORIGINS: 'https://www.ale.se,https://partner.example',
      BIV_PIN_RESET_PAGES: 'Orust=https://www.orust.se/pin',
    });
    assert.deepEqual(config.allowedOrigins, ['https://www.ale.se', 'https://partner.example', 'https://www.kungalv.se', 'https://bibliotek.kungalv.se']);
    assert.deepEqual(config.pinResetPages, { Ale: 'https://www.ale.se/glomt-pin', Orust: 'https://www.orust.se/pin' });
    assert.equal(config.municipalities.length, 2);
  });

  it('names the entry and the rule of a malformed file', () => {
    const cases: [unknown, RegExp][] = [
      [consortium({ ...ale, sites: ['https://www.ale.se/bibliotek'] }), /municipalities\[0\] \(ale\)\.sites\[0\]: must be an origin/],
      [consortium({ ...ale, sites: ['www.ale.se'] }), /sites\[0\]: must be an origin/],
      [consortium({ ...ale, sites: [] }), /sites: list at least one site origin/],
      [consortium(ale, { ...kungalv, id: 'Kungälv' }), /municipalities\[1\] \(Kungälv\)\.id: must be lowercase/],
      [consortium({ ...ale, theme: { color: 'red' } }), /theme\.color: theme keys are the widgets' custom properties/],
      [consortium({ ...ale, theme: { '--biv-color-accent': 'red; } body { display: none' } }), /theme values may not contain/],
      [consortium({ ...ale, theme: { '--biv-color-accent': 'red /* x' } }), /theme values may not contain/],
      [consortium({ ...ale, pinResetPage: 'javascript:alert(1)' }), /pinResetPage: must be an http\(s\) URL or a path/],
      [consortium({ ...ale, homepage: 'https://www.ale.se' }), /homepage|Unrecognized key/],
      [consortium(), /list at least one municipality/],
      [{ kommuner: [] }, /municipalities|Unrecognized key/],
    ];
    for (const [json, message] of cases) assert.throws(() => parseConsortium(json, 'consortium.json'), message, JSON.stringify(json));
    assert.throws(() => parseConsortium(consortium(ale, { ...kungalv, id: 'ale' }), 'x'), /two municipalities have the id "ale"/);
    assert.throws(() => parseConsortium(consortium(ale, { ...kungalv, name: 'Ale' }), 'x'), /two municipalities have the name "Ale"/);
  });

  it('says which file cannot be read or is not JSON', () => {
    assert.throws(() => readConsortium(join(dir, 'missing.json')), /BIV_CONSORTIUM_FILE .*missing\.json cannot be read: ENOENT/);
    assert.throws(() => readConsortium(file('broken.json', '{ "municipalities": [')), /broken\.json is not JSON/);
  });

  it('refuses a reset page given twice, and allowed origins that are not origins', () => {
    assert.throws(
      () => loadConfig({ BIV_CONSORTIUM_FILE: file('ale.json', consortium(ale)), BIV_PIN_RESET_PAGES: 'Ale=https://www.ale.se/other' }),
      /Ale has a PIN reset page both in BIV_CONSORTIUM_FILE and in BIV_PIN_RESET_PAGES/,
    );
    assert.throws(() => loadConfig({ BIV_ALLOWED_ORIGINS: 'https://www.ale.se/bibliotek' }), /BIV_ALLOWED_ORIGINS entries are origins/);
    assert.throws(() => loadConfig({ BIV_ALLOWED_ORIGINS: '*' }), /BIV_ALLOWED_ORIGINS entries are origins/);
  });

  it('writes a theme as custom properties on :root', () => {
    const [m] = parseConsortium(consortium(ale), 'x');
    assert.equal(themeCss(m!), '/* ale: the look of the Bibliotek i Väst widgets */\n:root {\n  --biv-color-accent: #00606b;\n}\n');
  });

  it('stops the server at start with the reason, without a stack trace', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, BIV_DATA_DIR: dir, PORT: '0', BIV_CONSORTIUM_FILE: file('bad.json', consortium({ ...ale, sites: ['ale.se'] })) };
    const run = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/server/src/cli.ts', 'serve'], { cwd: root, env, encoding: 'utf8', timeout: 30_000 });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /bad\.json is not a valid consortium configuration:\n {2}municipalities\[0\] \(ale\)\.sites\[0\]: must be an origin/);
    assert.doesNotMatch(run.stderr, /^\s+at /m);
    assert.doesNotMatch(run.stdout, /listening/);
  });
});
