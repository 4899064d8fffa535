import type { ApiErrorCode } from '@biv/client';
import type { FieldIssueCode } from '@biv/contract';
import type { Catalogue, Message } from './localize.js';

/*
 * One key convention for what can go wrong, in every catalogue:
 * - `problem.<code>`: an API problem or a client failure (`ApiErrorCode` of @biv/client: the
 *   contract's `ProblemCode` and network, timeout, bad_response, config). A message that is a
 *   function gets the wait ("om 15 minuter") as its argument.
 * - `<field>.<code>`: a field issue code (the contract's `FIELD_ISSUE_CODES`) at the field `<field>`;
 *   `field.invalid` and `field.invalid_type` are the words for the generic codes of any field.
 * The types below make a missing message a type error: every catalogue has every problem code,
 * and each form declares the codes each of its fields can get (`FieldIssues`) and `satisfies`
 * `FormCatalogue` of them.
 */

/** The key of every problem an element can be told about. */
export type ProblemKey = `problem.${ApiErrorCode}`;

/** Field issue codes the browser alone gives (two fields that must match). */
export type BrowserIssueCode = 'pin_mismatch';

/** The issue codes each field of a form can get, per field name (codes of the contract, or the browser's). */
export type FieldIssues<F extends string = string> = Record<F, FieldIssueCode | BrowserIssueCode>;

/** `<field>.<code>` for every field and code of `I`. */
export type FieldKey<I extends FieldIssues> = { [F in keyof I & string]: `${F}.${I[F]}` }[keyof I & string];

/** A catalogue with a message for every problem and for every field issue of `I`. */
export type FormCatalogue<I extends FieldIssues = Record<never, never>> = Catalogue & Record<ProblemKey | FieldKey<I>, Message>;

/** The words of a problem an element does not meet, or cannot tell apart: the service answered unexpectedly. */
const UNEXPECTED_SV = 'Tjänsten gav ett oväntat svar. Försök igen om en stund. Det du har skrivit finns kvar.';

/**
 * The problems only some elements meet (a login's, a reset link's, a list's), all in `text`: the
 * element that meets one says it in its own words after these.
 */
export const elementProblems = (text: string) => ({
  'problem.invalid_credentials': text,
  'problem.account_locked': text,
  'problem.card_blocked': text,
  'problem.card_expired': text,
  'problem.invalid_token': text,
  'problem.reservation_ready': text,
  'problem.wishlist_full': text,
  'problem.request_in_progress': text,
});

/**
 * Messages every element shares: form furniture, the generic field issue codes and every API
 * problem code. A problem only some elements meet (`reservation_ready`, …) has the general words
 * here and the element's own in its catalogue, so the login box's page does not carry the others'.
 * Swedish first; both catalogues have the same keys (checked by the type below).
 */
const sv = {
  errorPrefix: 'Fel:',
  summaryTitle: 'Det finns ett problem',
  // Field issue codes (see FIELD_ISSUE_CODES in @biv/contract)
  'field.invalid': 'Kontrollera det du har skrivit',
  'field.invalid_type': 'Kontrollera det du har skrivit',
  // API problems and client failures (see ApiErrorCode in @biv/client)
  'problem.network': 'Vi fick ingen kontakt med tjänsten. Kontrollera din internetanslutning och försök igen. Det du har skrivit finns kvar.',
  'problem.timeout': 'Tjänsten svarade inte i tid. Försök igen om en stund. Det du har skrivit finns kvar.',
  'problem.internal_error': 'Något gick fel hos oss. Försök igen om en stund. Det du har skrivit finns kvar.',
  'problem.service_unavailable': 'Tjänsten är tillfälligt otillgänglig. Försök igen om en stund. Det du har skrivit finns kvar.',
  'problem.bad_response': UNEXPECTED_SV,
  ...elementProblems(UNEXPECTED_SV),
  'problem.config': 'Tjänsten är inte rätt inställd på den här sidan: adressen till biblioteket saknas. Kontakta webbplatsens ansvariga.',
  'problem.forbidden_origin': 'Den här webbplatsen får inte använda bibliotekets tjänst. Kontakta webbplatsens ansvariga.',
  'problem.unsupported_media_type': 'Tjänsten gav ett oväntat svar. Försök igen om en stund.',
  'problem.malformed_request': 'Tjänsten gav ett oväntat svar. Försök igen om en stund.',
  'problem.payload_too_large': 'Det du har skrivit är för långt. Korta det och försök igen.',
  'problem.not_found': 'Tjänsten hittades inte. Kontakta webbplatsens ansvariga.',
  'problem.method_not_allowed': 'Tjänsten gav ett oväntat svar. Kontakta webbplatsens ansvariga.',
  'problem.unauthenticated': 'Du är inte inloggad längre. Logga in igen.',
  'problem.validation_failed': 'Kontrollera det du har skrivit.',
  'problem.rate_limited': (when: string) => `För många försök från den här enheten. Vänta och försök igen ${when}.`,
  /** A wait of unknown length. */
  soon: 'om en stund',
} satisfies FormCatalogue;

export type SharedMessages = typeof sv;

export const sharedMessages = sv;

/** What a controller of a catalogue with the shared messages can say (any element's). */
interface Localizer {
  t(key: 'soon' | 'field.invalid' | ProblemKey, when?: string): string;
  lookup(key: string): string | undefined;
  inDuration(seconds: number): string;
}

/** A wait as words: "om 15 minuter", or "om en stund" when the server did not say. */
export const waitText = (i18n: Localizer, seconds: number | undefined): string =>
  seconds === undefined ? i18n.t('soon') : i18n.inDuration(seconds);

/** The words of an API problem: `problem.<code>` of the element's catalogue (it has every code). */
export const problemText = (i18n: Localizer, error: { code: ApiErrorCode; retryAfter?: number | undefined }): string =>
  i18n.t(`problem.${error.code}`, waitText(i18n, error.retryAfter));

/**
 * The words of a field issue: `<field>.<code>` of the element's catalogue. Every code a form
 * declares for a field has one (`FormCatalogue`); a code it does not (zod's generic `invalid`, or
 * one a newer server sends) gets the general words.
 */
export const fieldText = (i18n: Localizer, field: string, code: string): string => i18n.lookup(`${field}.${code}`) ?? i18n.t('field.invalid');
