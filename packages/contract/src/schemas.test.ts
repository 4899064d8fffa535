import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LoginRequest, SessionResponse } from './schemas.js';
import { RegistrationRequest } from './registration.js';
import { RenewalsRequest, ReservationUpdate } from './loans.js';
import { ProfileUpdate } from './profile.js';
import { HistoryEntry, LoanHistorySetting } from './history.js';
import { toFieldIssues } from './issues.js';
import { routes } from './routes.js';
import { buildOpenApiDocument } from './openapi.js';

const issuesOf = (input: unknown) => {
  const result = LoginRequest.safeParse(input);
  return result.success ? [] : toFieldIssues(result.error.issues);
};

describe('LoginRequest', () => {
  it('accepts a card number or a personnummer with a four-digit PIN', () => {
    assert.deepEqual(issuesOf({ identifier: '1000000001', pin: '1357' }), []);
    assert.deepEqual(issuesOf({ identifier: '19850322-2385', pin: '0000' }), []);
  });

  it('turns each problem into a field issue code', () => {
    const cases: [unknown, { path: string; code: string }[]][] = [
      [{}, [{ path: 'identifier', code: 'required' }, { path: 'pin', code: 'required' }]],
      [{ identifier: '', pin: '' }, [{ path: 'identifier', code: 'required' }, { path: 'pin', code: 'required' }]],
      [{ identifier: 42, pin: 1357 }, [{ path: 'identifier', code: 'invalid_type' }, { path: 'pin', code: 'invalid_type' }]],
      [{ identifier: '19850322-2386', pin: '135' }, [{ path: 'identifier', code: 'personnummer_checksum' }, { path: 'pin', code: 'pin_format' }]],
      [{ identifier: 'x'.repeat(41), pin: '12345' }, [{ path: 'identifier', code: 'too_long' }, { path: 'pin', code: 'pin_format' }]],
    ];
    for (const [input, expected] of cases) assert.deepEqual(issuesOf(input), expected, JSON.stringify(input));
  });
});

describe('SessionResponse', () => {
  it('requires a known card state', () => {
    const base = { patron: { name: 'A', borrowerId: 'BIV-1', cardState: 'active' }, session: { expiresAt: '2026-11-29T20:00:00Z', idleTimeout: 900 } };
    assert.equal(SessionResponse.safeParse(base).success, true);
    assert.equal(SessionResponse.safeParse({ ...base, patron: { ...base.patron, cardState: 'lost' } }).success, false);
  });
});

describe('buildOpenApiDocument', () => {
  it('describes every route of the table with its schemas', () => {
    const doc = buildOpenApiDocument('/api/v1') as { openapi: string; paths: Record<string, Record<string, { operationId: string; requestBody?: unknown }>> };
    assert.equal(doc.openapi, '3.1.0');
    for (const [id, route] of Object.entries(routes)) {
      assert.equal(doc.paths[route.path.replace(/:([A-Za-z]+)/g, '{$1}')]?.[route.method]?.operationId, id);
    }
    const body = JSON.stringify(doc.paths['/session']?.post?.requestBody);
    assert.match(body, /identifier/);
    assert.match(body, /pin/);
  });

  it('gives a path parameter its description and pattern where the table has them', () => {
    const doc = buildOpenApiDocument('/api/v1') as { paths: Record<string, Record<string, { parameters?: { name: string; in: string; schema: { pattern?: string } }[] }>> };
    for (const method of ['put', 'delete']) {
      const recordId = doc.paths['/me/wishlist/{recordId}']?.[method]?.parameters?.find((p) => p.name === 'recordId');
      assert.equal(recordId?.in, 'path');
      const pattern = new RegExp(recordId?.schema.pattern ?? '');
      assert.ok(pattern.test('kallocain') && !pattern.test('a/b') && !pattern.test('x'.repeat(65)), `${method}: ${recordId?.schema.pattern}`);
    }
    const loan = doc.paths['/me/loans/{id}/renewal']?.post?.parameters?.find((p) => p.name === 'id');
    assert.deepEqual(loan?.schema, { type: 'string' });
  });
});

describe('RegistrationRequest', () => {
  const valid = {
    personnummer: '19900101-2385',
    givenName: 'Cecilia',
    familyName: 'Carlsson',
    streetAddress: 'Storgatan 1',
    postalCode: '442 30',
    city: 'Kungälv',
    email: 'cecilia@example.org',
    phone: '',
    homeLibraryId: 'kungalv',
    pin: '7391',
    acceptRules: true,
  };
  const issues = (input: unknown) => {
    const result = RegistrationRequest.safeParse(input);
    return result.success ? [] : toFieldIssues(result.error.issues);
  };

  it('accepts a complete application, with or without a phone number', () => {
    assert.deepEqual(issues(valid), []);
    assert.deepEqual(issues({ ...valid, phone: '070-123 45 67' }), []);
    const { phone: _phone, ...withoutPhone } = valid;
    assert.deepEqual(issues(withoutPhone), []);
  });

  it('gives each invalid field its own code', () => {
    const cases: [Partial<Record<keyof typeof valid, unknown>>, string, string][] = [
      [{ personnummer: '19900101-2386' }, 'personnummer', 'personnummer_checksum'],
      [{ personnummer: '' }, 'personnummer', 'required'],
      [{ givenName: '   ' }, 'givenName', 'required'],
      [{ familyName: 'x'.repeat(101) }, 'familyName', 'too_long'],
      [{ postalCode: '4423' }, 'postalCode', 'postal_code_format'],
      [{ email: 'cecilia.example.org' }, 'email', 'email_format'],
      [{ phone: 'ring mig' }, 'phone', 'phone_format'],
      [{ homeLibraryId: '' }, 'homeLibraryId', 'required'],
      [{ givenName: 'Ce\u0000cilia' }, 'givenName', 'invalid'],
      [{ streetAddress: 'Storgatan\n1' }, 'streetAddress', 'invalid'],
      [{ email: 'cecilia\u0000@example.org' }, 'email', 'invalid'],
      [{ pin: '123' }, 'pin', 'pin_format'],
      [{ pin: '1234' }, 'pin', 'pin_weak_common'],
      [{ pin: '0101' }, 'pin', 'pin_weak_repeated'],
      [{ pin: '2385' }, 'pin', 'pin_weak_personnummer'],
      [{ acceptRules: false }, 'acceptRules', 'rules_not_accepted'],
      [{ acceptRules: undefined }, 'acceptRules', 'rules_not_accepted'],
    ];
    for (const [change, path, code] of cases) {
      assert.deepEqual(issues({ ...valid, ...change }), [{ path, code }], JSON.stringify(change));
    }
  });
});

