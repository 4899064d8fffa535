import { config } from 'zod/mini';

/**
 * zod compiles fast object parsers with `new Function` unless told not to, and probes for it when
 * a schema is created. Pages embedding the widgets often send a strict CSP without
 * `'unsafe-eval'`, where even the swallowed probe is reported as a violation. This module must be
 * evaluated before any schema of `@biv/contract` is created: `index.ts` imports it first.
 */
export const zodJitless: boolean = config({ jitless: true }).jitless === true;
