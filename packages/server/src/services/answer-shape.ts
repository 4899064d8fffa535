/**
 * An answer as the API gives it: a member with no value (null or undefined) is left out rather
 * than sent as `null`, so the JSON is what the contract's optional fields describe.
 */
export function withoutNull<T extends Record<string, unknown>>(value: T): T {
  const answer: Record<string, unknown> = {};
  for (const key in value) if (value[key] !== null && value[key] !== undefined) answer[key] = value[key];
  return answer as T;
}