describe('RenewalsRequest and ReservationUpdate', () => {
  const issues = (schema: typeof RenewalsRequest | typeof ReservationUpdate, input: unknown) => {
    const result = schema.safeParse(input);
    return result.success ? [] : toFieldIssues(result.error.issues);
  };

  it('take ids as the library system gives them, but never with a control character', () => {
    assert.deepEqual(issues(RenewalsRequest, {}), []);
    assert.deepEqual(issues(RenewalsRequest, { ids: ['loan-1', 'Lån 2'] }), []);
    assert.deepEqual(issues(RenewalsRequest, { ids: ['loan-1', 'loan\u00002'] }), [{ path: 'ids.1', code: 'invalid' }]);
    assert.deepEqual(issues(RenewalsRequest, { ids: ['x'.repeat(65)] }), [{ path: 'ids.0', code: 'too_long' }]);
    assert.deepEqual(issues(ReservationUpdate, { pickupLibraryId: 'kungalv' }), []);
    assert.deepEqual(issues(ReservationUpdate, { pickupLibraryId: 'kung\u0000alv' }), [{ path: 'pickupLibraryId', code: 'invalid' }]);
  });
});

describe('ProfileUpdate', () => {
  const issues = (input: unknown) => {
    const result = ProfileUpdate.safeParse(input);
    return result.success ? [] : toFieldIssues(result.error.issues);
  };

  it('takes any one field or several; an empty phone is a removal, not an error', () => {
    assert.deepEqual(issues({ email: 'a@example.org' }), []);
    assert.deepEqual(issues({ phone: '' }), []);
    assert.deepEqual(issues({ streetAddress: 'Storgatan 1', postalCode: '442 30', city: 'Kungälv', phone: '070-123 45 67' }), []);
  });

  it('has the field rules and codes of registration, and wants at least one field', () => {
    assert.deepEqual(issues({ email: 'nope' }), [{ path: 'email', code: 'email_format' }]);
    assert.deepEqual(issues({ email: '' }), [{ path: 'email', code: 'required' }]);
    assert.deepEqual(issues({ postalCode: '1234' }), [{ path: 'postalCode', code: 'postal_code_format' }]);
    assert.deepEqual(issues({ phone: 'x' }), [{ path: 'phone', code: 'phone_format' }]);
    assert.deepEqual(issues({ city: '' }), [{ path: 'city', code: 'required' }]);
    assert.deepEqual(issues({ streetAddress: 'a\u0000b' }), [{ path: 'streetAddress', code: 'invalid' }]);
    assert.deepEqual(issues({}), [{ path: '', code: 'no_changes' }]);
    assert.deepEqual(issues({ name: 'Someone' }), [{ path: '', code: 'no_changes' }]);
  });

  it('gives each bad value the code registration gives it', () => {
    const application = {
      personnummer: '19900101-2385', givenName: 'C', familyName: 'C', streetAddress: 'S 1', postalCode: '44230', city: 'K',
      email: 'c@example.org', homeLibraryId: 'kungalv', pin: '7391', acceptRules: true,
    };
    const bad = ['', ' ', 'x', 'x'.repeat(300), 'a\u0000b', '12 345', 'a@b', 42, null];
    for (const field of ['streetAddress', 'postalCode', 'city', 'email', 'phone'] as const) {
      for (const value of bad) {
        const registration = RegistrationRequest.safeParse({ ...application, [field]: value });
        const expected = registration.success ? [] : toFieldIssues(registration.error.issues).filter((i) => i.path === field);
        assert.deepEqual(issues({ [field]: value }), expected, `${field}: ${JSON.stringify(value)}`);
      }
    }
  });
});

describe('LoanHistorySetting and HistoryEntry', () => {
  const issues = (input: unknown) => {
    const result = LoanHistorySetting.safeParse(input);
    return result.success ? [] : toFieldIssues(result.error.issues);
  };

  it('takes true or false; a missing value is required, anything else invalid_type', () => {
    assert.deepEqual(issues({ enabled: true }), []);
    assert.deepEqual(issues({ enabled: false }), []);
    assert.deepEqual(issues({}), [{ path: 'enabled', code: 'required' }]);
    for (const value of ['true', 1, 0, null, [], {}]) assert.deepEqual(issues({ enabled: value }), [{ path: 'enabled', code: 'invalid_type' }], JSON.stringify(value));
  });

  it('an entry may lack its author; its format is one of the item formats', () => {
    const entry = { id: 'h1', recordId: 'r1', title: 'Vi i villa', format: 'magazine', libraryId: 'nodinge', loanDate: '2026-01-01T10:00:00.000Z', returnDate: '2026-01-08T10:00:00.000Z' };
    assert.equal(HistoryEntry.safeParse(entry).success, true);
    assert.equal(HistoryEntry.safeParse({ ...entry, format: 'scroll' }).success, false);
  });
});
