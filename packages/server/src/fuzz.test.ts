// Over 350 lines on purpose: the generators of every route's bodies and headers belong together
// with the properties they feed.
// Property-based fuzzing (fast-check) of every route in the contract's route table: generated and
// hostile bodies, content types, headers, sessions and path ids. Whatever comes in, the answer is
// never a 5xx, never a stack trace, a path into node_modules or a query; every problem is
// application/problem+json with the status it is sent with and a known `code`, built only from
// the server's own words (nothing from the request is echoed, least of all a personnummer); a 2xx
// matches the route's response schema; the log gets no error and no personnummer; nothing pollutes
// Object.prototype. A route added to the table is fuzzed without touching this file.
//
// Repeatable by default: the seed is fixed, so CI is not flaky. BIV_FUZZ_SEED=<n> runs another
// seed, BIV_FUZZ_SEED=random a new one each time; a failure prints the seed, the path and the
// shrunk request. BIV_FUZZ_RUNS=<n> changes the runs per route (default 60).
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PROBLEM_CODES, PROBLEM_CONTENT_TYPE, Problem, routes, type RouteId, type RouteSpec } from '@biv/contract';
import { buildOpenApiDocument } from '@biv/contract/openapi';
import { NEW_ADULTS, personnummerAged } from '../../../test/fixtures.js';
import type { Config } from './config.js';
import { MemoryOutbox } from './mail.js';
import { DEMO_PATRONS } from './seed.js';
import { Sessions } from './sessions.js';
import { API, Harness, START, application, cookieOf, ownPostgresDatabase } from './test-harness.js';

const SEED =
  process.env.BIV_FUZZ_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.BIV_FUZZ_SEED || 20261129);
const RUNS = Number(process.env.BIV_FUZZ_RUNS || 60);

/** The patron whose session the fuzzer uses: loans in every state and reservations to act on. */
const ALVA = { card: '1000000001', pin: '1357' };
const OWN_ORIGIN = new URL(API).origin;
const PARTNER = 'https://www.kungalv.se';

/** No lockout or rate limit gets in the fuzzer's way (one target keeps the shipped limits). */
const NO_LIMITS: Partial<Config> = {
  lockoutAttempts: 1_000_000,
  clientFailureLimit: 1_000_000,
  registrationLimit: 1_000_000,
  pinResetIdentifierLimit: 1_000_000,
  pinResetClientLimit: 1_000_000,
  resetTokenFailureLimit: 1_000_000,
};
const RESET_PAGES: Partial<Config> = {
  publicUrl: OWN_ORIGIN,
  pinResetUrl: '/glomt-pin.html',
  pinResetAllowedUrls: ['/glomt-pin*', `${PARTNER}/bibliotek/*`],
};

// ---------------------------------------------------------------------------------------------
// Personal data the requests may carry

const DEMO_PERSONNUMMER = DEMO_PATRONS.map((p) => `${p.personnummer.slice(0, 8)}-${p.personnummer.slice(8)}`);
const PERSONNUMMER = [...NEW_ADULTS, ...DEMO_PERSONNUMMER, personnummerAged(12, START), personnummerAged(17, START)];
/** Every usual way to write a personnummer `YYYYMMDD-NNNN`. */
const forms = (p: string) => {
  const digits = p.replace('-', '');
  return [p, digits, `${digits.slice(2, 8)}-${digits.slice(8)}`, `${digits.slice(2, 8)}+${digits.slice(8)}`, digits.slice(2)];
};
const PERSONNUMMER_FORMS = PERSONNUMMER.flatMap(forms);

// ---------------------------------------------------------------------------------------------
// Hostile values

