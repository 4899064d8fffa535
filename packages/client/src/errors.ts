import { PROBLEM_CODES, type FieldIssue, type ProblemCode } from '@biv/contract';

/** Every error the client reports: a problem code of the API or a client-side failure. */
export type ApiErrorCode = ProblemCode | 'network' | 'timeout' | 'bad_response' | 'config';

export interface ApiErrorInit {
  status?: number;
  fieldIssues?: readonly FieldIssue[];
  /** Seconds until a new attempt is allowed (account_locked, rate_limited). */
  retryAfter?: number;
  /** Why a PIN reset link cannot be used (`invalid_token`): expired, used, replaced or unknown. */
  reason?: string;
  cause?: unknown;
}

/**
 * The one error type of `@biv/client`. Its message is the code alone: it never carries what the
 * patron typed or personal data from a response.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ApiErrorCode;
  readonly status: number | undefined;
  readonly fieldIssues: readonly FieldIssue[];
  readonly retryAfter: number | undefined;
  readonly reason: string | undefined;

  constructor(code: ApiErrorCode, init: ApiErrorInit = {}) {
    super(code, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = code;
    this.status = init.status;
    this.fieldIssues = init.fieldIssues ?? [];
    this.retryAfter = init.retryAfter;
    this.reason = init.reason;
  }
}

export const isApiError = (value: unknown): value is ApiError => value instanceof ApiError;

/** Any failure as an `ApiError`: one already is; anything else is an unexpected answer. */
export const asApiError = (error: unknown): ApiError => (error instanceof ApiError ? error : new ApiError('bad_response', { cause: error }));

const knownCodes: ReadonlySet<string> = new Set(PROBLEM_CODES);
export const isProblemCode = (code: string): code is ProblemCode => knownCodes.has(code);
