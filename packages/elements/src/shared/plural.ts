/**
 * The words for a count `n` in `locale` (a language tag), by its plural category (`Intl.PluralRules`): for catalogue
 * messages such as "1 lån" / "2 lån", "1 dag" / "2 dagar", "1 minut" / "2 minuter". `other` is
 * the form of any category not given. Its own module, so the login box's page does not carry it.
 */
export const plural = (locale: string, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string =>
  forms[new Intl.PluralRules(locale).select(n)] ?? forms.other;