const HOSTILE_TEXT = [
  '', ' ', '\u0000', 'a\u0000b', '\r\n', '\t', '\u202e', '\ufeff', '\ud800', '\udfff', '😀', 'ǅ', 'Åsa Öberg', 'ß', 'İ',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', "' OR '1'='1", "'; DROP TABLE patrons; --", '"', '\\',
  '../../etc/passwd', '%00', '%s%n%x', '${7*7}', '{{7*7}}', '__proto__', 'constructor', 'prototype', 'toString',
  'null', 'undefined', 'NaN', 'Infinity', '-0', '1e309', '0x1F', '١٣٥٧', '１３５７', '1357 ', ' 1357', '13 57', '+46701234567',
];
const char = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCharCode(c));
const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: char(0, 0x1f), maxLength: 10 }),
  fc.string({ unit: char(0xd800, 0xdfff), maxLength: 4 }),
  fc.tuple(fc.constantFrom('x', '9', 'ä', '😀', '\u0000', '<'), fc.integer({ min: 100, max: 20_000 })).map(([s, n]) => s.repeat(n)),
  fc.integer().map(String),
  fc.double().map(String),
  fc.stringMatching(/^\d{1,14}$/),
  fc.constantFrom(...PERSONNUMMER_FORMS),
);
const nested = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
};
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
  fc.array(hostileString, { maxLength: 5 }),
  fc.integer({ min: 1, max: 3000 }).map(nested),
  fc.integer({ min: 100, max: 2000 }).map((n) => Array.from({ length: n }, (_, i) => `loan-${i}`)),
);
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__'];

/** JSON text of these entries in this order, duplicates and `__proto__` kept as written. */
const objectText = (entries: [string, unknown][]) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'}`).join(',')}}`;

/** Header values: what the fetch API lets through (Latin-1 without NUL, CR, LF), sometimes huge. */
const headerValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: char(1, 255).filter((c) => c !== '\r' && c !== '\n'), maxLength: 60 }) },
  fc.integer({ min: 1000, max: 9000 }).map((n) => 'A'.repeat(n)),
);
const ODD_CONTENT_TYPES = [
  'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/json;charset=latin1', 'application/json ; x=y',
  'application/jsonx', 'application/json5', 'application/problem+json', 'application/merge-patch+json', 'text/plain',
  'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=----x', 'text/json',
  '*/*', '', ' ', 'application/json, text/plain',
];
const contentType: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 80, arbitrary: fc.constant('application/json') },
  { weight: 7, arbitrary: fc.constant(undefined) },
  { weight: 10, arbitrary: fc.constantFrom(...ODD_CONTENT_TYPES) },
  { weight: 3, arbitrary: headerValue },
);
/** The value in `percent` of the runs, else absent. */
const sometimes = <T>(percent: number, arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 100 - percent, arbitrary: fc.constant(undefined) }, { weight: percent, arbitrary });

const RAW_IDS = [
  '..', '../..', '..%2F..%2Fsession', '%2e%2e', '%2E%2E%2Fsession', '%00', 'loan-pippi%00', '%', '%zz', '%ff', '%c0%af',
  '%E2%80%AE', 'a%2Fb', 'loan-pippi%20', '%20loan-pippi', '%20', 'x;y', 'x,y', '*', 'null', 'undefined', '-1', '0', '1e309',
  '__proto__', 'constructor', 'a?b=c&__proto__=1', 'a#b', '%3Cscript%3E', 'ä', '%C3%A4', '😀', '\\..\\x', 'LOAN-PIPPI',
  'loan-pippi/', 'loan-pippi/..', '.', '%2e',
];
/** encodeURIComponent, which throws on a lone surrogate. */
const encode = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return escape(s);
  }
};
/** Path ids that leave the route's path shape alone (one segment, not a dot segment). */
const sameRoute = (id: string) => id !== '' && !/[/\\?#]/.test(id) && !/^(\.|%2e){1,2}$/i.test(id);

// ---------------------------------------------------------------------------------------------
// Requests

type SessionKind = 'none' | 'cookie' | 'bearer' | 'cookie and junk bearer' | 'logged out cookie';
interface FuzzRequest {
  method: string;
  id: string;
  query: string | undefined;
  session: SessionKind;
  headers: Record<string, string>;
  body: string | Uint8Array<ArrayBuffer> | undefined;
}

/** What the seeded database holds, for plausible values. */
interface Known {
  ownIds: string[];
  otherIds: string[];
  loanIds: string[];
  libraryIds: string[];
}

const openApi = buildOpenApiDocument('/api/v1') as {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> } }>>;
};
/** The body's field names, from the contract (its OpenAPI document). */
const fieldNames = (route: RouteSpec) =>
  Object.keys(openApi.paths[route.path.replace(/:([A-Za-z]+)/g, '{$1}')]?.[route.method]?.requestBody?.content['application/json']?.schema.properties ?? {});

