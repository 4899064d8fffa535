/** The orders of the list: return date (newest or oldest first), title or author (Swedish alphabetical order). */
export type HistorySort = 'newest' | 'oldest' | 'title' | 'author';
export const HISTORY_SORTS: readonly HistorySort[] = ['newest', 'oldest', 'title', 'author'];
/** Rows shown at first, and added by each "Visa 100 till". */
export const PAGE = 100;
