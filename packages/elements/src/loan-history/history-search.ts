import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HistoryEntry } from '@biv/client';
import type { HistoryIndex } from './history-index.js';
import { HISTORY_SORTS, PAGE, type HistorySort } from './sort.js';
/** The search waits this long after the last key before it filters. */
const SEARCH_DELAY = 150;
/** The count is announced once typing has paused this long (not on every key). */
const ANNOUNCE_DELAY = 1000;

type IndexClass = new (entries: readonly HistoryEntry[]) => HistoryIndex;

/**
 * What the patron is looking at in the list: the search field's text and the search applied (once
 * typing pauses), how many rows show, the count to announce, and the search index of the loaded
 * entries with its cached matches. After a load the index makes every order in tasks of its own,
 * so that re-sorting is a lookup and never a sort of thousands of titles in the patron's task.
 */
export class HistorySearch implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  /** The search field's text, kept through a failed load and "try again". */
  query = '';
  /** The search the list shows. */
  applied = '';
  /** How many matches show. */
  limit = PAGE;
  /** The count, said by the polite status region once typing pauses. */
  announcement = '';
  /** Bumped at each load: the list is drawn afresh. */
  loads = 0;
  #index: HistoryIndex | undefined;
  #matches: { index: HistoryIndex; query: string; sort: HistorySort; entries: HistoryEntry[] } | undefined;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #preparing: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#stop();
  }

  #stop(): void {
    clearTimeout(this.#searchTimer);
    clearTimeout(this.#announceTimer);
    clearTimeout(this.#preparing);
  }

  /** Forget everything (another patron, or nobody): no entry of the previous one stays in memory. */
  reset(): void {
    this.#stop();
    this.query = '';
    this.applied = '';
    this.limit = PAGE;
    this.announcement = '';
    this.#index = undefined;
    this.#matches = undefined;
  }

  /** Fresh entries arrived: the first page, and the index with its orders made in later tasks. */
  loaded(entries: readonly HistoryEntry[], Index: IndexClass): void {
    this.limit = PAGE;
    this.loads++;
    clearTimeout(this.#preparing);
    const index = (this.#index = new Index(entries));
    const sorts = [...HISTORY_SORTS];
    const next = () => {
      const sort = sorts.shift();
      if (!sort || this.#index !== index) return;
      index.order(sort);
      this.#preparing = setTimeout(next, 0);
    };
    this.#preparing = setTimeout(next, 0);
  }

  /** The matches of the applied search in `sort` order (made again only when one of them changed). */
  matching(entries: readonly HistoryEntry[], sort: HistorySort, Index: IndexClass): HistoryEntry[] {
    if (this.#index?.entries !== entries) this.#index = new Index(entries);
    const index = this.#index;
    const m = this.#matches;
    if (m?.index === index && m.query === this.applied && m.sort === sort) return m.entries;
    const found = index.matches(this.applied, sort);
    this.#matches = { index, query: this.applied, sort, entries: found };
    return found;
  }

  /** The field's text changed: applied once typing pauses; `now` (Enter) at once. */
  input(value: string, now: boolean, announce: () => string): void {
    this.query = value;
    clearTimeout(this.#searchTimer);
    const apply = () => {
      if (this.applied === this.query) return;
      this.applied = this.query;
      this.limit = PAGE;
      this.#host.requestUpdate();
      this.announceLater(announce);
    };
    if (now) apply();
    else this.#searchTimer = setTimeout(apply, SEARCH_DELAY);
  }

  /** Say what `announce` gives once the list has settled (after typing pauses, not on every key). */
  announceLater(announce: () => string): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.announcement = announce();
      this.#host.requestUpdate();
    }, ANNOUNCE_DELAY);
  }
}