function plausible(field: string, known: Known): fc.Arbitrary<unknown> {
  // Not even half of them well-formed: each of those costs a PIN check (scrypt, tens of milliseconds).
  const pin = fc.oneof(
    { weight: 2, arbitrary: fc.oneof(fc.stringMatching(/^\d{4}$/), fc.constantFrom(...DEMO_PATRONS.map((p) => p.pin), '1234', '0000', '4826')) },
    { weight: 1, arbitrary: hostileString },
    { weight: 1, arbitrary: hostileValue },
    { weight: 1, arbitrary: fc.constantFrom(1357, '135', '13570', '', null) },
  );
  const personnummer = fc.constantFrom(...PERSONNUMMER_FORMS);
  const byField: Record<string, fc.Arbitrary<unknown>> = {
    identifier: fc.oneof(fc.constantFrom(...DEMO_PATRONS.map((p) => p.card)), personnummer, fc.stringMatching(/^\d{10}$/)),
    pin,
    currentPin: pin,
    newPin: pin,
    token: fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    resetUrl: fc.oneof(
      fc.constantFrom(
        '/glomt-pin.html', `${OWN_ORIGIN}/glomt-pin.html?x=1#y`, `${PARTNER}/bibliotek/pin`, 'https://evil.example/phish', '//evil.example/x',
        'javascript:alert(1)', `http://user:pass@${new URL(OWN_ORIGIN).host}/glomt-pin.html`, 'data:text/html,x', '/\\evil.example', '/glomt-pin.html/../../x',
      ),
      fc.webUrl(),
    ),
    ids: fc.array(fc.oneof(fc.constantFrom(...known.loanIds), hostileString), { maxLength: 10 }),
    pickupLibraryId: fc.constantFrom(...known.libraryIds, 'nowhere'),
    personnummer,
    email: fc.emailAddress(),
    acceptRules: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, fc.constantFrom(false, 'true', 1, null)),
  };
  const valid = (application() as Record<string, unknown>)[field];
  return byField[field] ?? (valid === undefined ? hostileValue : fc.constant(valid));
}

const OMIT = Symbol('omit');
function bodyArbitrary(route: RouteSpec, known: Known): fc.Arbitrary<string | Uint8Array<ArrayBuffer> | undefined> {
  const fields = fieldNames(route);
  const field = fields.length ? fc.constantFrom(...fields) : fc.string({ maxLength: 12 });
  // Mostly valid: every field plausible but at most two, which are hostile or missing; sometimes a
  // prototype key more.
  const nearlyValid = fc
    .tuple(
      fc.tuple(...fields.map((f) => plausible(f, known))),
      fc.oneof(fc.constant<string[]>([]), fc.subarray(fields, { maxLength: Math.min(2, fields.length) })),
      fc.tuple(fc.oneof(hostileValue, fc.constant(OMIT)), fc.oneof(hostileValue, fc.constant(OMIT))),
      sometimes(20, fc.tuple(fc.constantFrom(...PROTO_KEYS), hostileValue)),
    )
    .map(([values, broken, replacements, extra]) => {
      const entries = fields
        .map((f, i) => [f, broken.includes(f) ? replacements[broken.indexOf(f)] : values[i]] as [string, unknown])
        .filter(([, v]) => v !== OMIT);
      return objectText(extra ? [...entries, extra] : entries);
    });
  // The schema's field names holding hostile values, prototype keys, duplicates, unknown keys.
  const hostileFields = fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.tuple(field, hostileValue) },
        fc.tuple(fc.constantFrom(...PROTO_KEYS), fc.oneof(hostileValue, fc.constant({ polluted: true }), fc.constant({ prototype: { polluted: true } }))),
        fc.tuple(fc.string({ maxLength: 12 }), hostileValue),
      ),
      { maxLength: fields.length + 3 },
    )
    .map(objectText);
  const raw = fc.oneof(
    fc.constantFrom(
      '', 'null', '{', '{"pin":', '[]', '""', 'true', '0', '\ufeff{}', 'pin=1357&identifier=1000000001', '<?xml version="1.0"?><a/>',
      '{"a":1}{"b":2}', '{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}', "{'pin':'1357'}", '{"pin":1357,}',
    ),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.tuple(fc.jsonValue(), fc.nat()).map(([v, cut]) => JSON.stringify(v).slice(0, cut)),
    fc.tuple(fc.constantFrom('[', '{"a":'), fc.integer({ min: 1, max: 20_000 })).map(([open, n]) => open.repeat(n)),
  );
  return fc.oneof(
    { weight: 6, arbitrary: nearlyValid },
    { weight: 4, arbitrary: hostileFields },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
    { weight: 2, arbitrary: raw },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => new Uint8Array(bytes)) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

