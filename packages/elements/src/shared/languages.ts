/**
 * The languages the elements speak: one line each. Swedish is the elements' own language, written
 * next to their code (each element's `*.messages.ts`), and the fallback of every other language;
 * any other language is one catalogue file, `src/locales/<code>.ts`, loaded only by a page in that
 * language (`load`). A language marked `incomplete` is being translated: pages in it get Swedish
 * until the translator is done and the mark is removed (`npm test` lists its missing keys).
 */
export const LANGUAGES = {
  sv: { intl: 'sv-SE', dir: 'ltr' },
  en: { intl: 'en-GB', dir: 'ltr', load: (): Promise<Translations> => import('../locales/en.js') },
  ar: { intl: 'ar', dir: 'rtl', load: (): Promise<Translations> => import('../locales/ar.js') },
  fi: { intl: 'fi-FI', dir: 'ltr', incomplete: true, load: (): Promise<Translations> => import('../locales/fi.js') },
  so: { intl: 'so-SO', dir: 'ltr', incomplete: true, load: (): Promise<Translations> => import('../locales/so.js') },
  fa: { intl: 'fa-IR', dir: 'rtl', incomplete: true, load: (): Promise<Translations> => import('../locales/fa.js') },
  ti: { intl: 'ti-ER', dir: 'ltr', incomplete: true, load: (): Promise<Translations> => import('../locales/ti.js') },
} as const satisfies Record<string, Language>;

export interface Language {
  /** The tag given to `Intl` (dates, numbers, plurals, sorting). */
  readonly intl: string;
  readonly dir: 'ltr' | 'rtl';
  /** Being translated: not used by pages yet. */
  readonly incomplete?: true;
  /** The language's catalogue file (Swedish has none: it is in the elements' code). */
  readonly load?: () => Promise<Translations>;
}

/** A language file: one export per element (its part), each a subset of the element's Swedish catalogue. */
export type Translations = Record<string, object>;

export type LanguageCode = keyof typeof LANGUAGES;
