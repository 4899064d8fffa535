/**
 * An answer as the API gives it: a member with no value (null or undefined) is left out rather
 * than sent as `null`, so the JSON is what the contract's optional fields describe.
 */
export const withoutNull = <T extends Record<string, unknown>>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as T;