function requestArbitrary(route: RouteSpec, known: Known): fc.Arbitrary<FuzzRequest> {
  const id = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...known.ownIds) },
    { weight: 1, arbitrary: fc.constantFrom(...known.otherIds) },
    { weight: 2, arbitrary: hostileString.map(encode) },
    { weight: 2, arbitrary: fc.constantFrom(...RAW_IDS) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('', 'loan-pippi', 'res-mio'), fc.constantFrom('\u0000', '\u0000\u0000', '\r\n', '\t', '\u001f', '\u007f', '\u0085'))
        .map(([id, control]) => encode(id + control)),
    },
    { weight: 1, arbitrary: fc.integer({ min: 65, max: 10_000 }).map((n) => 'a'.repeat(n)) },
  );
  const headers = fc
    .record({
      origin: sometimes(50, fc.oneof(
        { weight: 8, arbitrary: fc.constant(OWN_ORIGIN) },
        fc.constantFrom(PARTNER, 'null', 'https://evil.example', `${OWN_ORIGIN}.evil.example`, `${OWN_ORIGIN}:8787`, OWN_ORIGIN.toUpperCase(), `${OWN_ORIGIN}/`),
        headerValue,
      )),
      'content-type': contentType,
      'sec-fetch-site': sometimes(10, fc.constantFrom('same-origin', 'same-site', 'cross-site', 'none', 'junk')),
      'idempotency-key': sometimes(40, fc.oneof(
        fc.stringMatching(/^[A-Za-z0-9_-]{16,64}$/),
        fc.constantFrom('fuzz-key-0000000001', 'fuzz-key-0000000002'),
        headerValue,
      )),
      authorization: sometimes(15, fc.oneof(
        fc.constantFrom('Bearer', 'Bearer ', 'Bearer null', 'Basic dXNlcjpwYXNz', 'bearer aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'),
        fc.stringMatching(/^[A-Za-z0-9_-]{20,64}$/).map((s) => `Bearer ${s}`),
        headerValue.map((v) => `Bearer ${v}`),
        headerValue,
      )),
      cookie: sometimes(20, fc.oneof(
        fc.constantFrom('biv_session=', 'biv_session=%', 'biv_session=%zz', 'biv_session="x"', 'biv_session=a; biv_session=b', ';;;', '=', 'biv_session', '__proto__=1'),
        headerValue.map((v) => `biv_session=${v}`),
        headerValue,
      )),
      'x-forwarded-for': sometimes(30, fc.oneof(fc.constantFrom('', '::1', '127.0.0.1, 10.0.0.1', 'unknown', '999.999.999.999', '[::1]:80', '::ffff:10.0.0.1'), fc.ipV4(), fc.ipV6(), headerValue)),
      'x-forwarded-proto': sometimes(40, fc.oneof(fc.constantFrom('https', 'http', 'javascript', 'a b', '', 'https, http'), headerValue)),
      'x-forwarded-host': sometimes(40, fc.oneof(fc.constantFrom('evil.example', 'localhost:99999', '[::1', 'a b', 'localhost, evil.example', ''), headerValue)),
      accept: sometimes(20, fc.constantFrom('application/problem+json', 'text/html', '*/*', '', 'application/json;q=0')),
    }, { requiredKeys: [] })
    .map((h) => Object.fromEntries(Object.entries(h).filter(([, v]) => v !== undefined)) as Record<string, string>);
  return fc.record({
    method: fc.oneof({ weight: 9, arbitrary: fc.constant(route.method) }, fc.constantFrom('get', 'post', 'put', 'patch', 'delete', 'options')),
    id,
    query: sometimes(10, fc.oneof(fc.constantFrom('__proto__[polluted]=1', 'constructor.prototype.polluted=1', 'x=%zz', 'id=..%2F'), headerValue.map(encode))),
    session: fc.constantFrom<SessionKind>('none', 'cookie', 'cookie', 'cookie', 'bearer', 'cookie and junk bearer', 'logged out cookie'),
    headers,
    body: bodyArbitrary(route, known),
  });
}

