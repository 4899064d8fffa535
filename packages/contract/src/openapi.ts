import * as z from 'zod/mini';
import { Problem, PROBLEM_CONTENT_TYPE } from './problem.js';
import { routes, type RouteSpec } from './routes.js';

type JsonObject = Record<string, unknown>;

/**
 * Problems every route of a kind can answer, given by the server before the route's handler runs
 * (and so in no route's entry of the table): its cross-site request forgery guard
 * (packages/server/src/origin.ts) on every state-changing request, and its body limit and JSON
 * reading (app.ts, route-handler.ts) on every request with a body.
 */
const SHARED_PROBLEMS: { applies: (spec: RouteSpec) => boolean; status: number; description: string }[] = [
  { applies: (spec) => spec.body !== undefined, status: 400, description: 'malformed_request: the body is not JSON' },
  { applies: (spec) => spec.method !== 'get', status: 403, description: 'forbidden_origin: the Origin is neither the API\'s own nor an allowed site' },
  { applies: (spec) => spec.body !== undefined, status: 413, description: 'payload_too_large: the body is larger than the server accepts' },
  { applies: (spec) => spec.method !== 'get', status: 415, description: 'unsupported_media_type: a body declared as anything but application/json' },
];

/** Answer headers whose value is a number; the others are text. */
const INTEGER_HEADERS = new Set(['Retry-After']);

/** The route's own answers and the shared problems that apply to it, by status. */
function answersOf(spec: RouteSpec): [string, RouteSpec['responses'][number]][] {
  const answers: Record<number, RouteSpec['responses'][number]> = { ...spec.responses };
  for (const shared of SHARED_PROBLEMS) {
    if (!shared.applies(spec)) continue;
    const own = answers[shared.status];
    answers[shared.status] = own ? { ...own, description: `${own.description}; or ${shared.description}` } : { description: shared.description };
  }
  return Object.entries(answers).sort(([a], [b]) => Number(a) - Number(b));
}

const schemaOf = (schema: z.ZodMiniType, io: 'input' | 'output'): JsonObject => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonObject;
  return rest;
};

/**
 * The OpenAPI 3.1 document of API v1, generated from the contract's schemas and route table.
 * @param serverUrl the API root the document describes, e.g. `/api/v1`
 */
export function buildOpenApiDocument(serverUrl = '/api/v1'): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const [operationId, spec] of Object.entries(routes) as [string, RouteSpec][]) {
    const responses: JsonObject = {};
    for (const [status, response] of answersOf(spec)) {
      const isProblem = Number(status) >= 400;
      const entry: JsonObject = { description: response.description };
      if (response.schema) entry.content = { 'application/json': { schema: schemaOf(response.schema, 'output') } };
      if (isProblem) entry.content = { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } };
      if (response.headers) {
        entry.headers = Object.fromEntries(
          Object.entries(response.headers).map(([name, description]) => [name, { description, schema: { type: INTEGER_HEADERS.has(name) ? 'integer' : 'string' } }]),
        );
      }
      responses[status] = entry;
    }
    const operation: JsonObject = { operationId, summary: spec.summary, responses };
    const params = [...spec.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1] as string);
    const parameters: JsonObject[] = params.map((name) => {
      const described = spec.params?.[name];
      const schema = described?.pattern ? { type: 'string', pattern: described.pattern.source } : { type: 'string' };
      return described ? { name, in: 'path', required: true, description: described.description, schema } : { name, in: 'path', required: true, schema };
    });
    if (spec.headers) {
      for (const [name, description] of Object.entries(spec.headers)) parameters.push({ name, in: 'header', required: false, description, schema: { type: 'string' } });
    }
    if (parameters.length > 0) operation.parameters = parameters;
    if (spec.body) {
      operation.requestBody = { required: true, content: { 'application/json': { schema: schemaOf(spec.body, 'input') } } };
    }
    // Public operations say so (`[]`) rather than leave it unsaid.
    operation.security = spec.auth ? [{ sessionCookie: [] }, { bearer: [] }] : [];
    (paths[spec.path.replace(/:([A-Za-z]+)/g, '{$1}')] ??= {})[spec.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Bibliotek i Väst library-card self-service API',
      version: '1.0.0',
      description: 'Errors are RFC 9457 problem details with a stable `code`; validation errors list `errors: [{ path, code }]`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      schemas: { Problem: schemaOf(Problem, 'output') },
      securitySchemes: {
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'biv_session' },
        bearer: { type: 'http', scheme: 'bearer', description: 'The session id, for pages on another site than the API' },
      },
    },
  };
}
