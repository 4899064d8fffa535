// The OpenAPI document passes Redocly's `recommended` lint (redocly.yaml) with 0 errors and 0
// warnings, as a municipality's developer would check it before generating a client.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from './openapi.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const redocly = `${root}node_modules/.bin/redocly`;

interface LintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
}

/** Redocly's findings for `doc`, written where .redocly.lint-ignore.yaml expects it (`name` for another copy). */
function lint(doc: unknown, name = 'openapi.json'): Promise<LintReport> {
  mkdirSync(`${root}test-output`, { recursive: true });
  writeFileSync(`${root}test-output/${name}`, JSON.stringify(doc, null, 2));
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', DO_NOT_TRACK: '1', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };
  return new Promise((resolve, reject) => {
    // Exit code 1 when there are errors: the report on stdout says which.
    execFile(redocly, ['lint', `test-output/${name}`, '--config', 'redocly.yaml', '--format', 'json'], { cwd: root, env }, (error, stdout, stderr) => {
      try {
        resolve(JSON.parse(stdout) as LintReport);
      } catch {
        reject(new Error(`redocly lint gave no report: ${error?.message ?? ''}\n${stderr}`));
      }
    });
  });
}

const said = (report: LintReport) => report.problems.map((p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer ?? '?'}: ${p.message}`).join('\n');

describe('the OpenAPI document under Redocly’s recommended lint', () => {
  it('has no error and no warning', async () => {
    const report = await lint(buildOpenApiDocument('/api/v1'));
    assert.equal(report.totals.errors, 0, said(report));
    assert.equal(report.totals.warnings, 0, said(report));
    assert.ok(report.totals.ignored <= 1, `only GET /libraries is exempt (.redocly.lint-ignore.yaml): ${report.totals.ignored} ignored`);
  });

  it('finds what the issue found when the document lacks security, licence and 4XX answers (the lint can fail)', async () => {
    const doc = buildOpenApiDocument('/api/v1') as { info: Record<string, unknown>; paths: Record<string, Record<string, Record<string, unknown>>> };
    delete doc.info.license;
    for (const operation of Object.values(doc.paths).flatMap((item) => Object.values(item))) {
      if (Array.isArray(operation.security) && operation.security.length === 0) delete operation.security;
    }
    const responses = doc.paths['/session']?.delete?.responses as Record<string, unknown>;
    for (const status of Object.keys(responses)) if (status.startsWith('4')) delete responses[status];
    const report = await lint(doc, 'openapi-broken.json');
    const rules = (severity: string) => report.problems.filter((p) => p.severity === severity).map((p) => p.ruleId).sort();
    assert.deepEqual(rules('error'), Array(6).fill('security-defined'), said(report));
    // This copy is not the file .redocly.lint-ignore.yaml names: GET /libraries is found too, as the issue found it.
    assert.deepEqual(rules('warn'), ['info-license', 'operation-4xx-response', 'operation-4xx-response'], said(report));
  });

  it('says every public operation is public and every other needs the session', () => {
    const doc = buildOpenApiDocument('/api/v1') as { paths: Record<string, Record<string, { operationId: string; security?: unknown }>> };
    const operations = Object.values(doc.paths).flatMap((item) => Object.values(item));
    const publicIds = operations.filter((o) => Array.isArray(o.security) && o.security.length === 0).map((o) => o.operationId).sort();
    assert.deepEqual(publicIds, ['confirmPinReset', 'createRegistration', 'createSession', 'deleteSession', 'listLibraries', 'requestPinReset']);
    for (const o of operations.filter((o) => !publicIds.includes(o.operationId))) {
      assert.deepEqual(o.security, [{ sessionCookie: [] }, { bearer: [] }], o.operationId);
    }
  });
});
