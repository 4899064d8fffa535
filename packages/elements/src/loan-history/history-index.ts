import type { HistoryEntry } from '@biv/client';
import type { HistorySort } from './sort.js';


/**
 * Text as the search compares it: lower case, accents dropped (é → e, ü → u) except the Swedish
 * letters å, ä and ö, which stay letters of their own ("ol" does not find "öl"); æ and ø count as ä
 * and ö, as Swedish alphabetises them.
 */
export function searchKey(text: string): string {
  return text
    .toLocaleLowerCase('sv')
    .replace(/æ/g, 'ä')
    .replace(/ø/g, 'ö')
    .normalize('NFD')
    .replace(/a\u030a/g, 'å')
    .replace(/a\u0308/g, 'ä')
    .replace(/o\u0308/g, 'ö')
    .replace(/[\u0300-\u036f]/g, '');
}

/** The words of a query, as search keys (empty: everything matches). */
export const queryWords = (query: string): string[] => searchKey(query).split(/\s+/).filter(Boolean);

/**
 * One load of the patron's history, made ready for searching and sorting: each entry's search key
 * (title and author) is made once, and each order once when first asked for, so that typing and
 * re-sorting never redo work for all 5 000 entries beyond a filter over precomputed strings.
 */
export class HistoryIndex {
  readonly entries: readonly HistoryEntry[];
  readonly #keys: readonly string[];
  readonly #orders = new Map<HistorySort, Uint32Array>();
  readonly #collator = new Intl.Collator('sv');

  constructor(entries: readonly HistoryEntry[]) {
    this.entries = entries;
    this.#keys = entries.map((e) => searchKey(e.author ? `${e.title}\n${e.author}` : e.title));
  }

  /** Positions of the entries in `sort` order. */
  order(sort: HistorySort): Uint32Array {
    let made = this.#orders.get(sort);
    if (!made) {
      const e = this.entries;
      const positions = Array.from(e, (_, i) => i);
      const byReturn = (a: number, b: number) => ((e[b] as HistoryEntry).returnDate < (e[a] as HistoryEntry).returnDate ? -1 : (e[b] as HistoryEntry).returnDate > (e[a] as HistoryEntry).returnDate ? 1 : a - b);
      const c = this.#collator;
      if (sort === 'newest') positions.sort(byReturn);
      else if (sort === 'oldest') positions.sort((a, b) => byReturn(b, a));
      else if (sort === 'title') positions.sort((a, b) => c.compare((e[a] as HistoryEntry).title, (e[b] as HistoryEntry).title) || byReturn(a, b));
      else {
        // Without an author last; then by title.
        positions.sort((a, b) => {
          const x = (e[a] as HistoryEntry).author;
          const y = (e[b] as HistoryEntry).author;
          if (!x || !y) return (x ? 0 : 1) - (y ? 0 : 1) || c.compare((e[a] as HistoryEntry).title, (e[b] as HistoryEntry).title);
          return c.compare(x, y) || c.compare((e[a] as HistoryEntry).title, (e[b] as HistoryEntry).title) || byReturn(a, b);
        });
      }
      made = Uint32Array.from(positions);
      this.#orders.set(sort, made);
    }
    return made;
  }

  /** The entries whose title or author holds every word of `query`, in `sort` order. */
  matches(query: string, sort: HistorySort): HistoryEntry[] {
    const words = queryWords(query);
    const keys = this.#keys;
    const out: HistoryEntry[] = [];
    for (const i of this.order(sort)) {
      const key = keys[i] as string;
      if (words.every((w) => key.includes(w))) out.push(this.entries[i] as HistoryEntry);
    }
    return out;
  }
}
