import type { FieldIssue } from './problem.js';

/** The minimal shape of a zod issue this adapter reads (zod and zod/mini alike). */
interface ZodLikeIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
}

/**
 * Turn zod issues into `{ path, code }` pairs. Our schemas put the field issue code in the
 * issue message; zod's own issues are mapped to a few generic codes.
 */
export function toFieldIssues(issues: readonly ZodLikeIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (seen.has(path)) continue; // the first problem of a field is the one to fix first
    seen.add(path);
    out.push({ path, code: issueCode(issue) });
  }
  return out;
}

function issueCode(issue: ZodLikeIssue): string {
  if (issue.code === 'custom' || /^[a-z_]+$/.test(issue.message)) return issue.message;
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'required' : 'invalid_type';
  if (issue.code === 'too_big') return 'too_long';
  return 'invalid';
}
