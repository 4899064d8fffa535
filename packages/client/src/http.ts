import ky, { isTimeoutError, type KyInstance } from 'ky';
import { Problem, toFieldIssues, type FieldIssue } from '@biv/contract';
import { zodJitless } from './zod-config.js';
import { ApiError, isProblemCode } from './errors.js';
import { sessionRegistry } from './session-registry.js';

/** The minimal schema shape the client needs (zod/mini schemas of the contract). */
export interface ResponseSchema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false };
}

/** A request body's schema (the contract's), with the issues of a refused body. */
export interface RequestSchema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: Parameters<typeof toFieldIssues>[0] } };
}

/**
 * Check a request body with the contract's schema before anything is sent: the checked body, or
 * a `validation_failed` ApiError with the same field issues the server would give.
 */
export function checkBody<T>(schema: RequestSchema<T>, body: T): T {
  const result = schema.safeParse(body);
  if (!result.success) throw new ApiError('validation_failed', { fieldIssues: toFieldIssues(result.error.issues) });
  return result.data;
}

type FetchFn = typeof fetch;
let fetchOverride: FetchFn | undefined;

/**
 * Replace the `fetch` the client uses, or restore the browser's with no argument. For Storybook
 * stories and fault tests only; applications never need it.
 */
export function setFetch(fn?: FetchFn): void {
  fetchOverride = fn;
}

/** Milliseconds before a request is given up as `timeout`. */
export const REQUEST_TIMEOUT = 15_000;

const clients = new Map<string, KyInstance>();

function clientFor(endpoint: string): KyInstance {
  let client = clients.get(endpoint);
  if (!client) {
    client = ky.create({
      prefixUrl: endpoint,
      credentials: 'include',
      timeout: REQUEST_TIMEOUT,
      // Only reads are retried, once, and only when the server was briefly unavailable.
      retry: { limit: 1, methods: ['get'], statusCodes: [502, 503, 504], retryOnTimeout: false },
      throwHttpErrors: false,
      headers: { accept: 'application/json, application/problem+json' },
      fetch: (input, init) => (fetchOverride ?? globalThis.fetch)(input, init),
    });
    clients.set(endpoint, client);
  }
  return client;
}

export interface RequestOptions<T> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  json?: unknown;
  /** Extra request headers (e.g. `Idempotency-Key`). */
  headers?: Record<string, string>;
  /** Schema of a 2xx body; omitted for 204 answers (a 204 resolves with undefined either way). */
  schema?: ResponseSchema<T>;
  /** Told the status of a successful answer (when 200 and 201 mean different things). */
  onStatus?: (status: number) => void;
}

/** One validated request to the API. Resolves with the parsed body or rejects with an `ApiError`. */
export async function request<T>(endpoint: string, options: RequestOptions<T>): Promise<T> {
  if (!zodJitless) throw new ApiError('config');
  let response: Response;
  const authorization = sessionRegistry().get(endpoint)?.authorization();
  const headers = authorization ? { ...options.headers, authorization } : options.headers;
  try {
    response = await clientFor(endpoint)(options.path.replace(/^\//, ''), {
      method: options.method,
      ...(options.json === undefined ? {} : { json: options.json }),
      ...(headers ? { headers } : {}),
    });
  } catch (error) {
    throw new ApiError(isTimeoutError(error) ? 'timeout' : 'network', { cause: error });
  }
  if (!response.ok) throw await problemOf(response);
  options.onStatus?.(response.status);
  if (!options.schema || response.status === 204) return undefined as T;
  const body = await readJson(response);
  const parsed = options.schema.safeParse(body);
  if (!parsed.success) throw new ApiError('bad_response', { status: response.status });
  return parsed.data;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

function retryAfterHeader(response: Response): number | undefined {
  const value = response.headers.get('retry-after');
  if (value === null) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Turn an error response into an `ApiError`: a Problem body when there is one. */
async function problemOf(response: Response): Promise<ApiError> {
  const status = response.status;
  const headerRetry = retryAfterHeader(response);
  const type = response.headers.get('content-type') ?? '';
  const parsed = /json/.test(type) ? Problem.safeParse(await readJson(response)) : undefined;
  if (parsed?.success && isProblemCode(parsed.data.code)) {
    const fieldIssues: FieldIssue[] = parsed.data.errors ?? [];
    const retryAfter = parsed.data.retryAfter ?? headerRetry;
    const { reason } = parsed.data;
    return new ApiError(parsed.data.code, {
      status,
      fieldIssues,
      ...(retryAfter === undefined ? {} : { retryAfter }),
      ...(reason === undefined ? {} : { reason }),
    });
  }
  if (status >= 500) return new ApiError('internal_error', { status });
  if (status === 401) return new ApiError('unauthenticated', { status });
  if (status === 429) return new ApiError('rate_limited', { status, ...(headerRetry === undefined ? {} : { retryAfter: headerRetry }) });
  return new ApiError('bad_response', { status });
}
