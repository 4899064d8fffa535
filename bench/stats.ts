/** Small statistics and table helpers for the benchmarks. */

/** The q-quantile (0..1) of the values, interpolating between neighbours. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] ?? Number.NaN;
  const b = sorted[high] ?? Number.NaN;
  return a + (b - a) * (position - low);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

/** Shuffle in place (Fisher–Yates). */
export function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** A plain-text table: the first row is the header; numbers are right-aligned. */
export function table(rows: (string | number)[][]): string {
  const cells = rows.map((row) => row.map(String));
  const widths = cells[0]?.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0))) ?? [];
  const numeric = (i: number) => rows.slice(1).every((row) => typeof row[i] === 'number' || /^[\d.,×x-]+$/.test(String(row[i])));
  const line = (row: string[]) =>
    row.map((cell, i) => (numeric(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  const [head, ...body] = cells;
  return [line(head ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export const fixed = (n: number, digits = 1) => n.toFixed(digits);

/**
 * A 95% bootstrap interval of median(a) / median(b): resample both with replacement many times.
 * If it contains 1, the two cases cannot be told apart by their medians at this sample size.
 */
export function bootstrapMedianRatio(a: readonly number[], b: readonly number[], iterations = 2000): [number, number] {
  const resample = (values: readonly number[]) => values.map(() => values[Math.floor(Math.random() * values.length)] ?? Number.NaN);
  const ratios: number[] = [];
  for (let i = 0; i < iterations; i++) ratios.push(median(resample(a)) / median(resample(b)));
  return [quantile(ratios, 0.025), quantile(ratios, 0.975)];
}
