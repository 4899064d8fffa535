/**
 * Messages every element shares: form furniture, field issue codes and the API problem codes any
 * element can meet. A problem only one element meets (`reservation_ready`, …) is in its own
 * catalogue, so the login box's page does not carry it.
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
  'problem.bad_response': 'Tjänsten gav ett oväntat svar. Försök igen om en stund. Det du har skrivit finns kvar.',
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
};

export type SharedMessages = typeof sv;

const en: SharedMessages = {
  errorPrefix: 'Error:',
  summaryTitle: 'There is a problem',
  'field.invalid': 'Check what you have entered',
  'field.invalid_type': 'Check what you have entered',
  'problem.network': 'We could not reach the service. Check your internet connection and try again. What you typed is kept.',
  'problem.timeout': 'The service did not answer in time. Try again in a moment. What you typed is kept.',
  'problem.internal_error': 'Something went wrong on our side. Try again in a moment. What you typed is kept.',
  'problem.service_unavailable': 'The service is temporarily unavailable. Try again in a moment. What you typed is kept.',
  'problem.bad_response': 'The service gave an unexpected answer. Try again in a moment. What you typed is kept.',
  'problem.config': 'The service is not set up correctly on this page: the library service address is missing. Contact the website’s administrators.',
  'problem.forbidden_origin': 'This website may not use the library service. Contact the website’s administrators.',
  'problem.unsupported_media_type': 'The service gave an unexpected answer. Try again in a moment.',
  'problem.malformed_request': 'The service gave an unexpected answer. Try again in a moment.',
  'problem.payload_too_large': 'What you entered is too long. Shorten it and try again.',
  'problem.not_found': 'The service was not found. Contact the website’s administrators.',
  'problem.method_not_allowed': 'The service gave an unexpected answer. Contact the website’s administrators.',
  'problem.unauthenticated': 'You are no longer logged in. Log in again.',
  'problem.validation_failed': 'Check what you have entered.',
  'problem.rate_limited': (when: string) => `Too many attempts from this device. Wait and try again ${when}.`,
  soon: 'in a while',
};

export const sharedMessages = { sv, en };

/** What a controller of a catalogue with the shared messages can say (any element's). */
interface Localizer {
  t(key: 'soon' | 'field.invalid' | 'problem.bad_response'): string;
  lookup(key: string, ...args: unknown[]): string | undefined;
  inDuration(seconds: number): string;
}

/** A wait as words: "om 15 minuter", or "om en stund" when the server did not say. */
export const waitText = (i18n: Localizer, seconds: number | undefined): string =>
  seconds === undefined ? i18n.t('soon') : i18n.inDuration(seconds);

/** The words of an API problem: `problem.<code>` of the element's catalogue, or a general one. */
export function problemText(i18n: Localizer, error: { code: string; retryAfter?: number | undefined }): string {
  return i18n.lookup(`problem.${error.code}`, waitText(i18n, error.retryAfter)) ?? i18n.t('problem.bad_response');
}

/** The words of a field issue: `<field>.<code>` of the element's catalogue, or a general one. */
export const fieldText = (i18n: Localizer, field: string, code: string): string => i18n.lookup(`${field}.${code}`) ?? i18n.t('field.invalid');