// ---------------------------------------------------------------------------------------------
// What every answer must be

const LEAKS: [RegExp, string][] = [
  [/\bat\s+(\S+\s+\()?(file:\/\/)?[\w./\\:@-]*\.(ts|js|mjs|cjs):\d+/, 'a stack frame'],
  [/\b[A-Z][A-Za-z]*(Error|Exception)\b:/, 'an error message'],
  [/node_modules/, 'a path into node_modules'],
  [/\b(select\s[\s\S]{0,200}\sfrom\s|insert\s+into\s|update\s+"?\w+"?\s+set\s|delete\s+from\s)/i, 'an SQL query'],
  [/SQLITE_|sqlite3|syntax error at or near|violates \w+ constraint|relation "\w+"|kysely/i, 'a database message'],
];
const PROBLEM_KEYS = new Set(['type', 'title', 'status', 'code', 'detail', 'retryAfter', 'errors', 'reason']);
/** Where a field issue may point: a body field of any route (a swapped method reaches another route), or the header. */
const ISSUE_PATHS = new Set(['', 'Idempotency-Key', ...Object.values(routes).flatMap((r: RouteSpec) => fieldNames(r))]);

function checkAnswer(route: RouteSpec, request: FuzzRequest, response: Response, text: string) {
  const { status } = response;
  const said = `${status} ${response.headers.get('content-type') ?? ''} ${text.slice(0, 500)}`;
  assert.ok(status >= 200 && status < 500, `never a 5xx (nor 1xx): ${said}`);
  const headerText = [...response.headers].map(([k, v]) => `${k}: ${v}`).join('\n');
  for (const [pattern, what] of LEAKS) {
    assert.doesNotMatch(text, pattern, `the body holds ${what}: ${said}`);
    assert.doesNotMatch(headerText, pattern, `a header holds ${what}: ${headerText}`);
  }
  // Only the list of libraries may be kept by a cache, and revalidated (docs/server.md); nothing else.
  const listOfLibraries = route.path === '/libraries' && ['get', 'head'].includes(request.method) && (status === 200 || status === 304);
  assert.equal(response.headers.get('cache-control'), listOfLibraries ? 'public, max-age=300' : 'no-store', said);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  const targetsRoute = request.method === route.method && sameRoute(request.id);

  if (status === 304) {
    assert.ok(listOfLibraries && Object.keys(request.headers).some((name) => name.toLowerCase() === 'if-none-match'), `a 304 only to a revalidation of the libraries: ${said}`);
    assert.equal(text, '', said);
    return;
  }
  if (status >= 300) {
    assert.ok(status >= 400, `no redirects: ${said}`);
    assert.match(response.headers.get('content-type') ?? '', new RegExp(`^${PROBLEM_CONTENT_TYPE.replace('+', '\\+')}\\b`), `a problem is problem+json: ${said}`);
    const body = JSON.parse(text) as Record<string, unknown>;
    assert.ok(Problem.safeParse(body).success, `a problem matches the contract's Problem: ${said}`);
    assert.equal(body.status, status, `the problem's status is the HTTP status: ${said}`);
    assert.ok((PROBLEM_CODES as readonly unknown[]).includes(body.code), `a known code: ${said}`);
    // Only the server's own words: no member, path, code or reason carries anything from the request.
    for (const key of Object.keys(body)) assert.ok(PROBLEM_KEYS.has(key), `unexpected member ${key}: ${said}`);
    assert.match(String(body.type), /^[\w:/.#-]+$/, said);
    if (body.reason !== undefined) assert.ok(typeof body.reason === 'string' && /^[a-z_]{1,40}$/.test(body.reason), said);
    for (const issue of (body.errors as { path: string; code: string }[] | undefined) ?? []) {
      const [first = ''] = issue.path.split('.');
      assert.ok(ISSUE_PATHS.has(first) && /^[\w-]*(\.\d+)*$/.test(issue.path), `an error path from the schema: ${said}`);
      assert.match(issue.code, /^[a-z0-9_]{1,40}$/, `an error code, not input: ${said}`);
    }
    if (status === 429) {
      const wait = Number(response.headers.get('retry-after'));
      assert.ok(Number.isInteger(wait) && wait > 0 && wait === body.retryAfter, `429 says when, in the header and the body: ${said}`);
    }
    for (const p of PERSONNUMMER_FORMS) assert.ok(!text.includes(p), `no personnummer in a problem: ${said}`);
  } else if (text !== '') {
    assert.match(response.headers.get('content-type') ?? '', /^application\/json\b/, said);
    const body = JSON.parse(text) as unknown;
    if (targetsRoute) {
      const declared = (route.responses as Record<number, { schema?: { safeParse(v: unknown): { success: boolean } } } | undefined>)[status];
      assert.ok(declared, `a success status the route table declares: ${said}`);
      if (declared.schema) assert.ok(declared.schema.safeParse(body).success, `the body matches the declared schema: ${said}`);
    }
    // A success may echo what the request sent (a renewal's unknown id), nothing else personal.
    const sent = `${request.id} ${typeof request.body === 'string' ? request.body : ''}`;
    for (const p of PERSONNUMMER_FORMS) assert.ok(!text.includes(p) || sent.includes(p), `no personnummer that was not sent: ${said}`);
  }
}

// ---------------------------------------------------------------------------------------------
// The runs

const pgUrl = await ownPostgresDatabase(process.env.BIV_TEST_DATABASE_URL, 'fuzz');
const targets: { label: string; databaseUrl: string | undefined; config: Partial<Config>; skip?: string | false }[] = [
  { label: 'SQLite', databaseUrl: undefined, config: { ...NO_LIMITS, ...RESET_PAGES } },
  {
    label: 'SQLite behind a proxy, with CORS and the shipped limits',
    databaseUrl: undefined,
    config: { ...RESET_PAGES, allowedOrigins: [PARTNER], trustProxy: 1 },
  },
  { label: 'PostgreSQL', databaseUrl: pgUrl, config: { ...NO_LIMITS, ...RESET_PAGES }, skip: !pgUrl && 'set BIV_TEST_DATABASE_URL to run against PostgreSQL' },
];
const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join();

for (const target of targets) {
  describe(`fuzzing every route on ${target.label}`, { skip: target.skip ?? false }, () => {
    const h = new Harness(target.databaseUrl);
    const outbox = new MemoryOutbox(100_000);
    const known: Known = { ownIds: [], otherIds: [], loanIds: [], libraryIds: [] };
    let alvaId = '';
    let live: string | undefined;
    let loggedOut = '';
    const cleanPrototype = prototypeKeys();

    /**
     * Alva's session, a new one when a request ended it. Made directly, without a login: each
     * login is a PIN check (scrypt), and logging out is one of the things fuzzed. Should the
     * session store ever make ids this cannot, it logs in instead.
     */
    async function liveSession(): Promise<string> {
      if (live) return live;
      const settings = { idleSeconds: h.services.config.sessionIdleSeconds, absoluteSeconds: h.services.config.sessionAbsoluteSeconds };
      const { id } = await new Sessions(h.services.db, settings, () => h.now).create(alvaId);
      const works = (await h.request('GET', '/session', { headers: { cookie: `biv_session=${id}` } })).status === 200;
      live = works ? id : cookieOf(await h.login(ALVA.card, ALVA.pin));
      assert.ok(live, 'a session for the fuzzer');
      return live;
    }

    before(async () => {
      await h.start(target.config, { mailer: outbox });
      alvaId = (await h.services.db.selectFrom('patrons').select('id').where('card_number', '=', ALVA.card).executeTakeFirstOrThrow()).id;
      const loans = await h.services.db.selectFrom('loans').select(['id', 'patron_id']).execute();
      const reservations = await h.services.db.selectFrom('reservations').select(['id', 'patron_id']).execute();
      for (const row of [...loans, ...reservations]) (row.patron_id === alvaId ? known.ownIds : known.otherIds).push(row.id);
      known.otherIds = known.otherIds.slice(0, 20);
      known.loanIds = [...loans.filter((l) => l.patron_id === alvaId).map((l) => l.id), ...known.otherIds.slice(0, 3)];
      known.libraryIds = (await h.services.db.selectFrom('libraries').select('id').execute()).map((l) => l.id);
      loggedOut = await liveSession();
      live = undefined;
      assert.equal((await h.request('DELETE', '/session', { headers: { cookie: `biv_session=${loggedOut}` } })).status, 204);
    });
    after(() => h.stop());

    for (const [routeId, route] of Object.entries(routes) as [RouteId, RouteSpec][]) {
      it(`${route.method.toUpperCase()} ${route.path} (${routeId})`, async (t: TestContext) => {
        const statuses = new Map<number, number>();
        await fc.assert(
          fc.asyncProperty(requestArbitrary(route, known), async (request) => {
            const bodyText = typeof request.body === 'string' ? request.body : '';
            // Alva's own PIN would change her PIN or block her card: the session the fuzzer lives on.
            if (routeId !== 'createSession') fc.pre(!bodyText.includes(ALVA.pin));
            const headers = { ...request.headers };
            const session = request.session === 'none' ? undefined : request.session === 'logged out cookie' ? loggedOut : await liveSession();
            if (session && request.session === 'bearer') headers.authorization = `Bearer ${session}`;
            else if (session) headers.cookie = `${headers.cookie ? `${headers.cookie}; ` : ''}biv_session=${session}`;
            if (request.session === 'cookie and junk bearer') headers.authorization = 'Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
            const method = request.method.toUpperCase();
            const path = route.path.replace(/:[A-Za-z]+/g, () => request.id) + (request.query ? `?${request.query}` : '');
            const logFrom = h.log.length;

            const response = await h.services.app.request(API + path, {
              method,
              headers,
              ...(request.body === undefined || method === 'GET' ? {} : { body: request.body }),
            });
            const text = await response.text();
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
            // A logout, a login or a blocked card: the session the cookie named is gone.
            if (session === live && response.headers.get('set-cookie')?.includes('biv_session')) live = undefined;

            checkAnswer(route, request, response, text);
            const log = h.log.slice(logFrom).replace(/"(time|ms)":\d+/g, '');
            assert.doesNotMatch(log, /"level":(50|60)/, `the log has no error: ${log.slice(0, 2000)}`);
            for (const p of PERSONNUMMER_FORMS) assert.ok(!log.includes(p), `no personnummer in the log: ${log.slice(0, 2000)}`);
            assert.equal(prototypeKeys(), cleanPrototype, 'Object.prototype is untouched');
            assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype is untouched');
          }),
          { seed: SEED, numRuns: RUNS },
        );
        t.diagnostic(`statuses: ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')}`);
      });
    }

    it('logs no error, also after an answer; no mail carries markup from a request; reset links go only to allowed pages', async (t: TestContext) => {
      await new Promise((resolve) => setTimeout(resolve, 50)); // reset mails are sent after the answer
      let links = 0;
      for (const mail of outbox.messages()) {
        assert.doesNotMatch(mail.html, /<script|onerror=|javascript:/i, mail.subject);
        for (const [, href] of mail.html.matchAll(/href="([^"]*)"/g)) {
          links++;
          assert.ok(href?.startsWith(`${OWN_ORIGIN}/glomt-pin`) || href?.startsWith(`${PARTNER}/bibliotek/`), `a link to an allowed page: ${href}`);
        }
      }
      t.diagnostic(`${outbox.messages().length} mails, ${links} links`);
      const errors = h.logWithoutTimes.split('\n').filter((line) => /"level":(50|60)/.test(line));
      assert.deepEqual(errors, [], 'no error was logged, also after an answer');
    });
  });
}

console.log(`fuzz seed ${SEED}, ${RUNS} runs per route (BIV_FUZZ_SEED=${SEED} repeats this run)`);
